/* eslint-disable */
import { getLocale, experimentalStaticLocale } from "../runtime.js"

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} App_Region_JourneysInputs */
/** @typedef {{}} App_Region_MapInputs */
/** @typedef {{}} App_Region_StoryInputs */
/** @typedef {{}} App_Region_TimelineInputs */
/** @typedef {{}} App_SkipInputs */
/** @typedef {{}} App_TaglineInputs */
/** @typedef {{}} App_TitleInputs */
/** @typedef {{}} Area_Band_LegendInputs */
/** @typedef {{}} Area_Halo_LegendInputs */
/** @typedef {{}} Area_River_LegendInputs */
/** @typedef {{}} Back_To_AllInputs */
/** @typedef {{}} Basis_CitedInputs */
/** @typedef {{}} Basis_Cited_LegendInputs */
/** @typedef {{}} Basis_InferredInputs */
/** @typedef {{}} Basis_Inferred_LegendInputs */
/** @typedef {{}} Basis_Not_StatedInputs */
/** @typedef {{}} Basis_Not_Stated_LegendInputs */
/** @typedef {{}} Basis_StatedInputs */
/** @typedef {{}} Basis_Stated_LegendInputs */
/** @typedef {{}} Brush_ClearInputs */
/** @typedef {{}} Brush_FromInputs */
/** @typedef {{}} Brush_Keep_UndatedInputs */
/** @typedef {{}} Brush_LabelInputs */
/** @typedef {{ more: NonNullable<unknown> }} Brush_Lanes_CappedInputs */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Brush_RangeInputs */
/** @typedef {{}} Brush_TimelineInputs */
/** @typedef {{}} Brush_ToInputs */
/** @typedef {{}} Brush_Undated_BandInputs */
/** @typedef {{ more: NonNullable<unknown> }} Brush_Undated_CappedInputs */
/** @typedef {{}} Brush_Undated_NoteInputs */
/** @typedef {{ name: NonNullable<unknown> }} Card_FollowInputs */
/** @typedef {{}} Card_Follow_FictionInputs */
/** @typedef {{ list: NonNullable<unknown> }} Card_MentionsInputs */
/** @typedef {{}} Compare_AlignedInputs */
/** @typedef {{}} Compare_BackInputs */
/** @typedef {{}} Compare_BasisInputs */
/** @typedef {{}} Compare_BordersInputs */
/** @typedef {{ n: NonNullable<unknown>, countries: NonNullable<unknown> }} Compare_Borders_At_LeastInputs */
/** @typedef {{ n: NonNullable<unknown>, countries: NonNullable<unknown> }} Compare_Borders_ExactInputs */
/** @typedef {{}} Compare_By_CountryInputs */
/** @typedef {{}} Compare_CaptionInputs */
/** @typedef {{}} Compare_DescribedInputs */
/** @typedef {{}} Compare_DistanceInputs */
/** @typedef {{}} Compare_DurationInputs */
/** @typedef {{}} Compare_EstimateInputs */
/** @typedef {{}} Compare_FigureInputs */
/** @typedef {{}} Compare_FirstInputs */
/** @typedef {{}} Compare_GoInputs */
/** @typedef {{ a: NonNullable<unknown>, b: NonNullable<unknown> }} Compare_HeadingInputs */
/** @typedef {{ km: NonNullable<unknown>, mi: NonNullable<unknown> }} Compare_KmInputs */
/** @typedef {{}} Compare_LinkInputs */
/** @typedef {{}} Compare_None_DescribedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Compare_Not_AlignedInputs */
/** @typedef {{}} Compare_Not_KnownInputs */
/** @typedef {{ name: NonNullable<unknown> }} Compare_OpenInputs */
/** @typedef {{}} Compare_PickInputs */
/** @typedef {{}} Compare_SeaInputs */
/** @typedef {{}} Compare_SecondInputs */
/** @typedef {{ years: NonNullable<unknown>, step: NonNullable<unknown> }} Compare_SinceInputs */
/** @typedef {{}} Compare_TotalInputs */
/** @typedef {{ steps: NonNullable<unknown> }} Compare_Total_Not_KnownInputs */
/** @typedef {{ id: NonNullable<unknown> }} Compare_UnknownInputs */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Compare_Year_OneInputs */
/** @typedef {{ n: NonNullable<unknown>, from: NonNullable<unknown>, to: NonNullable<unknown> }} Compare_YearsInputs */
/** @typedef {{}} Context_Col_CountInputs */
/** @typedef {{}} Context_Col_SourceInputs */
/** @typedef {{}} Context_Col_YearInputs */
/** @typedef {{}} Context_GapsInputs */
/** @typedef {{}} Context_LabelInputs */
/** @typedef {{ publisher: NonNullable<unknown>, reporters: NonNullable<unknown> }} Context_SourceInputs */
/** @typedef {{}} Context_ToggleInputs */
/** @typedef {{}} Corridor_LegendInputs */
/** @typedef {{}} Corridor_WordsInputs */
/** @typedef {{ decade: NonNullable<unknown> }} Date_DecadeInputs */
/** @typedef {{ date: NonNullable<unknown> }} Date_DerivedInputs */
/** @typedef {{ date: NonNullable<unknown> }} Date_EstimatedInputs */
/** @typedef {{ season: NonNullable<unknown>, year: NonNullable<unknown> }} Date_Season_YearInputs */
/** @typedef {{}} Dest_EuropeInputs */
/** @typedef {{}} Dest_KrInputs */
/** @typedef {{}} Dest_Not_StatedInputs */
/** @typedef {{}} Dest_UsInputs */
/** @typedef {{}} Dev_Errors_OneInputs */
/** @typedef {{ count: NonNullable<unknown> }} Dev_Errors_OtherInputs */
/** @typedef {{}} Dev_FixInputs */
/** @typedef {{}} Dev_HideInputs */
/** @typedef {{}} Embed_CreditInputs */
/** @typedef {{}} Embed_Cta_RegionInputs */
/** @typedef {{}} Embed_FictionInputs */
/** @typedef {{}} Embed_Overview_SummaryInputs */
/** @typedef {{ names: NonNullable<unknown> }} Embed_Poster_FictionInputs */
/** @typedef {{}} Embed_Poster_MapInputs */
/** @typedef {{}} Embed_Poster_Map_AllInputs */
/** @typedef {{}} Embed_Route_WordsInputs */
/** @typedef {{}} Embed_StartInputs */
/** @typedef {{ title: NonNullable<unknown> }} Embed_Start_LabelInputs */
/** @typedef {{ id: NonNullable<unknown> }} Embed_Unknown_StoryInputs */
/** @typedef {{}} Embed_Warning_NoteInputs */
/** @typedef {{}} Explore_ClearInputs */
/** @typedef {{}} Explore_Col_FromInputs */
/** @typedef {{}} Explore_Col_NameInputs */
/** @typedef {{}} Explore_Col_StepsInputs */
/** @typedef {{}} Explore_Col_ToInputs */
/** @typedef {{}} Explore_Col_WarningsInputs */
/** @typedef {{}} Explore_Col_YearsInputs */
/** @typedef {{}} Explore_CorridorInputs */
/** @typedef {{ shown: NonNullable<unknown>, total: NonNullable<unknown> }} Explore_CountInputs */
/** @typedef {{}} Explore_DestInputs */
/** @typedef {{}} Explore_Destination_KeyInputs */
/** @typedef {{}} Explore_EmptyInputs */
/** @typedef {{}} Explore_EraInputs */
/** @typedef {{ decade: NonNullable<unknown> }} Explore_Era_EstimateInputs */
/** @typedef {{}} Explore_Era_UndatedInputs */
/** @typedef {{}} Explore_EstimateInputs */
/** @typedef {{}} Explore_FictionInputs */
/** @typedef {{}} Explore_Fiction_TagInputs */
/** @typedef {{}} Explore_FiltersInputs */
/** @typedef {{}} Explore_HeadingInputs */
/** @typedef {{}} Explore_HideInputs */
/** @typedef {{}} Explore_LayersInputs */
/** @typedef {{}} Explore_No_DateInputs */
/** @typedef {{}} Explore_NoneInputs */
/** @typedef {{}} Explore_Not_StatedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Explore_OpenInputs */
/** @typedef {{ shown: NonNullable<unknown>, total: NonNullable<unknown> }} Explore_Rows_CappedInputs */
/** @typedef {{}} Explore_StatedInputs */
/** @typedef {{}} Explore_Table_CaptionInputs */
/** @typedef {{}} Fiction_LegendInputs */
/** @typedef {{}} Fiction_SuffixInputs */
/** @typedef {{}} Fiction_WordsInputs */
/** @typedef {{}} Gate_HeadingInputs */
/** @typedef {{}} Gate_LabelInputs */
/** @typedef {{ list: NonNullable<unknown> }} Gate_MentionsInputs */
/** @typedef {{}} Gate_ShowInputs */
/** @typedef {{}} Gate_SkipInputs */
/** @typedef {{}} Header_BackInputs */
/** @typedef {{}} Header_LanguageInputs */
/** @typedef {{}} Header_NextInputs */
/** @typedef {{}} Header_PreviousInputs */
/** @typedef {{}} Header_StepsInputs */
/** @typedef {{}} Intro_AboutInputs */
/** @typedef {{}} Intro_ConsentInputs */
/** @typedef {{}} Intro_CorrectionsInputs */
/** @typedef {{}} Intro_FictionInputs */
/** @typedef {{}} Intro_HiddenInputs */
/** @typedef {{}} Intro_MentionsInputs */
/** @typedef {{}} Intro_Quotes_FromInputs */
/** @typedef {{}} Intro_RemovalInputs */
/** @typedef {{}} Intro_Show_AllInputs */
/** @typedef {{}} Intro_Summary_NoteInputs */
/** @typedef {{}} Intro_Warnings_LabelInputs */
/** @typedef {{}} Legend_TitleInputs */
/** @typedef {{}} Map_Basemap_CreditInputs */
/** @typedef {{}} Map_Context_LostInputs */
/** @typedef {{ status: NonNullable<unknown> }} Map_Data_FailedInputs */
/** @typedef {{}} Map_FailedInputs */
/** @typedef {{}} Map_Hangul_MissingInputs */
/** @typedef {{}} Map_Label_AllInputs */
/** @typedef {{ title: NonNullable<unknown> }} Map_Label_FictionInputs */
/** @typedef {{ title: NonNullable<unknown> }} Map_Label_StoryInputs */
/** @typedef {{}} Map_LoadingInputs */
/** @typedef {{}} Map_No_BasemapInputs */
/** @typedef {{}} Map_No_WebglInputs */
/** @typedef {{}} Map_No_Webgl_WhyInputs */
/** @typedef {{}} Map_Not_StartedInputs */
/** @typedef {{}} Map_Reset_ViewInputs */
/** @typedef {{}} Map_RetryInputs */
/** @typedef {{}} Map_Retry_BasemapInputs */
/** @typedef {{}} Map_SimplerInputs */
/** @typedef {{}} Map_Still_WorksInputs */
/** @typedef {{}} Map_Svg_KeysInputs */
/** @typedef {{}} Map_Toggle_AttributionInputs */
/** @typedef {{}} Map_Why_Context_LostInputs */
/** @typedef {{}} Map_Why_GpuInputs */
/** @typedef {{}} Map_Why_No_WebglInputs */
/** @typedef {{}} Map_Why_WorkerInputs */
/** @typedef {{}} Map_Works_WithoutInputs */
/** @typedef {{}} Map_Zoom_InInputs */
/** @typedef {{}} Map_Zoom_OutInputs */
/** @typedef {{}} Mode_AirInputs */
/** @typedef {{}} Mode_Air_LegendInputs */
/** @typedef {{}} Mode_BusInputs */
/** @typedef {{}} Mode_CarInputs */
/** @typedef {{}} Mode_FootInputs */
/** @typedef {{}} Mode_RiverInputs */
/** @typedef {{}} Mode_TrainInputs */
/** @typedef {{}} Mode_UnknownInputs */
/** @typedef {{}} Name_FictionalInputs */
/** @typedef {{}} Name_First_NameInputs */
/** @typedef {{}} Name_PseudonymInputs */
/** @typedef {{}} Name_PublicInputs */
/** @typedef {{}} Not_TranslatedInputs */
/** @typedef {{ id: NonNullable<unknown> }} Notfound_HeadingInputs */
/** @typedef {{}} Notfound_ListInputs */
/** @typedef {{}} Notfound_See_AllInputs */
/** @typedef {{}} Notfound_WhyInputs */
/** @typedef {{ count: NonNullable<unknown> }} Overview_HeadingInputs */
/** @typedef {{}} Overview_LeadInputs */
/** @typedef {{}} Panel_EndInputs */
/** @typedef {{}} Panel_StepsInputs */
/** @typedef {{}} Precision_CityInputs */
/** @typedef {{}} Precision_CountryInputs */
/** @typedef {{}} Precision_ExactInputs */
/** @typedef {{}} Precision_ProvinceInputs */
/** @typedef {{}} Precision_RiverInputs */
/** @typedef {{}} Precision_StateInputs */
/** @typedef {{}} Present_About_PlacesInputs */
/** @typedef {{}} Present_AgeInputs */
/** @typedef {{}} Present_Back_To_AppInputs */
/** @typedef {{}} Present_BlankedInputs */
/** @typedef {{}} Present_ButtonInputs */
/** @typedef {{}} Present_ClockInputs */
/** @typedef {{}} Present_ContainsInputs */
/** @typedef {{}} Present_ElapsedInputs */
/** @typedef {{}} Present_FasterInputs */
/** @typedef {{}} Present_Fiction_NoteInputs */
/** @typedef {{}} Present_FullscreenInputs */
/** @typedef {{}} Present_Gate_HintInputs */
/** @typedef {{ what: NonNullable<unknown> }} Present_Gate_TextInputs */
/** @typedef {{}} Present_GlossaryInputs */
/** @typedef {{}} Present_HandoutInputs */
/** @typedef {{}} Present_HintInputs */
/** @typedef {{ n: NonNullable<unknown> }} Present_Jump_ToInputs */
/** @typedef {{}} Present_LastInputs */
/** @typedef {{}} Present_LeaveInputs */
/** @typedef {{}} Present_LengthInputs */
/** @typedef {{}} Present_LessonInputs */
/** @typedef {{}} Present_Lesson_IntroInputs */
/** @typedef {{}} Present_LinkedInputs */
/** @typedef {{}} Present_Map_FailedInputs */
/** @typedef {{}} Present_No_ChannelInputs */
/** @typedef {{}} Present_No_DateInputs */
/** @typedef {{}} Present_No_NotesInputs */
/** @typedef {{}} Present_No_TermsInputs */
/** @typedef {{}} Present_NoneInputs */
/** @typedef {{}} Present_Not_StatedInputs */
/** @typedef {{}} Present_NotesInputs */
/** @typedef {{}} Present_NowInputs */
/** @typedef {{ s: NonNullable<unknown> }} Present_PaceInputs */
/** @typedef {{}} Present_PauseInputs */
/** @typedef {{}} Present_PlayInputs */
/** @typedef {{}} Present_Presenter_ViewInputs */
/** @typedef {{}} Present_PrintInputs */
/** @typedef {{}} Present_QuestionsInputs */
/** @typedef {{ steps: NonNullable<unknown>, minutes: NonNullable<unknown> }} Present_Read_AloudInputs */
/** @typedef {{}} Present_ResetInputs */
/** @typedef {{}} Present_RouteInputs */
/** @typedef {{}} Present_Route_MapInputs */
/** @typedef {{}} Present_ShowInputs */
/** @typedef {{}} Present_SkipInputs */
/** @typedef {{}} Present_SlowerInputs */
/** @typedef {{}} Present_SourceInputs */
/** @typedef {{}} Present_StepInputs */
/** @typedef {{}} Present_StepsInputs */
/** @typedef {{}} Present_TermsInputs */
/** @typedef {{}} Present_ThisInputs */
/** @typedef {{}} Present_TimelineInputs */
/** @typedef {{}} Present_ToolbarInputs */
/** @typedef {{}} Present_WarningsInputs */
/** @typedef {{}} Present_WhenInputs */
/** @typedef {{}} Present_WhereInputs */
/** @typedef {{}} Present_WithheldInputs */
/** @typedef {{}} Problem_BodyInputs */
/** @typedef {{}} Problem_HeadingInputs */
/** @typedef {{}} Problem_RetryInputs */
/** @typedef {{ list: NonNullable<unknown> }} Quote_HiddenInputs */
/** @typedef {{ river: NonNullable<unknown> }} Route_AcrossInputs */
/** @typedef {{ river: NonNullable<unknown>, country: NonNullable<unknown> }} Route_Across_IntoInputs */
/** @typedef {{}} Route_Basis_CitedInputs */
/** @typedef {{}} Route_Basis_InferredInputs */
/** @typedef {{}} Route_Basis_Not_StatedInputs */
/** @typedef {{ country: NonNullable<unknown> }} Route_Elsewhere_InInputs */
/** @typedef {{ text: NonNullable<unknown> }} Route_FictionInputs */
/** @typedef {{ place: NonNullable<unknown> }} Route_FromInputs */
/** @typedef {{ place: NonNullable<unknown>, across: NonNullable<unknown> }} Route_From_AcrossInputs */
/** @typedef {{}} Route_NoteInputs */
/** @typedef {{ n: NonNullable<unknown>, total: NonNullable<unknown>, place: NonNullable<unknown> }} Route_NowInputs */
/** @typedef {{}} Route_Now_UnknownInputs */
/** @typedef {{ place: NonNullable<unknown>, country: NonNullable<unknown> }} Route_Place_In_CountryInputs */
/** @typedef {{}} Route_Place_InferredInputs */
/** @typedef {{ river: NonNullable<unknown> }} Route_RiverInputs */
/** @typedef {{}} Route_SeparatorInputs */
/** @typedef {{ said: NonNullable<unknown>, country: NonNullable<unknown> }} Route_Time_InInputs */
/** @typedef {{}} Route_TitleInputs */
/** @typedef {{ place: NonNullable<unknown> }} Route_ToInputs */
/** @typedef {{ place: NonNullable<unknown>, mode: NonNullable<unknown> }} Route_To_ByInputs */
/** @typedef {{}} Route_UnknownInputs */
/** @typedef {{ said: NonNullable<unknown> }} Route_Unknown_SaidInputs */
/** @typedef {{ from: NonNullable<unknown>, place: NonNullable<unknown> }} Route_ViaInputs */
/** @typedef {{ from: NonNullable<unknown>, mode: NonNullable<unknown>, place: NonNullable<unknown> }} Route_Via_ByInputs */
/** @typedef {{}} Season_AutumnInputs */
/** @typedef {{}} Season_SpringInputs */
/** @typedef {{}} Season_SummerInputs */
/** @typedef {{}} Season_WinterInputs */
/** @typedef {{}} Share_ButtonInputs */
/** @typedef {{}} Share_CloseInputs */
/** @typedef {{}} Share_ControlsInputs */
/** @typedef {{}} Share_Controls_FullInputs */
/** @typedef {{}} Share_Controls_MinimalInputs */
/** @typedef {{ what: NonNullable<unknown> }} Share_CopiedInputs */
/** @typedef {{}} Share_CopyInputs */
/** @typedef {{}} Share_Copy_FailedInputs */
/** @typedef {{ what: NonNullable<unknown> }} Share_Copy_NamedInputs */
/** @typedef {{}} Share_ElementInputs */
/** @typedef {{ title: NonNullable<unknown> }} Share_Frame_TitleInputs */
/** @typedef {{}} Share_IframeInputs */
/** @typedef {{}} Share_IntroInputs */
/** @typedef {{}} Share_LinkInputs */
/** @typedef {{}} Share_PreviewInputs */
/** @typedef {{}} Share_ThemeInputs */
/** @typedef {{}} Share_Theme_DarkInputs */
/** @typedef {{}} Share_Theme_LightInputs */
/** @typedef {{}} Share_TitleInputs */
/** @typedef {{}} Step_ContextInputs */
/** @typedef {{ n: NonNullable<unknown>, total: NonNullable<unknown> }} Step_CountInputs */
/** @typedef {{}} Step_Date_FromInputs */
/** @typedef {{}} Step_GlossaryInputs */
/** @typedef {{}} Step_HowInputs */
/** @typedef {{}} Step_InferredInputs */
/** @typedef {{}} Step_No_DateInputs */
/** @typedef {{ asked: NonNullable<unknown>, n: NonNullable<unknown>, total: NonNullable<unknown> }} Step_NoticeInputs */
/** @typedef {{}} Step_Notice_FirstInputs */
/** @typedef {{}} Step_Notice_OkInputs */
/** @typedef {{}} Step_Place_FromInputs */
/** @typedef {{}} Step_Place_Not_StatedInputs */
/** @typedef {{}} Step_Term_SourceInputs */
/** @typedef {{}} Step_WhenInputs */
/** @typedef {{}} Step_WhereInputs */
/** @typedef {{ status: NonNullable<unknown> }} Synthetic_FailedInputs */
/** @typedef {{}} Synthetic_MissingInputs */
/** @typedef {{}} Synthetic_NoteInputs */
/** @typedef {{}} Synthetic_TagInputs */
/** @typedef {{}} Timeline_AllInputs */
/** @typedef {{}} Timeline_Band_OrderInputs */
/** @typedef {{}} Timeline_ChooseInputs */
/** @typedef {{ title: NonNullable<unknown>, publisher: NonNullable<unknown> }} Timeline_From_SourceInputs */
/** @typedef {{}} Timeline_Key_EstimateInputs */
/** @typedef {{}} Timeline_Key_StatedInputs */
/** @typedef {{}} Timeline_Key_UndatedInputs */
/** @typedef {{}} Timeline_No_Date_BandInputs */
/** @typedef {{}} Timeline_No_DatesInputs */
/** @typedef {{ name: NonNullable<unknown> }} Timeline_No_Dates_InInputs */
/** @typedef {{ n: NonNullable<unknown>, total: NonNullable<unknown>, heading: NonNullable<unknown> }} Timeline_StepInputs */
/** @typedef {{ name: NonNullable<unknown> }} Timeline_StoryInputs */
/** @typedef {{}} Warning_Child_AbandonmentInputs */
/** @typedef {{}} Warning_Death_Of_ParentInputs */
/** @typedef {{}} Warning_Human_TraffickingInputs */
/** @typedef {{}} Warning_ImprisonmentInputs */
/** @typedef {{}} Warning_StarvationInputs */
/** @typedef {{}} Warning_SuicideInputs */
import * as __en from "./en.js"
import * as __ko from "./ko.js"
/**
* | output |
* | --- |
* | "Journeys" |
*
* @param {App_Region_JourneysInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const app_region_journeys = /** @type {((inputs?: App_Region_JourneysInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Region_JourneysInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.app_region_journeys(inputs)
	return __en.app_region_journeys(inputs)
});
/**
* | output |
* | --- |
* | "Map" |
*
* @param {App_Region_MapInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const app_region_map = /** @type {((inputs?: App_Region_MapInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Region_MapInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.app_region_map(inputs)
	return __en.app_region_map(inputs)
});
/**
* | output |
* | --- |
* | "Story" |
*
* @param {App_Region_StoryInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const app_region_story = /** @type {((inputs?: App_Region_StoryInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Region_StoryInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.app_region_story(inputs)
	return __en.app_region_story(inputs)
});
/**
* | output |
* | --- |
* | "Timeline" |
*
* @param {App_Region_TimelineInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const app_region_timeline = /** @type {((inputs?: App_Region_TimelineInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Region_TimelineInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.app_region_timeline(inputs)
	return __en.app_region_timeline(inputs)
});
/**
* | output |
* | --- |
* | "Skip to the story" |
*
* @param {App_SkipInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const app_skip = /** @type {((inputs?: App_SkipInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_SkipInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.app_skip(inputs)
	return __en.app_skip(inputs)
});
/**
* | output |
* | --- |
* | "Refugees’ journeys, in their own words" |
*
* @param {App_TaglineInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const app_tagline = /** @type {((inputs?: App_TaglineInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_TaglineInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.app_tagline(inputs)
	return __en.app_tagline(inputs)
});
/**
* | output |
* | --- |
* | "Journey Map" |
*
* @param {App_TitleInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const app_title = /** @type {((inputs?: App_TitleInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_TitleInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.app_title(inputs)
	return __en.app_title(inputs)
});
/**
* | output |
* | --- |
* | "river crossing" |
*
* @param {Area_Band_LegendInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const area_band_legend = /** @type {((inputs?: Area_Band_LegendInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Area_Band_LegendInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.area_band_legend(inputs)
	return __en.area_band_legend(inputs)
});
/**
* | output |
* | --- |
* | "place known only roughly" |
*
* @param {Area_Halo_LegendInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const area_halo_legend = /** @type {((inputs?: Area_Halo_LegendInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Area_Halo_LegendInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.area_halo_legend(inputs)
	return __en.area_halo_legend(inputs)
});
/**
* | output |
* | --- |
* | "Yalu and Tumen: the border" |
*
* @param {Area_River_LegendInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const area_river_legend = /** @type {((inputs?: Area_River_LegendInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Area_River_LegendInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.area_river_legend(inputs)
	return __en.area_river_legend(inputs)
});
/**
* | output |
* | --- |
* | "Back to all journeys" |
*
* @param {Back_To_AllInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const back_to_all = /** @type {((inputs?: Back_To_AllInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Back_To_AllInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.back_to_all(inputs)
	return __en.back_to_all(inputs)
});
/**
* | output |
* | --- |
* | "from an outside source" |
*
* @param {Basis_CitedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const basis_cited = /** @type {((inputs?: Basis_CitedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Basis_CitedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.basis_cited(inputs)
	return __en.basis_cited(inputs)
});
/**
* | output |
* | --- |
* | "route from another source" |
*
* @param {Basis_Cited_LegendInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const basis_cited_legend = /** @type {((inputs?: Basis_Cited_LegendInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Basis_Cited_LegendInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.basis_cited_legend(inputs)
	return __en.basis_cited_legend(inputs)
});
/**
* | output |
* | --- |
* | "inferred from the text" |
*
* @param {Basis_InferredInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const basis_inferred = /** @type {((inputs?: Basis_InferredInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Basis_InferredInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.basis_inferred(inputs)
	return __en.basis_inferred(inputs)
});
/**
* | output |
* | --- |
* | "route inferred" |
*
* @param {Basis_Inferred_LegendInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const basis_inferred_legend = /** @type {((inputs?: Basis_Inferred_LegendInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Basis_Inferred_LegendInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.basis_inferred_legend(inputs)
	return __en.basis_inferred_legend(inputs)
});
/**
* | output |
* | --- |
* | "route not stated" |
*
* @param {Basis_Not_StatedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const basis_not_stated = /** @type {((inputs?: Basis_Not_StatedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Basis_Not_StatedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.basis_not_stated(inputs)
	return __en.basis_not_stated(inputs)
});
/**
* | output |
* | --- |
* | "route not stated" |
*
* @param {Basis_Not_Stated_LegendInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const basis_not_stated_legend = /** @type {((inputs?: Basis_Not_Stated_LegendInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Basis_Not_Stated_LegendInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.basis_not_stated_legend(inputs)
	return __en.basis_not_stated_legend(inputs)
});
/**
* | output |
* | --- |
* | "as the text says" |
*
* @param {Basis_StatedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const basis_stated = /** @type {((inputs?: Basis_StatedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Basis_StatedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.basis_stated(inputs)
	return __en.basis_stated(inputs)
});
/**
* | output |
* | --- |
* | "route the text states" |
*
* @param {Basis_Stated_LegendInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const basis_stated_legend = /** @type {((inputs?: Basis_Stated_LegendInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Basis_Stated_LegendInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.basis_stated_legend(inputs)
	return __en.basis_stated_legend(inputs)
});
/**
* | output |
* | --- |
* | "Show all years" |
*
* @param {Brush_ClearInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const brush_clear = /** @type {((inputs?: Brush_ClearInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Brush_ClearInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.brush_clear(inputs)
	return __en.brush_clear(inputs)
});
/**
* | output |
* | --- |
* | "From year" |
*
* @param {Brush_FromInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const brush_from = /** @type {((inputs?: Brush_FromInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Brush_FromInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.brush_from(inputs)
	return __en.brush_from(inputs)
});
/**
* | output |
* | --- |
* | "Keep journeys with no date shown while choosing years" |
*
* @param {Brush_Keep_UndatedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const brush_keep_undated = /** @type {((inputs?: Brush_Keep_UndatedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Brush_Keep_UndatedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.brush_keep_undated(inputs)
	return __en.brush_keep_undated(inputs)
});
/**
* | output |
* | --- |
* | "Show only journeys dated within these years" |
*
* @param {Brush_LabelInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const brush_label = /** @type {((inputs?: Brush_LabelInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Brush_LabelInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.brush_label(inputs)
	return __en.brush_label(inputs)
});
/**
* | output |
* | --- |
* | "{more} more journeys with dates are not drawn as lanes." |
*
* @param {Brush_Lanes_CappedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const brush_lanes_capped = /** @type {((inputs: Brush_Lanes_CappedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Brush_Lanes_CappedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.brush_lanes_capped(inputs)
	return __en.brush_lanes_capped(inputs)
});
/**
* | output |
* | --- |
* | "Years {from} to {to}" |
*
* @param {Brush_RangeInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const brush_range = /** @type {((inputs: Brush_RangeInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Brush_RangeInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.brush_range(inputs)
	return __en.brush_range(inputs)
});
/**
* | output |
* | --- |
* | "Timeline of all journeys, by the dates their texts and sources give" |
*
* @param {Brush_TimelineInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const brush_timeline = /** @type {((inputs?: Brush_TimelineInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Brush_TimelineInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.brush_timeline(inputs)
	return __en.brush_timeline(inputs)
});
/**
* | output |
* | --- |
* | "To year" |
*
* @param {Brush_ToInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const brush_to = /** @type {((inputs?: Brush_ToInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Brush_ToInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.brush_to(inputs)
	return __en.brush_to(inputs)
});
/**
* | output |
* | --- |
* | "No date given" |
*
* @param {Brush_Undated_BandInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const brush_undated_band = /** @type {((inputs?: Brush_Undated_BandInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Brush_Undated_BandInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.brush_undated_band(inputs)
	return __en.brush_undated_band(inputs)
});
/**
* | output |
* | --- |
* | "and {more} more with no date" |
*
* @param {Brush_Undated_CappedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const brush_undated_capped = /** @type {((inputs: Brush_Undated_CappedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Brush_Undated_CappedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.brush_undated_capped(inputs)
	return __en.brush_undated_capped(inputs)
});
/**
* | output |
* | --- |
* | "These journeys give no date: they are never placed in time" |
*
* @param {Brush_Undated_NoteInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const brush_undated_note = /** @type {((inputs?: Brush_Undated_NoteInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Brush_Undated_NoteInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.brush_undated_note(inputs)
	return __en.brush_undated_note(inputs)
});
/**
* | output |
* | --- |
* | "Follow {name}’s journey" |
*
* @param {Card_FollowInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const card_follow = /** @type {((inputs: Card_FollowInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_FollowInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.card_follow(inputs)
	return __en.card_follow(inputs)
});
/**
* | output |
* | --- |
* | "Follow this fictional journey" |
*
* @param {Card_Follow_FictionInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const card_follow_fiction = /** @type {((inputs?: Card_Follow_FictionInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Follow_FictionInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.card_follow_fiction(inputs)
	return __en.card_follow_fiction(inputs)
});
/**
* | output |
* | --- |
* | "Mentions {list}." |
*
* @param {Card_MentionsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const card_mentions = /** @type {((inputs: Card_MentionsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_MentionsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.card_mentions(inputs)
	return __en.card_mentions(inputs)
});
/**
* | output |
* | --- |
* | "Time since leaving home" |
*
* @param {Compare_AlignedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_aligned = /** @type {((inputs?: Compare_AlignedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_AlignedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_aligned(inputs)
	return __en.compare_aligned(inputs)
});
/**
* | output |
* | --- |
* | "Back to all journeys" |
*
* @param {Compare_BackInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_back = /** @type {((inputs?: Compare_BackInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_BackInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_back(inputs)
	return __en.compare_back(inputs)
});
/**
* | output |
* | --- |
* | "Distances follow the lines drawn between places shown only roughly; they are estimates wherever a place, a leg or a date is estimated, inferred or not stated." |
*
* @param {Compare_BasisInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_basis = /** @type {((inputs?: Compare_BasisInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_BasisInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_basis(inputs)
	return __en.compare_basis(inputs)
});
/**
* | output |
* | --- |
* | "Borders crossed" |
*
* @param {Compare_BordersInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_borders = /** @type {((inputs?: Compare_BordersInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_BordersInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_borders(inputs)
	return __en.compare_borders(inputs)
});
/**
* | output |
* | --- |
* | "at least {n}: {countries}" |
*
* @param {Compare_Borders_At_LeastInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_borders_at_least = /** @type {((inputs: Compare_Borders_At_LeastInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Borders_At_LeastInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_borders_at_least(inputs)
	return __en.compare_borders_at_least(inputs)
});
/**
* | output |
* | --- |
* | "{n}: {countries}" |
*
* @param {Compare_Borders_ExactInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_borders_exact = /** @type {((inputs: Compare_Borders_ExactInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Borders_ExactInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_borders_exact(inputs)
	return __en.compare_borders_exact(inputs)
});
/**
* | output |
* | --- |
* | "Distance by country" |
*
* @param {Compare_By_CountryInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_by_country = /** @type {((inputs?: Compare_By_CountryInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_By_CountryInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_by_country(inputs)
	return __en.compare_by_country(inputs)
});
/**
* | output |
* | --- |
* | "Figures for each journey, measured along the lines the map draws" |
*
* @param {Compare_CaptionInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_caption = /** @type {((inputs?: Compare_CaptionInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_CaptionInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_caption(inputs)
	return __en.compare_caption(inputs)
});
/**
* | output |
* | --- |
* | "Distance along the legs the text or a source describes" |
*
* @param {Compare_DescribedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_described = /** @type {((inputs?: Compare_DescribedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_DescribedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_described(inputs)
	return __en.compare_described(inputs)
});
/**
* | output |
* | --- |
* | "Distance on the map" |
*
* @param {Compare_DistanceInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_distance = /** @type {((inputs?: Compare_DistanceInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_DistanceInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_distance(inputs)
	return __en.compare_distance(inputs)
});
/**
* | output |
* | --- |
* | "Known duration" |
*
* @param {Compare_DurationInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_duration = /** @type {((inputs?: Compare_DurationInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_DurationInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_duration(inputs)
	return __en.compare_duration(inputs)
});
/**
* | output |
* | --- |
* | "estimate" |
*
* @param {Compare_EstimateInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_estimate = /** @type {((inputs?: Compare_EstimateInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_EstimateInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_estimate(inputs)
	return __en.compare_estimate(inputs)
});
/**
* | output |
* | --- |
* | "Figure" |
*
* @param {Compare_FigureInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_figure = /** @type {((inputs?: Compare_FigureInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_FigureInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_figure(inputs)
	return __en.compare_figure(inputs)
});
/**
* | output |
* | --- |
* | "First journey" |
*
* @param {Compare_FirstInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_first = /** @type {((inputs?: Compare_FirstInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_FirstInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_first(inputs)
	return __en.compare_first(inputs)
});
/**
* | output |
* | --- |
* | "Compare" |
*
* @param {Compare_GoInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_go = /** @type {((inputs?: Compare_GoInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_GoInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_go(inputs)
	return __en.compare_go(inputs)
});
/**
* | output |
* | --- |
* | "Comparing {a} and {b}" |
*
* @param {Compare_HeadingInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_heading = /** @type {((inputs: Compare_HeadingInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_HeadingInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_heading(inputs)
	return __en.compare_heading(inputs)
});
/**
* | output |
* | --- |
* | "{km} km ({mi} mi)" |
*
* @param {Compare_KmInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_km = /** @type {((inputs: Compare_KmInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_KmInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_km(inputs)
	return __en.compare_km(inputs)
});
/**
* | output |
* | --- |
* | "Compare" |
*
* @param {Compare_LinkInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_link = /** @type {((inputs?: Compare_LinkInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_LinkInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_link(inputs)
	return __en.compare_link(inputs)
});
/**
* | output |
* | --- |
* | "not known: no leg’s way is described" |
*
* @param {Compare_None_DescribedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_none_described = /** @type {((inputs?: Compare_None_DescribedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_None_DescribedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_none_described(inputs)
	return __en.compare_none_described(inputs)
});
/**
* | output |
* | --- |
* | "{name}’s text gives no dates, so the two journeys cannot be lined up by time since leaving home." |
*
* @param {Compare_Not_AlignedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_not_aligned = /** @type {((inputs: Compare_Not_AlignedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Not_AlignedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_not_aligned(inputs)
	return __en.compare_not_aligned(inputs)
});
/**
* | output |
* | --- |
* | "not known" |
*
* @param {Compare_Not_KnownInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_not_known = /** @type {((inputs?: Compare_Not_KnownInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Not_KnownInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_not_known(inputs)
	return __en.compare_not_known(inputs)
});
/**
* | output |
* | --- |
* | "Open {name}’s story" |
*
* @param {Compare_OpenInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_open = /** @type {((inputs: Compare_OpenInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_OpenInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_open(inputs)
	return __en.compare_open(inputs)
});
/**
* | output |
* | --- |
* | "Compare two journeys" |
*
* @param {Compare_PickInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_pick = /** @type {((inputs?: Compare_PickInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_PickInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_pick(inputs)
	return __en.compare_pick(inputs)
});
/**
* | output |
* | --- |
* | "over sea, outside any country" |
*
* @param {Compare_SeaInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_sea = /** @type {((inputs?: Compare_SeaInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_SeaInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_sea(inputs)
	return __en.compare_sea(inputs)
});
/**
* | output |
* | --- |
* | "Second journey" |
*
* @param {Compare_SecondInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_second = /** @type {((inputs?: Compare_SecondInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_SecondInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_second(inputs)
	return __en.compare_second(inputs)
});
/**
* | output |
* | --- |
* | "{years} years after leaving: step {step}" |
*
* @param {Compare_SinceInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_since = /** @type {((inputs: Compare_SinceInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_SinceInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_since(inputs)
	return __en.compare_since(inputs)
});
/**
* | output |
* | --- |
* | "Total distance" |
*
* @param {Compare_TotalInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_total = /** @type {((inputs?: Compare_TotalInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_TotalInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_total(inputs)
	return __en.compare_total(inputs)
});
/**
* | output |
* | --- |
* | "not known: the way is not stated to step {steps}" |
*
* @param {Compare_Total_Not_KnownInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_total_not_known = /** @type {((inputs: Compare_Total_Not_KnownInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Total_Not_KnownInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_total_not_known(inputs)
	return __en.compare_total_not_known(inputs)
});
/**
* | output |
* | --- |
* | "There is no journey called “{id}” to compare." |
*
* @param {Compare_UnknownInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_unknown = /** @type {((inputs: Compare_UnknownInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_UnknownInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_unknown(inputs)
	return __en.compare_unknown(inputs)
});
/**
* | output |
* | --- |
* | "about 1 year ({from} to {to})" |
*
* @param {Compare_Year_OneInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_year_one = /** @type {((inputs: Compare_Year_OneInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Year_OneInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_year_one(inputs)
	return __en.compare_year_one(inputs)
});
/**
* | output |
* | --- |
* | "about {n} years ({from} to {to})" |
*
* @param {Compare_YearsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const compare_years = /** @type {((inputs: Compare_YearsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_YearsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.compare_years(inputs)
	return __en.compare_years(inputs)
});
/**
* | output |
* | --- |
* | "Arrivals" |
*
* @param {Context_Col_CountInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const context_col_count = /** @type {((inputs?: Context_Col_CountInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Context_Col_CountInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.context_col_count(inputs)
	return __en.context_col_count(inputs)
});
/**
* | output |
* | --- |
* | "Reported by" |
*
* @param {Context_Col_SourceInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const context_col_source = /** @type {((inputs?: Context_Col_SourceInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Context_Col_SourceInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.context_col_source(inputs)
	return __en.context_col_source(inputs)
});
/**
* | output |
* | --- |
* | "Year" |
*
* @param {Context_Col_YearInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const context_col_year = /** @type {((inputs?: Context_Col_YearInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Context_Col_YearInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.context_col_year(inputs)
	return __en.context_col_year(inputs)
});
/**
* | output |
* | --- |
* | "Years with no sourced figure have no bar." |
*
* @param {Context_GapsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const context_gaps = /** @type {((inputs?: Context_GapsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Context_GapsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.context_gaps(inputs)
	return __en.context_gaps(inputs)
});
/**
* | output |
* | --- |
* | "North Koreans arriving in South Korea, by year" |
*
* @param {Context_LabelInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const context_label = /** @type {((inputs?: Context_LabelInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Context_LabelInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.context_label(inputs)
	return __en.context_label(inputs)
});
/**
* | output |
* | --- |
* | "Source: {publisher}, as reported by {reporters}" |
*
* @param {Context_SourceInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const context_source = /** @type {((inputs: Context_SourceInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Context_SourceInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.context_source(inputs)
	return __en.context_source(inputs)
});
/**
* | output |
* | --- |
* | "Show North Koreans arriving in South Korea each year" |
*
* @param {Context_ToggleInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const context_toggle = /** @type {((inputs?: Context_ToggleInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Context_ToggleInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.context_toggle(inputs)
	return __en.context_toggle(inputs)
});
/**
* | output |
* | --- |
* | "typical route (generic)" |
*
* @param {Corridor_LegendInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const corridor_legend = /** @type {((inputs?: Corridor_LegendInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Corridor_LegendInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.corridor_legend(inputs)
	return __en.corridor_legend(inputs)
});
/**
* | output |
* | --- |
* | "a typical route" |
*
* @param {Corridor_WordsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const corridor_words = /** @type {((inputs?: Corridor_WordsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Corridor_WordsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.corridor_words(inputs)
	return __en.corridor_words(inputs)
});
/**
* | output |
* | --- |
* | "the {decade}s" |
*
* @param {Date_DecadeInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const date_decade = /** @type {((inputs: Date_DecadeInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Date_DecadeInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.date_decade(inputs)
	return __en.date_decade(inputs)
});
/**
* | output |
* | --- |
* | "{date} (worked out from the text)" |
*
* @param {Date_DerivedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const date_derived = /** @type {((inputs: Date_DerivedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Date_DerivedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.date_derived(inputs)
	return __en.date_derived(inputs)
});
/**
* | output |
* | --- |
* | "about {date} (estimate)" |
*
* @param {Date_EstimatedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const date_estimated = /** @type {((inputs: Date_EstimatedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Date_EstimatedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.date_estimated(inputs)
	return __en.date_estimated(inputs)
});
/**
* | output |
* | --- |
* | "{season} {year}" |
*
* @param {Date_Season_YearInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const date_season_year = /** @type {((inputs: Date_Season_YearInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Date_Season_YearInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.date_season_year(inputs)
	return __en.date_season_year(inputs)
});
/**
* | output |
* | --- |
* | "Europe" |
*
* @param {Dest_EuropeInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const dest_europe = /** @type {((inputs?: Dest_EuropeInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dest_EuropeInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.dest_europe(inputs)
	return __en.dest_europe(inputs)
});
/**
* | output |
* | --- |
* | "South Korea" |
*
* @param {Dest_KrInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const dest_kr = /** @type {((inputs?: Dest_KrInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dest_KrInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.dest_kr(inputs)
	return __en.dest_kr(inputs)
});
/**
* | output |
* | --- |
* | "Not stated" |
*
* @param {Dest_Not_StatedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const dest_not_stated = /** @type {((inputs?: Dest_Not_StatedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dest_Not_StatedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.dest_not_stated(inputs)
	return __en.dest_not_stated(inputs)
});
/**
* | output |
* | --- |
* | "United States" |
*
* @param {Dest_UsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const dest_us = /** @type {((inputs?: Dest_UsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dest_UsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.dest_us(inputs)
	return __en.dest_us(inputs)
});
/**
* | output |
* | --- |
* | "The story files have 1 error" |
*
* @param {Dev_Errors_OneInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const dev_errors_one = /** @type {((inputs?: Dev_Errors_OneInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dev_Errors_OneInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.dev_errors_one(inputs)
	return __en.dev_errors_one(inputs)
});
/**
* | output |
* | --- |
* | "The story files have {count} errors" |
*
* @param {Dev_Errors_OtherInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const dev_errors_other = /** @type {((inputs: Dev_Errors_OtherInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dev_Errors_OtherInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.dev_errors_other(inputs)
	return __en.dev_errors_other(inputs)
});
/**
* | output |
* | --- |
* | "Fix them and save: the page reloads by itself. Until then you see the last valid version." |
*
* @param {Dev_FixInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const dev_fix = /** @type {((inputs?: Dev_FixInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dev_FixInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.dev_fix(inputs)
	return __en.dev_fix(inputs)
});
/**
* | output |
* | --- |
* | "Hide until the next change" |
*
* @param {Dev_HideInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const dev_hide = /** @type {((inputs?: Dev_HideInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dev_HideInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.dev_hide(inputs)
	return __en.dev_hide(inputs)
});
/**
* | output |
* | --- |
* | "Stories published by Liberty in North Korea (LiNK)" |
*
* @param {Embed_CreditInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const embed_credit = /** @type {((inputs?: Embed_CreditInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_CreditInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.embed_credit(inputs)
	return __en.embed_credit(inputs)
});
/**
* | output |
* | --- |
* | "What you can do" |
*
* @param {Embed_Cta_RegionInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const embed_cta_region = /** @type {((inputs?: Embed_Cta_RegionInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Cta_RegionInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.embed_cta_region(inputs)
	return __en.embed_cta_region(inputs)
});
/**
* | output |
* | --- |
* | "Fiction" |
*
* @param {Embed_FictionInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const embed_fiction = /** @type {((inputs?: Embed_FictionInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_FictionInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.embed_fiction(inputs)
	return __en.embed_fiction(inputs)
});
/**
* | output |
* | --- |
* | "Refugees’ journeys, in their own words. Start to choose one." |
*
* @param {Embed_Overview_SummaryInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const embed_overview_summary = /** @type {((inputs?: Embed_Overview_SummaryInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Overview_SummaryInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.embed_overview_summary(inputs)
	return __en.embed_overview_summary(inputs)
});
/**
* | output |
* | --- |
* | "Purple: {names}, fiction" |
*
* @param {Embed_Poster_FictionInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const embed_poster_fiction = /** @type {((inputs: Embed_Poster_FictionInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Poster_FictionInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.embed_poster_fiction(inputs)
	return __en.embed_poster_fiction(inputs)
});
/**
* | output |
* | --- |
* | "Route of the journey on a simple map" |
*
* @param {Embed_Poster_MapInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const embed_poster_map = /** @type {((inputs?: Embed_Poster_MapInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Poster_MapInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.embed_poster_map(inputs)
	return __en.embed_poster_map(inputs)
});
/**
* | output |
* | --- |
* | "Routes of all journeys on a simple map" |
*
* @param {Embed_Poster_Map_AllInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const embed_poster_map_all = /** @type {((inputs?: Embed_Poster_Map_AllInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Poster_Map_AllInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.embed_poster_map_all(inputs)
	return __en.embed_poster_map_all(inputs)
});
/**
* | output |
* | --- |
* | "Route in words" |
*
* @param {Embed_Route_WordsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const embed_route_words = /** @type {((inputs?: Embed_Route_WordsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Route_WordsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.embed_route_words(inputs)
	return __en.embed_route_words(inputs)
});
/**
* | output |
* | --- |
* | "Start" |
*
* @param {Embed_StartInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const embed_start = /** @type {((inputs?: Embed_StartInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_StartInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.embed_start(inputs)
	return __en.embed_start(inputs)
});
/**
* | output |
* | --- |
* | "Start the interactive map: {title}" |
*
* @param {Embed_Start_LabelInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const embed_start_label = /** @type {((inputs: Embed_Start_LabelInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Start_LabelInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.embed_start_label(inputs)
	return __en.embed_start_label(inputs)
});
/**
* | output |
* | --- |
* | "There is no journey called “{id}”. Start to see all journeys." |
*
* @param {Embed_Unknown_StoryInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const embed_unknown_story = /** @type {((inputs: Embed_Unknown_StoryInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Unknown_StoryInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.embed_unknown_story(inputs)
	return __en.embed_unknown_story(inputs)
});
/**
* | output |
* | --- |
* | "This story has passages with content warnings; they stay hidden until you choose to see them." |
*
* @param {Embed_Warning_NoteInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const embed_warning_note = /** @type {((inputs?: Embed_Warning_NoteInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Warning_NoteInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.embed_warning_note(inputs)
	return __en.embed_warning_note(inputs)
});
/**
* | output |
* | --- |
* | "Clear filters" |
*
* @param {Explore_ClearInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_clear = /** @type {((inputs?: Explore_ClearInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_ClearInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_clear(inputs)
	return __en.explore_clear(inputs)
});
/**
* | output |
* | --- |
* | "From" |
*
* @param {Explore_Col_FromInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_col_from = /** @type {((inputs?: Explore_Col_FromInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_Col_FromInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_col_from(inputs)
	return __en.explore_col_from(inputs)
});
/**
* | output |
* | --- |
* | "Name" |
*
* @param {Explore_Col_NameInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_col_name = /** @type {((inputs?: Explore_Col_NameInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_Col_NameInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_col_name(inputs)
	return __en.explore_col_name(inputs)
});
/**
* | output |
* | --- |
* | "Steps" |
*
* @param {Explore_Col_StepsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_col_steps = /** @type {((inputs?: Explore_Col_StepsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_Col_StepsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_col_steps(inputs)
	return __en.explore_col_steps(inputs)
});
/**
* | output |
* | --- |
* | "To" |
*
* @param {Explore_Col_ToInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_col_to = /** @type {((inputs?: Explore_Col_ToInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_Col_ToInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_col_to(inputs)
	return __en.explore_col_to(inputs)
});
/**
* | output |
* | --- |
* | "Mentions" |
*
* @param {Explore_Col_WarningsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_col_warnings = /** @type {((inputs?: Explore_Col_WarningsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_Col_WarningsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_col_warnings(inputs)
	return __en.explore_col_warnings(inputs)
});
/**
* | output |
* | --- |
* | "Years" |
*
* @param {Explore_Col_YearsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_col_years = /** @type {((inputs?: Explore_Col_YearsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_Col_YearsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_col_years(inputs)
	return __en.explore_col_years(inputs)
});
/**
* | output |
* | --- |
* | "Show the typical route (a generic corridor, not anyone’s stated route)" |
*
* @param {Explore_CorridorInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_corridor = /** @type {((inputs?: Explore_CorridorInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_CorridorInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_corridor(inputs)
	return __en.explore_corridor(inputs)
});
/**
* | output |
* | --- |
* | "Showing {shown} of {total} journeys" |
*
* @param {Explore_CountInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_count = /** @type {((inputs: Explore_CountInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_CountInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_count(inputs)
	return __en.explore_count(inputs)
});
/**
* | output |
* | --- |
* | "Where the journey ends on the map" |
*
* @param {Explore_DestInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_dest = /** @type {((inputs?: Explore_DestInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_DestInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_dest(inputs)
	return __en.explore_dest(inputs)
});
/**
* | output |
* | --- |
* | "Colour: where the journey ends on the map" |
*
* @param {Explore_Destination_KeyInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_destination_key = /** @type {((inputs?: Explore_Destination_KeyInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_Destination_KeyInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_destination_key(inputs)
	return __en.explore_destination_key(inputs)
});
/**
* | output |
* | --- |
* | "No journey matches these filters." |
*
* @param {Explore_EmptyInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_empty = /** @type {((inputs?: Explore_EmptyInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_EmptyInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_empty(inputs)
	return __en.explore_empty(inputs)
});
/**
* | output |
* | --- |
* | "Decade of leaving home" |
*
* @param {Explore_EraInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_era = /** @type {((inputs?: Explore_EraInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_EraInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_era(inputs)
	return __en.explore_era(inputs)
});
/**
* | output |
* | --- |
* | "{decade} (estimate)" |
*
* @param {Explore_Era_EstimateInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_era_estimate = /** @type {((inputs: Explore_Era_EstimateInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_Era_EstimateInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_era_estimate(inputs)
	return __en.explore_era_estimate(inputs)
});
/**
* | output |
* | --- |
* | "No date given" |
*
* @param {Explore_Era_UndatedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_era_undated = /** @type {((inputs?: Explore_Era_UndatedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_Era_UndatedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_era_undated(inputs)
	return __en.explore_era_undated(inputs)
});
/**
* | output |
* | --- |
* | "estimate" |
*
* @param {Explore_EstimateInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_estimate = /** @type {((inputs?: Explore_EstimateInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_EstimateInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_estimate(inputs)
	return __en.explore_estimate(inputs)
});
/**
* | output |
* | --- |
* | "Include fiction" |
*
* @param {Explore_FictionInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_fiction = /** @type {((inputs?: Explore_FictionInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_FictionInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_fiction(inputs)
	return __en.explore_fiction(inputs)
});
/**
* | output |
* | --- |
* | "fiction" |
*
* @param {Explore_Fiction_TagInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_fiction_tag = /** @type {((inputs?: Explore_Fiction_TagInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_Fiction_TagInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_fiction_tag(inputs)
	return __en.explore_fiction_tag(inputs)
});
/**
* | output |
* | --- |
* | "Filters" |
*
* @param {Explore_FiltersInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_filters = /** @type {((inputs?: Explore_FiltersInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_FiltersInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_filters(inputs)
	return __en.explore_filters(inputs)
});
/**
* | output |
* | --- |
* | "Explore every journey" |
*
* @param {Explore_HeadingInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_heading = /** @type {((inputs?: Explore_HeadingInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_HeadingInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_heading(inputs)
	return __en.explore_heading(inputs)
});
/**
* | output |
* | --- |
* | "Hide journeys that mention…" |
*
* @param {Explore_HideInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_hide = /** @type {((inputs?: Explore_HideInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_HideInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_hide(inputs)
	return __en.explore_hide(inputs)
});
/**
* | output |
* | --- |
* | "Map layers" |
*
* @param {Explore_LayersInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_layers = /** @type {((inputs?: Explore_LayersInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_LayersInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_layers(inputs)
	return __en.explore_layers(inputs)
});
/**
* | output |
* | --- |
* | "no date given" |
*
* @param {Explore_No_DateInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_no_date = /** @type {((inputs?: Explore_No_DateInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_No_DateInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_no_date(inputs)
	return __en.explore_no_date(inputs)
});
/**
* | output |
* | --- |
* | "none" |
*
* @param {Explore_NoneInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_none = /** @type {((inputs?: Explore_NoneInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_NoneInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_none(inputs)
	return __en.explore_none(inputs)
});
/**
* | output |
* | --- |
* | "not stated" |
*
* @param {Explore_Not_StatedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_not_stated = /** @type {((inputs?: Explore_Not_StatedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_Not_StatedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_not_stated(inputs)
	return __en.explore_not_stated(inputs)
});
/**
* | output |
* | --- |
* | "Open {name}’s story" |
*
* @param {Explore_OpenInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_open = /** @type {((inputs: Explore_OpenInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_OpenInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_open(inputs)
	return __en.explore_open(inputs)
});
/**
* | output |
* | --- |
* | "The first {shown} of {total} rows are listed; use the filters to narrow the list." |
*
* @param {Explore_Rows_CappedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_rows_capped = /** @type {((inputs: Explore_Rows_CappedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_Rows_CappedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_rows_capped(inputs)
	return __en.explore_rows_capped(inputs)
});
/**
* | output |
* | --- |
* | "Only journeys whose every leg the text states" |
*
* @param {Explore_StatedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_stated = /** @type {((inputs?: Explore_StatedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_StatedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_stated(inputs)
	return __en.explore_stated(inputs)
});
/**
* | output |
* | --- |
* | "Journeys shown: the map in words" |
*
* @param {Explore_Table_CaptionInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const explore_table_caption = /** @type {((inputs?: Explore_Table_CaptionInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explore_Table_CaptionInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.explore_table_caption(inputs)
	return __en.explore_table_caption(inputs)
});
/**
* | output |
* | --- |
* | "fiction" |
*
* @param {Fiction_LegendInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const fiction_legend = /** @type {((inputs?: Fiction_LegendInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fiction_LegendInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.fiction_legend(inputs)
	return __en.fiction_legend(inputs)
});
/**
* | output |
* | --- |
* | "(fiction)" |
*
* @param {Fiction_SuffixInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const fiction_suffix = /** @type {((inputs?: Fiction_SuffixInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fiction_SuffixInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.fiction_suffix(inputs)
	return __en.fiction_suffix(inputs)
});
/**
* | output |
* | --- |
* | "Fiction" |
*
* @param {Fiction_WordsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const fiction_words = /** @type {((inputs?: Fiction_WordsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fiction_WordsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.fiction_words(inputs)
	return __en.fiction_words(inputs)
});
/**
* | output |
* | --- |
* | "Content warning:" |
*
* @param {Gate_HeadingInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const gate_heading = /** @type {((inputs?: Gate_HeadingInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Gate_HeadingInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.gate_heading(inputs)
	return __en.gate_heading(inputs)
});
/**
* | output |
* | --- |
* | "Content warning" |
*
* @param {Gate_LabelInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const gate_label = /** @type {((inputs?: Gate_LabelInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Gate_LabelInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.gate_label(inputs)
	return __en.gate_label(inputs)
});
/**
* | output |
* | --- |
* | "this part mentions {list}." |
*
* @param {Gate_MentionsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const gate_mentions = /** @type {((inputs: Gate_MentionsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Gate_MentionsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.gate_mentions(inputs)
	return __en.gate_mentions(inputs)
});
/**
* | output |
* | --- |
* | "Show this part" |
*
* @param {Gate_ShowInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const gate_show = /** @type {((inputs?: Gate_ShowInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Gate_ShowInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.gate_show(inputs)
	return __en.gate_show(inputs)
});
/**
* | output |
* | --- |
* | "Skip to the next step" |
*
* @param {Gate_SkipInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const gate_skip = /** @type {((inputs?: Gate_SkipInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Gate_SkipInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.gate_skip(inputs)
	return __en.gate_skip(inputs)
});
/**
* | output |
* | --- |
* | "All journeys" |
*
* @param {Header_BackInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const header_back = /** @type {((inputs?: Header_BackInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Header_BackInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.header_back(inputs)
	return __en.header_back(inputs)
});
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Header_LanguageInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const header_language = /** @type {((inputs?: Header_LanguageInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Header_LanguageInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.header_language(inputs)
	return __en.header_language(inputs)
});
/**
* | output |
* | --- |
* | "Next" |
*
* @param {Header_NextInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const header_next = /** @type {((inputs?: Header_NextInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Header_NextInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.header_next(inputs)
	return __en.header_next(inputs)
});
/**
* | output |
* | --- |
* | "Previous" |
*
* @param {Header_PreviousInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const header_previous = /** @type {((inputs?: Header_PreviousInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Header_PreviousInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.header_previous(inputs)
	return __en.header_previous(inputs)
});
/**
* | output |
* | --- |
* | "Steps" |
*
* @param {Header_StepsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const header_steps = /** @type {((inputs?: Header_StepsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Header_StepsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.header_steps(inputs)
	return __en.header_steps(inputs)
});
/**
* | output |
* | --- |
* | "About this story: sources, consent and corrections" |
*
* @param {Intro_AboutInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const intro_about = /** @type {((inputs?: Intro_AboutInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Intro_AboutInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.intro_about(inputs)
	return __en.intro_about(inputs)
});
/**
* | output |
* | --- |
* | "Consent:" |
*
* @param {Intro_ConsentInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const intro_consent = /** @type {((inputs?: Intro_ConsentInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Intro_ConsentInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.intro_consent(inputs)
	return __en.intro_consent(inputs)
});
/**
* | output |
* | --- |
* | "Corrections:" |
*
* @param {Intro_CorrectionsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const intro_corrections = /** @type {((inputs?: Intro_CorrectionsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Intro_CorrectionsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.intro_corrections(inputs)
	return __en.intro_corrections(inputs)
});
/**
* | output |
* | --- |
* | "This journey is from a novel and a film. It is not one real person’s story, though it draws on real lives." |
*
* @param {Intro_FictionInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const intro_fiction = /** @type {((inputs?: Intro_FictionInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Intro_FictionInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.intro_fiction(inputs)
	return __en.intro_fiction(inputs)
});
/**
* | output |
* | --- |
* | "Passages about them are hidden until you choose to show them." |
*
* @param {Intro_HiddenInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const intro_hidden = /** @type {((inputs?: Intro_HiddenInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Intro_HiddenInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.intro_hidden(inputs)
	return __en.intro_hidden(inputs)
});
/**
* | output |
* | --- |
* | "This story mentions" |
*
* @param {Intro_MentionsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const intro_mentions = /** @type {((inputs?: Intro_MentionsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Intro_MentionsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.intro_mentions(inputs)
	return __en.intro_mentions(inputs)
});
/**
* | output |
* | --- |
* | "Quotes are from" |
*
* @param {Intro_Quotes_FromInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const intro_quotes_from = /** @type {((inputs?: Intro_Quotes_FromInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Intro_Quotes_FromInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.intro_quotes_from(inputs)
	return __en.intro_quotes_from(inputs)
});
/**
* | output |
* | --- |
* | "To ask for a correction or removal:" |
*
* @param {Intro_RemovalInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const intro_removal = /** @type {((inputs?: Intro_RemovalInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Intro_RemovalInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.intro_removal(inputs)
	return __en.intro_removal(inputs)
});
/**
* | output |
* | --- |
* | "Show all passages in this story" |
*
* @param {Intro_Show_AllInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const intro_show_all = /** @type {((inputs?: Intro_Show_AllInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Intro_Show_AllInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.intro_show_all(inputs)
	return __en.intro_show_all(inputs)
});
/**
* | output |
* | --- |
* | "(Summary in our words.)" |
*
* @param {Intro_Summary_NoteInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const intro_summary_note = /** @type {((inputs?: Intro_Summary_NoteInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Intro_Summary_NoteInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.intro_summary_note(inputs)
	return __en.intro_summary_note(inputs)
});
/**
* | output |
* | --- |
* | "Content warnings for this story" |
*
* @param {Intro_Warnings_LabelInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const intro_warnings_label = /** @type {((inputs?: Intro_Warnings_LabelInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Intro_Warnings_LabelInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.intro_warnings_label(inputs)
	return __en.intro_warnings_label(inputs)
});
/**
* | output |
* | --- |
* | "Key" |
*
* @param {Legend_TitleInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const legend_title = /** @type {((inputs?: Legend_TitleInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_TitleInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.legend_title(inputs)
	return __en.legend_title(inputs)
});
/**
* | output |
* | --- |
* | "Basemap: Natural Earth (public domain)" |
*
* @param {Map_Basemap_CreditInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_basemap_credit = /** @type {((inputs?: Map_Basemap_CreditInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Basemap_CreditInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_basemap_credit(inputs)
	return __en.map_basemap_credit(inputs)
});
/**
* | output |
* | --- |
* | "The map stopped drawing because the graphics system was reset." |
*
* @param {Map_Context_LostInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_context_lost = /** @type {((inputs?: Map_Context_LostInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Context_LostInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_context_lost(inputs)
	return __en.map_context_lost(inputs)
});
/**
* | output |
* | --- |
* | "The map’s journey data could not be loaded ({status})." |
*
* @param {Map_Data_FailedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_data_failed = /** @type {((inputs: Map_Data_FailedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Data_FailedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_data_failed(inputs)
	return __en.map_data_failed(inputs)
});
/**
* | output |
* | --- |
* | "The map didn’t load." |
*
* @param {Map_FailedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_failed = /** @type {((inputs?: Map_FailedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_FailedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_failed(inputs)
	return __en.map_failed(inputs)
});
/**
* | output |
* | --- |
* | "Korean letters could not be loaded, so the map names places in English." |
*
* @param {Map_Hangul_MissingInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_hangul_missing = /** @type {((inputs?: Map_Hangul_MissingInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Hangul_MissingInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_hangul_missing(inputs)
	return __en.map_hangul_missing(inputs)
});
/**
* | output |
* | --- |
* | "Map of all journeys" |
*
* @param {Map_Label_AllInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_label_all = /** @type {((inputs?: Map_Label_AllInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Label_AllInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_label_all(inputs)
	return __en.map_label_all(inputs)
});
/**
* | output |
* | --- |
* | "Map of the fictional journey: {title}" |
*
* @param {Map_Label_FictionInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_label_fiction = /** @type {((inputs: Map_Label_FictionInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Label_FictionInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_label_fiction(inputs)
	return __en.map_label_fiction(inputs)
});
/**
* | output |
* | --- |
* | "Map of journey: {title}" |
*
* @param {Map_Label_StoryInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_label_story = /** @type {((inputs: Map_Label_StoryInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Label_StoryInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_label_story(inputs)
	return __en.map_label_story(inputs)
});
/**
* | output |
* | --- |
* | "Loading the map…" |
*
* @param {Map_LoadingInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_loading = /** @type {((inputs?: Map_LoadingInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_LoadingInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_loading(inputs)
	return __en.map_loading(inputs)
});
/**
* | output |
* | --- |
* | "The basemap didn’t load, so the routes are shown on a plain background." |
*
* @param {Map_No_BasemapInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_no_basemap = /** @type {((inputs?: Map_No_BasemapInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_No_BasemapInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_no_basemap(inputs)
	return __en.map_no_basemap(inputs)
});
/**
* | output |
* | --- |
* | "The map can’t be shown in this browser" |
*
* @param {Map_No_WebglInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_no_webgl = /** @type {((inputs?: Map_No_WebglInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_No_WebglInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_no_webgl(inputs)
	return __en.map_no_webgl(inputs)
});
/**
* | output |
* | --- |
* | ", because WebGL is turned off or not available." |
*
* @param {Map_No_Webgl_WhyInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_no_webgl_why = /** @type {((inputs?: Map_No_Webgl_WhyInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_No_Webgl_WhyInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_no_webgl_why(inputs)
	return __en.map_no_webgl_why(inputs)
});
/**
* | output |
* | --- |
* | "The map could not be started." |
*
* @param {Map_Not_StartedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_not_started = /** @type {((inputs?: Map_Not_StartedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Not_StartedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_not_started(inputs)
	return __en.map_not_started(inputs)
});
/**
* | output |
* | --- |
* | "Show the whole step again" |
*
* @param {Map_Reset_ViewInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_reset_view = /** @type {((inputs?: Map_Reset_ViewInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Reset_ViewInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_reset_view(inputs)
	return __en.map_reset_view(inputs)
});
/**
* | output |
* | --- |
* | "Try the map again" |
*
* @param {Map_RetryInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_retry = /** @type {((inputs?: Map_RetryInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_RetryInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_retry(inputs)
	return __en.map_retry(inputs)
});
/**
* | output |
* | --- |
* | "Try the basemap again" |
*
* @param {Map_Retry_BasemapInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_retry_basemap = /** @type {((inputs?: Map_Retry_BasemapInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Retry_BasemapInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_retry_basemap(inputs)
	return __en.map_retry_basemap(inputs)
});
/**
* | output |
* | --- |
* | "This is a simpler map" |
*
* @param {Map_SimplerInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_simpler = /** @type {((inputs?: Map_SimplerInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_SimplerInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_simpler(inputs)
	return __en.map_simpler(inputs)
});
/**
* | output |
* | --- |
* | "The story and the timeline still work; the route is described in words below." |
*
* @param {Map_Still_WorksInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_still_works = /** @type {((inputs?: Map_Still_WorksInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Still_WorksInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_still_works(inputs)
	return __en.map_still_works(inputs)
});
/**
* | output |
* | --- |
* | "Drag or use Shift and the arrow keys to pan, + and − to zoom." |
*
* @param {Map_Svg_KeysInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_svg_keys = /** @type {((inputs?: Map_Svg_KeysInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Svg_KeysInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_svg_keys(inputs)
	return __en.map_svg_keys(inputs)
});
/**
* | output |
* | --- |
* | "Show or hide the map’s sources" |
*
* @param {Map_Toggle_AttributionInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_toggle_attribution = /** @type {((inputs?: Map_Toggle_AttributionInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Toggle_AttributionInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_toggle_attribution(inputs)
	return __en.map_toggle_attribution(inputs)
});
/**
* | output |
* | --- |
* | "because the graphics system was reset." |
*
* @param {Map_Why_Context_LostInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_why_context_lost = /** @type {((inputs?: Map_Why_Context_LostInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Why_Context_LostInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_why_context_lost(inputs)
	return __en.map_why_context_lost(inputs)
});
/**
* | output |
* | --- |
* | "because this browser could not start its graphics for the full map." |
*
* @param {Map_Why_GpuInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_why_gpu = /** @type {((inputs?: Map_Why_GpuInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Why_GpuInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_why_gpu(inputs)
	return __en.map_why_gpu(inputs)
});
/**
* | output |
* | --- |
* | "because this browser has WebGL turned off or not available." |
*
* @param {Map_Why_No_WebglInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_why_no_webgl = /** @type {((inputs?: Map_Why_No_WebglInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Why_No_WebglInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_why_no_webgl(inputs)
	return __en.map_why_no_webgl(inputs)
});
/**
* | output |
* | --- |
* | "because part of the full map could not start." |
*
* @param {Map_Why_WorkerInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_why_worker = /** @type {((inputs?: Map_Why_WorkerInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Why_WorkerInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_why_worker(inputs)
	return __en.map_why_worker(inputs)
});
/**
* | output |
* | --- |
* | "The story and the timeline work without it; the route is described in words below." |
*
* @param {Map_Works_WithoutInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_works_without = /** @type {((inputs?: Map_Works_WithoutInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Works_WithoutInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_works_without(inputs)
	return __en.map_works_without(inputs)
});
/**
* | output |
* | --- |
* | "Zoom in" |
*
* @param {Map_Zoom_InInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_zoom_in = /** @type {((inputs?: Map_Zoom_InInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Zoom_InInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_zoom_in(inputs)
	return __en.map_zoom_in(inputs)
});
/**
* | output |
* | --- |
* | "Zoom out" |
*
* @param {Map_Zoom_OutInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const map_zoom_out = /** @type {((inputs?: Map_Zoom_OutInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Map_Zoom_OutInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.map_zoom_out(inputs)
	return __en.map_zoom_out(inputs)
});
/**
* | output |
* | --- |
* | "by air" |
*
* @param {Mode_AirInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const mode_air = /** @type {((inputs?: Mode_AirInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mode_AirInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.mode_air(inputs)
	return __en.mode_air(inputs)
});
/**
* | output |
* | --- |
* | "flight" |
*
* @param {Mode_Air_LegendInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const mode_air_legend = /** @type {((inputs?: Mode_Air_LegendInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mode_Air_LegendInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.mode_air_legend(inputs)
	return __en.mode_air_legend(inputs)
});
/**
* | output |
* | --- |
* | "by bus" |
*
* @param {Mode_BusInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const mode_bus = /** @type {((inputs?: Mode_BusInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mode_BusInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.mode_bus(inputs)
	return __en.mode_bus(inputs)
});
/**
* | output |
* | --- |
* | "by car" |
*
* @param {Mode_CarInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const mode_car = /** @type {((inputs?: Mode_CarInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mode_CarInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.mode_car(inputs)
	return __en.mode_car(inputs)
});
/**
* | output |
* | --- |
* | "on foot" |
*
* @param {Mode_FootInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const mode_foot = /** @type {((inputs?: Mode_FootInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mode_FootInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.mode_foot(inputs)
	return __en.mode_foot(inputs)
});
/**
* | output |
* | --- |
* | "across a river" |
*
* @param {Mode_RiverInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const mode_river = /** @type {((inputs?: Mode_RiverInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mode_RiverInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.mode_river(inputs)
	return __en.mode_river(inputs)
});
/**
* | output |
* | --- |
* | "by train" |
*
* @param {Mode_TrainInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const mode_train = /** @type {((inputs?: Mode_TrainInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mode_TrainInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.mode_train(inputs)
	return __en.mode_train(inputs)
});
/**
* | output |
* | --- |
* | "means not stated" |
*
* @param {Mode_UnknownInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const mode_unknown = /** @type {((inputs?: Mode_UnknownInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mode_UnknownInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.mode_unknown(inputs)
	return __en.mode_unknown(inputs)
});
/**
* | output |
* | --- |
* | "a fictional character" |
*
* @param {Name_FictionalInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const name_fictional = /** @type {((inputs?: Name_FictionalInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Name_FictionalInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.name_fictional(inputs)
	return __en.name_fictional(inputs)
});
/**
* | output |
* | --- |
* | "first name as published" |
*
* @param {Name_First_NameInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const name_first_name = /** @type {((inputs?: Name_First_NameInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Name_First_NameInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.name_first_name(inputs)
	return __en.name_first_name(inputs)
});
/**
* | output |
* | --- |
* | "a pseudonym" |
*
* @param {Name_PseudonymInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const name_pseudonym = /** @type {((inputs?: Name_PseudonymInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Name_PseudonymInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.name_pseudonym(inputs)
	return __en.name_pseudonym(inputs)
});
/**
* | output |
* | --- |
* | "public name" |
*
* @param {Name_PublicInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const name_public = /** @type {((inputs?: Name_PublicInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Name_PublicInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.name_public(inputs)
	return __en.name_public(inputs)
});
/**
* | output |
* | --- |
* | "(not translated)" |
*
* @param {Not_TranslatedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const not_translated = /** @type {((inputs?: Not_TranslatedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Not_TranslatedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.not_translated(inputs)
	return __en.not_translated(inputs)
});
/**
* | output |
* | --- |
* | "There is no journey called “{id}”" |
*
* @param {Notfound_HeadingInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const notfound_heading = /** @type {((inputs: Notfound_HeadingInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notfound_HeadingInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.notfound_heading(inputs)
	return __en.notfound_heading(inputs)
});
/**
* | output |
* | --- |
* | "These are the journeys here:" |
*
* @param {Notfound_ListInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const notfound_list = /** @type {((inputs?: Notfound_ListInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notfound_ListInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.notfound_list(inputs)
	return __en.notfound_list(inputs)
});
/**
* | output |
* | --- |
* | "See all journeys" |
*
* @param {Notfound_See_AllInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const notfound_see_all = /** @type {((inputs?: Notfound_See_AllInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notfound_See_AllInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.notfound_see_all(inputs)
	return __en.notfound_see_all(inputs)
});
/**
* | output |
* | --- |
* | "The link may be mistyped, or the story may have been removed at the request of the person it belongs to." |
*
* @param {Notfound_WhyInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const notfound_why = /** @type {((inputs?: Notfound_WhyInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notfound_WhyInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.notfound_why(inputs)
	return __en.notfound_why(inputs)
});
/**
* | output |
* | --- |
* | "{count} journeys, in their own words" |
*
* @param {Overview_HeadingInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const overview_heading = /** @type {((inputs: Overview_HeadingInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_HeadingInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.overview_heading(inputs)
	return __en.overview_heading(inputs)
});
/**
* | output |
* | --- |
* | "North Korean refugees’ journeys, as published by Liberty in North Korea (LiNK). Choose one to follow it step by step. Places are shown only roughly, to prote..." |
*
* @param {Overview_LeadInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const overview_lead = /** @type {((inputs?: Overview_LeadInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_LeadInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.overview_lead(inputs)
	return __en.overview_lead(inputs)
});
/**
* | output |
* | --- |
* | "End of the journey as the text tells it." |
*
* @param {Panel_EndInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const panel_end = /** @type {((inputs?: Panel_EndInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Panel_EndInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.panel_end(inputs)
	return __en.panel_end(inputs)
});
/**
* | output |
* | --- |
* | "Steps of the journey" |
*
* @param {Panel_StepsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const panel_steps = /** @type {((inputs?: Panel_StepsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Panel_StepsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.panel_steps(inputs)
	return __en.panel_steps(inputs)
});
/**
* | output |
* | --- |
* | "town or city, shown to about 10 km" |
*
* @param {Precision_CityInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const precision_city = /** @type {((inputs?: Precision_CityInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Precision_CityInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.precision_city(inputs)
	return __en.precision_city(inputs)
});
/**
* | output |
* | --- |
* | "somewhere in this country" |
*
* @param {Precision_CountryInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const precision_country = /** @type {((inputs?: Precision_CountryInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Precision_CountryInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.precision_country(inputs)
	return __en.precision_country(inputs)
});
/**
* | output |
* | --- |
* | "exact place (a public institution)" |
*
* @param {Precision_ExactInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const precision_exact = /** @type {((inputs?: Precision_ExactInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Precision_ExactInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.precision_exact(inputs)
	return __en.precision_exact(inputs)
});
/**
* | output |
* | --- |
* | "province or region" |
*
* @param {Precision_ProvinceInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const precision_province = /** @type {((inputs?: Precision_ProvinceInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Precision_ProvinceInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.precision_province(inputs)
	return __en.precision_province(inputs)
});
/**
* | output |
* | --- |
* | "somewhere along this river" |
*
* @param {Precision_RiverInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const precision_river = /** @type {((inputs?: Precision_RiverInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Precision_RiverInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.precision_river(inputs)
	return __en.precision_river(inputs)
});
/**
* | output |
* | --- |
* | "state" |
*
* @param {Precision_StateInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const precision_state = /** @type {((inputs?: Precision_StateInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Precision_StateInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.precision_state(inputs)
	return __en.precision_state(inputs)
});
/**
* | output |
* | --- |
* | "Places are shown only as precisely as the text gives them, and never finer than a town in North Korea or China. “Not stated” means the text does not say; not..." |
*
* @param {Present_About_PlacesInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_about_places = /** @type {((inputs?: Present_About_PlacesInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_About_PlacesInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_about_places(inputs)
	return __en.present_about_places(inputs)
});
/**
* | output |
* | --- |
* | "Age guidance" |
*
* @param {Present_AgeInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_age = /** @type {((inputs?: Present_AgeInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_AgeInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_age(inputs)
	return __en.present_age(inputs)
});
/**
* | output |
* | --- |
* | "Back to the journey" |
*
* @param {Present_Back_To_AppInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_back_to_app = /** @type {((inputs?: Present_Back_To_AppInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_Back_To_AppInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_back_to_app(inputs)
	return __en.present_back_to_app(inputs)
});
/**
* | output |
* | --- |
* | "The screen is blanked. Press B to bring it back." |
*
* @param {Present_BlankedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_blanked = /** @type {((inputs?: Present_BlankedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_BlankedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_blanked(inputs)
	return __en.present_blanked(inputs)
});
/**
* | output |
* | --- |
* | "Present" |
*
* @param {Present_ButtonInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_button = /** @type {((inputs?: Present_ButtonInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_ButtonInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_button(inputs)
	return __en.present_button(inputs)
});
/**
* | output |
* | --- |
* | "Time" |
*
* @param {Present_ClockInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_clock = /** @type {((inputs?: Present_ClockInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_ClockInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_clock(inputs)
	return __en.present_clock(inputs)
});
/**
* | output |
* | --- |
* | "What it contains" |
*
* @param {Present_ContainsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_contains = /** @type {((inputs?: Present_ContainsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_ContainsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_contains(inputs)
	return __en.present_contains(inputs)
});
/**
* | output |
* | --- |
* | "Elapsed" |
*
* @param {Present_ElapsedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_elapsed = /** @type {((inputs?: Present_ElapsedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_ElapsedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_elapsed(inputs)
	return __en.present_elapsed(inputs)
});
/**
* | output |
* | --- |
* | "Faster (+)" |
*
* @param {Present_FasterInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_faster = /** @type {((inputs?: Present_FasterInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_FasterInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_faster(inputs)
	return __en.present_faster(inputs)
});
/**
* | output |
* | --- |
* | "This story is fiction, from a novel and a film." |
*
* @param {Present_Fiction_NoteInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_fiction_note = /** @type {((inputs?: Present_Fiction_NoteInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_Fiction_NoteInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_fiction_note(inputs)
	return __en.present_fiction_note(inputs)
});
/**
* | output |
* | --- |
* | "Full screen (F)" |
*
* @param {Present_FullscreenInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_fullscreen = /** @type {((inputs?: Present_FullscreenInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_FullscreenInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_fullscreen(inputs)
	return __en.present_fullscreen(inputs)
});
/**
* | output |
* | --- |
* | "Enter or S shows it; → or Page Down skips it." |
*
* @param {Present_Gate_HintInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_gate_hint = /** @type {((inputs?: Present_Gate_HintInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_Gate_HintInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_gate_hint(inputs)
	return __en.present_gate_hint(inputs)
});
/**
* | output |
* | --- |
* | "The next part mentions {what}." |
*
* @param {Present_Gate_TextInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_gate_text = /** @type {((inputs: Present_Gate_TextInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_Gate_TextInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_gate_text(inputs)
	return __en.present_gate_text(inputs)
});
/**
* | output |
* | --- |
* | "Words on this step (G)" |
*
* @param {Present_GlossaryInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_glossary = /** @type {((inputs?: Present_GlossaryInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_GlossaryInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_glossary(inputs)
	return __en.present_glossary(inputs)
});
/**
* | output |
* | --- |
* | "Print handout" |
*
* @param {Present_HandoutInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_handout = /** @type {((inputs?: Present_HandoutInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_HandoutInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_handout(inputs)
	return __en.present_handout(inputs)
});
/**
* | output |
* | --- |
* | "Present this journey full screen, for a projector" |
*
* @param {Present_HintInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_hint = /** @type {((inputs?: Present_HintInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_HintInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_hint(inputs)
	return __en.present_hint(inputs)
});
/**
* | output |
* | --- |
* | "Go to step {n}, then Enter" |
*
* @param {Present_Jump_ToInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_jump_to = /** @type {((inputs: Present_Jump_ToInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_Jump_ToInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_jump_to(inputs)
	return __en.present_jump_to(inputs)
});
/**
* | output |
* | --- |
* | "This is the last step." |
*
* @param {Present_LastInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_last = /** @type {((inputs?: Present_LastInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_LastInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_last(inputs)
	return __en.present_last(inputs)
});
/**
* | output |
* | --- |
* | "Leave (Esc)" |
*
* @param {Present_LeaveInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_leave = /** @type {((inputs?: Present_LeaveInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_LeaveInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_leave(inputs)
	return __en.present_leave(inputs)
});
/**
* | output |
* | --- |
* | "Length" |
*
* @param {Present_LengthInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_length = /** @type {((inputs?: Present_LengthInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_LengthInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_length(inputs)
	return __en.present_length(inputs)
});
/**
* | output |
* | --- |
* | "Prepare a lesson" |
*
* @param {Present_LessonInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_lesson = /** @type {((inputs?: Present_LessonInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_LessonInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_lesson(inputs)
	return __en.present_lesson(inputs)
});
/**
* | output |
* | --- |
* | "Each journey with what you need to choose and prepare it: what it contains, age guidance, content warnings, how long it takes, questions for the class and th..." |
*
* @param {Present_Lesson_IntroInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_lesson_intro = /** @type {((inputs?: Present_Lesson_IntroInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_Lesson_IntroInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_lesson_intro(inputs)
	return __en.present_lesson_intro(inputs)
});
/**
* | output |
* | --- |
* | "Linked to the audience window." |
*
* @param {Present_LinkedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_linked = /** @type {((inputs?: Present_LinkedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_LinkedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_linked(inputs)
	return __en.present_linked(inputs)
});
/**
* | output |
* | --- |
* | "The map could not be drawn; the route in words below gives every place." |
*
* @param {Present_Map_FailedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_map_failed = /** @type {((inputs?: Present_Map_FailedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_Map_FailedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_map_failed(inputs)
	return __en.present_map_failed(inputs)
});
/**
* | output |
* | --- |
* | "This browser cannot link two windows (no BroadcastChannel): this view will not follow the audience window." |
*
* @param {Present_No_ChannelInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_no_channel = /** @type {((inputs?: Present_No_ChannelInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_No_ChannelInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_no_channel(inputs)
	return __en.present_no_channel(inputs)
});
/**
* | output |
* | --- |
* | "no date in the text" |
*
* @param {Present_No_DateInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_no_date = /** @type {((inputs?: Present_No_DateInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_No_DateInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_no_date(inputs)
	return __en.present_no_date(inputs)
});
/**
* | output |
* | --- |
* | "No notes for this step." |
*
* @param {Present_No_NotesInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_no_notes = /** @type {((inputs?: Present_No_NotesInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_No_NotesInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_no_notes(inputs)
	return __en.present_no_notes(inputs)
});
/**
* | output |
* | --- |
* | "No glossary words on this step." |
*
* @param {Present_No_TermsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_no_terms = /** @type {((inputs?: Present_No_TermsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_No_TermsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_no_terms(inputs)
	return __en.present_no_terms(inputs)
});
/**
* | output |
* | --- |
* | "none" |
*
* @param {Present_NoneInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_none = /** @type {((inputs?: Present_NoneInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_NoneInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_none(inputs)
	return __en.present_none(inputs)
});
/**
* | output |
* | --- |
* | "Place not stated in the text" |
*
* @param {Present_Not_StatedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_not_stated = /** @type {((inputs?: Present_Not_StatedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_Not_StatedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_not_stated(inputs)
	return __en.present_not_stated(inputs)
});
/**
* | output |
* | --- |
* | "Speaker notes" |
*
* @param {Present_NotesInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_notes = /** @type {((inputs?: Present_NotesInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_NotesInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_notes(inputs)
	return __en.present_notes(inputs)
});
/**
* | output |
* | --- |
* | "Now" |
*
* @param {Present_NowInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_now = /** @type {((inputs?: Present_NowInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_NowInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_now(inputs)
	return __en.present_now(inputs)
});
/**
* | output |
* | --- |
* | "{s} s a step" |
*
* @param {Present_PaceInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_pace = /** @type {((inputs: Present_PaceInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_PaceInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_pace(inputs)
	return __en.present_pace(inputs)
});
/**
* | output |
* | --- |
* | "Pause (A)" |
*
* @param {Present_PauseInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_pause = /** @type {((inputs?: Present_PauseInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_PauseInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_pause(inputs)
	return __en.present_pause(inputs)
});
/**
* | output |
* | --- |
* | "Play (A)" |
*
* @param {Present_PlayInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_play = /** @type {((inputs?: Present_PlayInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_PlayInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_play(inputs)
	return __en.present_play(inputs)
});
/**
* | output |
* | --- |
* | "Presenter view (P)" |
*
* @param {Present_Presenter_ViewInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_presenter_view = /** @type {((inputs?: Present_Presenter_ViewInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_Presenter_ViewInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_presenter_view(inputs)
	return __en.present_presenter_view(inputs)
});
/**
* | output |
* | --- |
* | "Print" |
*
* @param {Present_PrintInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_print = /** @type {((inputs?: Present_PrintInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_PrintInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_print(inputs)
	return __en.present_print(inputs)
});
/**
* | output |
* | --- |
* | "Questions for the class" |
*
* @param {Present_QuestionsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_questions = /** @type {((inputs?: Present_QuestionsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_QuestionsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_questions(inputs)
	return __en.present_questions(inputs)
});
/**
* | output |
* | --- |
* | "{steps} steps; about {minutes} min to read the excerpts aloud (an estimate from their length)" |
*
* @param {Present_Read_AloudInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_read_aloud = /** @type {((inputs: Present_Read_AloudInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_Read_AloudInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_read_aloud(inputs)
	return __en.present_read_aloud(inputs)
});
/**
* | output |
* | --- |
* | "Reset timer" |
*
* @param {Present_ResetInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_reset = /** @type {((inputs?: Present_ResetInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_ResetInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_reset(inputs)
	return __en.present_reset(inputs)
});
/**
* | output |
* | --- |
* | "The route in words" |
*
* @param {Present_RouteInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_route = /** @type {((inputs?: Present_RouteInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_RouteInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_route(inputs)
	return __en.present_route(inputs)
});
/**
* | output |
* | --- |
* | "The route on the map" |
*
* @param {Present_Route_MapInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_route_map = /** @type {((inputs?: Present_Route_MapInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_Route_MapInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_route_map(inputs)
	return __en.present_route_map(inputs)
});
/**
* | output |
* | --- |
* | "Show this part (S)" |
*
* @param {Present_ShowInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_show = /** @type {((inputs?: Present_ShowInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_ShowInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_show(inputs)
	return __en.present_show(inputs)
});
/**
* | output |
* | --- |
* | "Skip it (→)" |
*
* @param {Present_SkipInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_skip = /** @type {((inputs?: Present_SkipInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_SkipInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_skip(inputs)
	return __en.present_skip(inputs)
});
/**
* | output |
* | --- |
* | "Slower (−)" |
*
* @param {Present_SlowerInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_slower = /** @type {((inputs?: Present_SlowerInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_SlowerInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_slower(inputs)
	return __en.present_slower(inputs)
});
/**
* | output |
* | --- |
* | "Source" |
*
* @param {Present_SourceInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_source = /** @type {((inputs?: Present_SourceInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_SourceInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_source(inputs)
	return __en.present_source(inputs)
});
/**
* | output |
* | --- |
* | "Step" |
*
* @param {Present_StepInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_step = /** @type {((inputs?: Present_StepInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_StepInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_step(inputs)
	return __en.present_step(inputs)
});
/**
* | output |
* | --- |
* | "The journey, step by step" |
*
* @param {Present_StepsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_steps = /** @type {((inputs?: Present_StepsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_StepsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_steps(inputs)
	return __en.present_steps(inputs)
});
/**
* | output |
* | --- |
* | "Words used" |
*
* @param {Present_TermsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_terms = /** @type {((inputs?: Present_TermsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_TermsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_terms(inputs)
	return __en.present_terms(inputs)
});
/**
* | output |
* | --- |
* | "Present this" |
*
* @param {Present_ThisInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_this = /** @type {((inputs?: Present_ThisInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_ThisInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_this(inputs)
	return __en.present_this(inputs)
});
/**
* | output |
* | --- |
* | "When and where" |
*
* @param {Present_TimelineInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_timeline = /** @type {((inputs?: Present_TimelineInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_TimelineInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_timeline(inputs)
	return __en.present_timeline(inputs)
});
/**
* | output |
* | --- |
* | "Presenter" |
*
* @param {Present_ToolbarInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_toolbar = /** @type {((inputs?: Present_ToolbarInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_ToolbarInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_toolbar(inputs)
	return __en.present_toolbar(inputs)
});
/**
* | output |
* | --- |
* | "Content warnings" |
*
* @param {Present_WarningsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_warnings = /** @type {((inputs?: Present_WarningsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_WarningsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_warnings(inputs)
	return __en.present_warnings(inputs)
});
/**
* | output |
* | --- |
* | "When" |
*
* @param {Present_WhenInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_when = /** @type {((inputs?: Present_WhenInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_WhenInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_when(inputs)
	return __en.present_when(inputs)
});
/**
* | output |
* | --- |
* | "Where" |
*
* @param {Present_WhereInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_where = /** @type {((inputs?: Present_WhereInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_WhereInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_where(inputs)
	return __en.present_where(inputs)
});
/**
* | output |
* | --- |
* | "A passage with a content warning, not printed." |
*
* @param {Present_WithheldInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const present_withheld = /** @type {((inputs?: Present_WithheldInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Present_WithheldInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.present_withheld(inputs)
	return __en.present_withheld(inputs)
});
/**
* | output |
* | --- |
* | "The stories are safe; this view hit a problem it could not recover from." |
*
* @param {Problem_BodyInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const problem_body = /** @type {((inputs?: Problem_BodyInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Problem_BodyInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.problem_body(inputs)
	return __en.problem_body(inputs)
});
/**
* | output |
* | --- |
* | "Something went wrong showing this page" |
*
* @param {Problem_HeadingInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const problem_heading = /** @type {((inputs?: Problem_HeadingInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Problem_HeadingInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.problem_heading(inputs)
	return __en.problem_heading(inputs)
});
/**
* | output |
* | --- |
* | "Try again" |
*
* @param {Problem_RetryInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const problem_retry = /** @type {((inputs?: Problem_RetryInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Problem_RetryInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.problem_retry(inputs)
	return __en.problem_retry(inputs)
});
/**
* | output |
* | --- |
* | "A passage about {list} is hidden." |
*
* @param {Quote_HiddenInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const quote_hidden = /** @type {((inputs: Quote_HiddenInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Quote_HiddenInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.quote_hidden(inputs)
	return __en.quote_hidden(inputs)
});
/**
* | output |
* | --- |
* | "across {river}" |
*
* @param {Route_AcrossInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_across = /** @type {((inputs: Route_AcrossInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_AcrossInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_across(inputs)
	return __en.route_across(inputs)
});
/**
* | output |
* | --- |
* | "across {river} into {country}" |
*
* @param {Route_Across_IntoInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_across_into = /** @type {((inputs: Route_Across_IntoInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_Across_IntoInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_across_into(inputs)
	return __en.route_across_into(inputs)
});
/**
* | output |
* | --- |
* | "(route from an outside source)" |
*
* @param {Route_Basis_CitedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_basis_cited = /** @type {((inputs?: Route_Basis_CitedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_Basis_CitedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_basis_cited(inputs)
	return __en.route_basis_cited(inputs)
});
/**
* | output |
* | --- |
* | "(route inferred)" |
*
* @param {Route_Basis_InferredInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_basis_inferred = /** @type {((inputs?: Route_Basis_InferredInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_Basis_InferredInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_basis_inferred(inputs)
	return __en.route_basis_inferred(inputs)
});
/**
* | output |
* | --- |
* | "(route not stated)" |
*
* @param {Route_Basis_Not_StatedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_basis_not_stated = /** @type {((inputs?: Route_Basis_Not_StatedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_Basis_Not_StatedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_basis_not_stated(inputs)
	return __en.route_basis_not_stated(inputs)
});
/**
* | output |
* | --- |
* | "then elsewhere in {country}" |
*
* @param {Route_Elsewhere_InInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_elsewhere_in = /** @type {((inputs: Route_Elsewhere_InInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_Elsewhere_InInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_elsewhere_in(inputs)
	return __en.route_elsewhere_in(inputs)
});
/**
* | output |
* | --- |
* | "Fiction. {text}" |
*
* @param {Route_FictionInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_fiction = /** @type {((inputs: Route_FictionInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_FictionInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_fiction(inputs)
	return __en.route_fiction(inputs)
});
/**
* | output |
* | --- |
* | "From {place}" |
*
* @param {Route_FromInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_from = /** @type {((inputs: Route_FromInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_FromInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_from(inputs)
	return __en.route_from(inputs)
});
/**
* | output |
* | --- |
* | "From {place}, {across}" |
*
* @param {Route_From_AcrossInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_from_across = /** @type {((inputs: Route_From_AcrossInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_From_AcrossInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_from_across(inputs)
	return __en.route_from_across(inputs)
});
/**
* | output |
* | --- |
* | "Places are shown only roughly: to about 10 km for towns, and never finer than 0.1° in North Korea or China." |
*
* @param {Route_NoteInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_note = /** @type {((inputs?: Route_NoteInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_NoteInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_note(inputs)
	return __en.route_note(inputs)
});
/**
* | output |
* | --- |
* | "Now at step {n} of {total}: {place}." |
*
* @param {Route_NowInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_now = /** @type {((inputs: Route_NowInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_NowInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_now(inputs)
	return __en.route_now(inputs)
});
/**
* | output |
* | --- |
* | "a place the text does not state" |
*
* @param {Route_Now_UnknownInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_now_unknown = /** @type {((inputs?: Route_Now_UnknownInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_Now_UnknownInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_now_unknown(inputs)
	return __en.route_now_unknown(inputs)
});
/**
* | output |
* | --- |
* | "{place}, {country}" |
*
* @param {Route_Place_In_CountryInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_place_in_country = /** @type {((inputs: Route_Place_In_CountryInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_Place_In_CountryInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_place_in_country(inputs)
	return __en.route_place_in_country(inputs)
});
/**
* | output |
* | --- |
* | "(inferred)" |
*
* @param {Route_Place_InferredInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_place_inferred = /** @type {((inputs?: Route_Place_InferredInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_Place_InferredInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_place_inferred(inputs)
	return __en.route_place_inferred(inputs)
});
/**
* | output |
* | --- |
* | "the {river}" |
*
* @param {Route_RiverInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_river = /** @type {((inputs: Route_RiverInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_RiverInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_river(inputs)
	return __en.route_river(inputs)
});
/**
* | output |
* | --- |
* | ";" |
*
* @param {Route_SeparatorInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_separator = /** @type {((inputs?: Route_SeparatorInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_SeparatorInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_separator(inputs)
	return __en.route_separator(inputs)
});
/**
* | output |
* | --- |
* | "{said} in {country}" |
*
* @param {Route_Time_InInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_time_in = /** @type {((inputs: Route_Time_InInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_Time_InInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_time_in(inputs)
	return __en.route_time_in(inputs)
});
/**
* | output |
* | --- |
* | "Route in words" |
*
* @param {Route_TitleInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_title = /** @type {((inputs?: Route_TitleInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_TitleInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_title(inputs)
	return __en.route_title(inputs)
});
/**
* | output |
* | --- |
* | "then to {place}" |
*
* @param {Route_ToInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_to = /** @type {((inputs: Route_ToInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_ToInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_to(inputs)
	return __en.route_to(inputs)
});
/**
* | output |
* | --- |
* | "then to {place} {mode}" |
*
* @param {Route_To_ByInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_to_by = /** @type {((inputs: Route_To_ByInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_To_ByInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_to_by(inputs)
	return __en.route_to_by(inputs)
});
/**
* | output |
* | --- |
* | "then somewhere the text does not state" |
*
* @param {Route_UnknownInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_unknown = /** @type {((inputs?: Route_UnknownInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_UnknownInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_unknown(inputs)
	return __en.route_unknown(inputs)
});
/**
* | output |
* | --- |
* | "then somewhere the text does not state ({said})" |
*
* @param {Route_Unknown_SaidInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_unknown_said = /** @type {((inputs: Route_Unknown_SaidInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_Unknown_SaidInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_unknown_said(inputs)
	return __en.route_unknown_said(inputs)
});
/**
* | output |
* | --- |
* | "then to {from} (route not stated), and to {place}" |
*
* @param {Route_ViaInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_via = /** @type {((inputs: Route_ViaInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_ViaInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_via(inputs)
	return __en.route_via(inputs)
});
/**
* | output |
* | --- |
* | "then to {from} (route not stated), and {mode} to {place}" |
*
* @param {Route_Via_ByInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const route_via_by = /** @type {((inputs: Route_Via_ByInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Route_Via_ByInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.route_via_by(inputs)
	return __en.route_via_by(inputs)
});
/**
* | output |
* | --- |
* | "autumn" |
*
* @param {Season_AutumnInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const season_autumn = /** @type {((inputs?: Season_AutumnInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Season_AutumnInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.season_autumn(inputs)
	return __en.season_autumn(inputs)
});
/**
* | output |
* | --- |
* | "spring" |
*
* @param {Season_SpringInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const season_spring = /** @type {((inputs?: Season_SpringInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Season_SpringInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.season_spring(inputs)
	return __en.season_spring(inputs)
});
/**
* | output |
* | --- |
* | "summer" |
*
* @param {Season_SummerInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const season_summer = /** @type {((inputs?: Season_SummerInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Season_SummerInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.season_summer(inputs)
	return __en.season_summer(inputs)
});
/**
* | output |
* | --- |
* | "winter" |
*
* @param {Season_WinterInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const season_winter = /** @type {((inputs?: Season_WinterInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Season_WinterInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.season_winter(inputs)
	return __en.season_winter(inputs)
});
/**
* | output |
* | --- |
* | "Share" |
*
* @param {Share_ButtonInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const share_button = /** @type {((inputs?: Share_ButtonInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_ButtonInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.share_button(inputs)
	return __en.share_button(inputs)
});
/**
* | output |
* | --- |
* | "Close" |
*
* @param {Share_CloseInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const share_close = /** @type {((inputs?: Share_CloseInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_CloseInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.share_close(inputs)
	return __en.share_close(inputs)
});
/**
* | output |
* | --- |
* | "Controls" |
*
* @param {Share_ControlsInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const share_controls = /** @type {((inputs?: Share_ControlsInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_ControlsInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.share_controls(inputs)
	return __en.share_controls(inputs)
});
/**
* | output |
* | --- |
* | "Full" |
*
* @param {Share_Controls_FullInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const share_controls_full = /** @type {((inputs?: Share_Controls_FullInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Controls_FullInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.share_controls_full(inputs)
	return __en.share_controls_full(inputs)
});
/**
* | output |
* | --- |
* | "Map and story only" |
*
* @param {Share_Controls_MinimalInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const share_controls_minimal = /** @type {((inputs?: Share_Controls_MinimalInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Controls_MinimalInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.share_controls_minimal(inputs)
	return __en.share_controls_minimal(inputs)
});
/**
* | output |
* | --- |
* | "Copied: {what}" |
*
* @param {Share_CopiedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const share_copied = /** @type {((inputs: Share_CopiedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_CopiedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.share_copied(inputs)
	return __en.share_copied(inputs)
});
/**
* | output |
* | --- |
* | "Copy" |
*
* @param {Share_CopyInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const share_copy = /** @type {((inputs?: Share_CopyInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_CopyInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.share_copy(inputs)
	return __en.share_copy(inputs)
});
/**
* | output |
* | --- |
* | "Could not copy. The text is selected: press Ctrl+C or ⌘C." |
*
* @param {Share_Copy_FailedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const share_copy_failed = /** @type {((inputs?: Share_Copy_FailedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Copy_FailedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.share_copy_failed(inputs)
	return __en.share_copy_failed(inputs)
});
/**
* | output |
* | --- |
* | "Copy: {what}" |
*
* @param {Share_Copy_NamedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const share_copy_named = /** @type {((inputs: Share_Copy_NamedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Copy_NamedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.share_copy_named(inputs)
	return __en.share_copy_named(inputs)
});
/**
* | output |
* | --- |
* | "Embed as an element" |
*
* @param {Share_ElementInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const share_element = /** @type {((inputs?: Share_ElementInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_ElementInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.share_element(inputs)
	return __en.share_element(inputs)
});
/**
* | output |
* | --- |
* | "{title}: map, timeline and story" |
*
* @param {Share_Frame_TitleInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const share_frame_title = /** @type {((inputs: Share_Frame_TitleInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Frame_TitleInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.share_frame_title(inputs)
	return __en.share_frame_title(inputs)
});
/**
* | output |
* | --- |
* | "Embed with an iframe" |
*
* @param {Share_IframeInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const share_iframe = /** @type {((inputs?: Share_IframeInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_IframeInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.share_iframe(inputs)
	return __en.share_iframe(inputs)
});
/**
* | output |
* | --- |
* | "Each link and snippet opens at the journey, step and language on screen now." |
*
* @param {Share_IntroInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const share_intro = /** @type {((inputs?: Share_IntroInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_IntroInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.share_intro(inputs)
	return __en.share_intro(inputs)
});
/**
* | output |
* | --- |
* | "Link to this view" |
*
* @param {Share_LinkInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const share_link = /** @type {((inputs?: Share_LinkInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_LinkInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.share_link(inputs)
	return __en.share_link(inputs)
});
/**
* | output |
* | --- |
* | "Preview of the embed" |
*
* @param {Share_PreviewInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const share_preview = /** @type {((inputs?: Share_PreviewInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_PreviewInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.share_preview(inputs)
	return __en.share_preview(inputs)
});
/**
* | output |
* | --- |
* | "Theme" |
*
* @param {Share_ThemeInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const share_theme = /** @type {((inputs?: Share_ThemeInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_ThemeInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.share_theme(inputs)
	return __en.share_theme(inputs)
});
/**
* | output |
* | --- |
* | "Dark" |
*
* @param {Share_Theme_DarkInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const share_theme_dark = /** @type {((inputs?: Share_Theme_DarkInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Theme_DarkInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.share_theme_dark(inputs)
	return __en.share_theme_dark(inputs)
});
/**
* | output |
* | --- |
* | "Light" |
*
* @param {Share_Theme_LightInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const share_theme_light = /** @type {((inputs?: Share_Theme_LightInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Theme_LightInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.share_theme_light(inputs)
	return __en.share_theme_light(inputs)
});
/**
* | output |
* | --- |
* | "Share or embed this view" |
*
* @param {Share_TitleInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const share_title = /** @type {((inputs?: Share_TitleInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_TitleInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.share_title(inputs)
	return __en.share_title(inputs)
});
/**
* | output |
* | --- |
* | "Context, not a quote:" |
*
* @param {Step_ContextInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const step_context = /** @type {((inputs?: Step_ContextInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_ContextInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.step_context(inputs)
	return __en.step_context(inputs)
});
/**
* | output |
* | --- |
* | "Step {n} of {total}" |
*
* @param {Step_CountInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const step_count = /** @type {((inputs: Step_CountInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_CountInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.step_count(inputs)
	return __en.step_count(inputs)
});
/**
* | output |
* | --- |
* | "Date from an outside source:" |
*
* @param {Step_Date_FromInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const step_date_from = /** @type {((inputs?: Step_Date_FromInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_Date_FromInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.step_date_from(inputs)
	return __en.step_date_from(inputs)
});
/**
* | output |
* | --- |
* | "Words explained" |
*
* @param {Step_GlossaryInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const step_glossary = /** @type {((inputs?: Step_GlossaryInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_GlossaryInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.step_glossary(inputs)
	return __en.step_glossary(inputs)
});
/**
* | output |
* | --- |
* | "How" |
*
* @param {Step_HowInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const step_how = /** @type {((inputs?: Step_HowInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_HowInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.step_how(inputs)
	return __en.step_how(inputs)
});
/**
* | output |
* | --- |
* | "inferred" |
*
* @param {Step_InferredInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const step_inferred = /** @type {((inputs?: Step_InferredInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_InferredInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.step_inferred(inputs)
	return __en.step_inferred(inputs)
});
/**
* | output |
* | --- |
* | "No date in the text" |
*
* @param {Step_No_DateInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const step_no_date = /** @type {((inputs?: Step_No_DateInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_No_DateInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.step_no_date(inputs)
	return __en.step_no_date(inputs)
});
/**
* | output |
* | --- |
* | "This link names a step this journey does not have (step={asked}), so it opens at the nearest one: step {n} of {total}." |
*
* @param {Step_NoticeInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const step_notice = /** @type {((inputs: Step_NoticeInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_NoticeInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.step_notice(inputs)
	return __en.step_notice(inputs)
});
/**
* | output |
* | --- |
* | "Start from the first step" |
*
* @param {Step_Notice_FirstInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const step_notice_first = /** @type {((inputs?: Step_Notice_FirstInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_Notice_FirstInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.step_notice_first(inputs)
	return __en.step_notice_first(inputs)
});
/**
* | output |
* | --- |
* | "OK" |
*
* @param {Step_Notice_OkInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const step_notice_ok = /** @type {((inputs?: Step_Notice_OkInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_Notice_OkInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.step_notice_ok(inputs)
	return __en.step_notice_ok(inputs)
});
/**
* | output |
* | --- |
* | "Place from:" |
*
* @param {Step_Place_FromInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const step_place_from = /** @type {((inputs?: Step_Place_FromInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_Place_FromInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.step_place_from(inputs)
	return __en.step_place_from(inputs)
});
/**
* | output |
* | --- |
* | "Not stated in the text" |
*
* @param {Step_Place_Not_StatedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const step_place_not_stated = /** @type {((inputs?: Step_Place_Not_StatedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_Place_Not_StatedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.step_place_not_stated(inputs)
	return __en.step_place_not_stated(inputs)
});
/**
* | output |
* | --- |
* | "Source:" |
*
* @param {Step_Term_SourceInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const step_term_source = /** @type {((inputs?: Step_Term_SourceInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_Term_SourceInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.step_term_source(inputs)
	return __en.step_term_source(inputs)
});
/**
* | output |
* | --- |
* | "When" |
*
* @param {Step_WhenInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const step_when = /** @type {((inputs?: Step_WhenInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_WhenInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.step_when(inputs)
	return __en.step_when(inputs)
});
/**
* | output |
* | --- |
* | "Where" |
*
* @param {Step_WhereInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const step_where = /** @type {((inputs?: Step_WhereInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Step_WhereInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.step_where(inputs)
	return __en.step_where(inputs)
});
/**
* | output |
* | --- |
* | "The synthetic journeys could not be loaded ({status})." |
*
* @param {Synthetic_FailedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const synthetic_failed = /** @type {((inputs: Synthetic_FailedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Synthetic_FailedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.synthetic_failed(inputs)
	return __en.synthetic_failed(inputs)
});
/**
* | output |
* | --- |
* | "This build has no synthetic journeys: build it with `npm run synth` and `npm run build:synthetic`." |
*
* @param {Synthetic_MissingInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const synthetic_missing = /** @type {((inputs?: Synthetic_MissingInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Synthetic_MissingInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.synthetic_missing(inputs)
	return __en.synthetic_missing(inputs)
});
/**
* | output |
* | --- |
* | "Synthetic journeys: generated for demonstrations and the bench. None is a real person’s story." |
*
* @param {Synthetic_NoteInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const synthetic_note = /** @type {((inputs?: Synthetic_NoteInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Synthetic_NoteInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.synthetic_note(inputs)
	return __en.synthetic_note(inputs)
});
/**
* | output |
* | --- |
* | "synthetic" |
*
* @param {Synthetic_TagInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const synthetic_tag = /** @type {((inputs?: Synthetic_TagInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Synthetic_TagInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.synthetic_tag(inputs)
	return __en.synthetic_tag(inputs)
});
/**
* | output |
* | --- |
* | "Timeline of all journeys: choose a journey to follow it" |
*
* @param {Timeline_AllInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const timeline_all = /** @type {((inputs?: Timeline_AllInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_AllInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.timeline_all(inputs)
	return __en.timeline_all(inputs)
});
/**
* | output |
* | --- |
* | "placed in story order, not by date" |
*
* @param {Timeline_Band_OrderInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const timeline_band_order = /** @type {((inputs?: Timeline_Band_OrderInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Band_OrderInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.timeline_band_order(inputs)
	return __en.timeline_band_order(inputs)
});
/**
* | output |
* | --- |
* | "Choose a journey to follow it step by step" |
*
* @param {Timeline_ChooseInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const timeline_choose = /** @type {((inputs?: Timeline_ChooseInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_ChooseInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.timeline_choose(inputs)
	return __en.timeline_choose(inputs)
});
/**
* | output |
* | --- |
* | "from {title}, {publisher}" |
*
* @param {Timeline_From_SourceInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const timeline_from_source = /** @type {((inputs: Timeline_From_SourceInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_From_SourceInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.timeline_from_source(inputs)
	return __en.timeline_from_source(inputs)
});
/**
* | output |
* | --- |
* | "estimate" |
*
* @param {Timeline_Key_EstimateInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const timeline_key_estimate = /** @type {((inputs?: Timeline_Key_EstimateInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Key_EstimateInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.timeline_key_estimate(inputs)
	return __en.timeline_key_estimate(inputs)
});
/**
* | output |
* | --- |
* | "date stated" |
*
* @param {Timeline_Key_StatedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const timeline_key_stated = /** @type {((inputs?: Timeline_Key_StatedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Key_StatedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.timeline_key_stated(inputs)
	return __en.timeline_key_stated(inputs)
});
/**
* | output |
* | --- |
* | "no date in the text" |
*
* @param {Timeline_Key_UndatedInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const timeline_key_undated = /** @type {((inputs?: Timeline_Key_UndatedInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Key_UndatedInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.timeline_key_undated(inputs)
	return __en.timeline_key_undated(inputs)
});
/**
* | output |
* | --- |
* | "No date given" |
*
* @param {Timeline_No_Date_BandInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const timeline_no_date_band = /** @type {((inputs?: Timeline_No_Date_BandInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_No_Date_BandInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.timeline_no_date_band(inputs)
	return __en.timeline_no_date_band(inputs)
});
/**
* | output |
* | --- |
* | "The text gives no dates" |
*
* @param {Timeline_No_DatesInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const timeline_no_dates = /** @type {((inputs?: Timeline_No_DatesInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_No_DatesInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.timeline_no_dates(inputs)
	return __en.timeline_no_dates(inputs)
});
/**
* | output |
* | --- |
* | "No dates in {name}’s story: its steps are in the band below" |
*
* @param {Timeline_No_Dates_InInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const timeline_no_dates_in = /** @type {((inputs: Timeline_No_Dates_InInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_No_Dates_InInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.timeline_no_dates_in(inputs)
	return __en.timeline_no_dates_in(inputs)
});
/**
* | output |
* | --- |
* | "Step {n} of {total}: {heading}" |
*
* @param {Timeline_StepInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const timeline_step = /** @type {((inputs: Timeline_StepInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_StepInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.timeline_step(inputs)
	return __en.timeline_step(inputs)
});
/**
* | output |
* | --- |
* | "Timeline of {name}’s journey" |
*
* @param {Timeline_StoryInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const timeline_story = /** @type {((inputs: Timeline_StoryInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_StoryInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.timeline_story(inputs)
	return __en.timeline_story(inputs)
});
/**
* | output |
* | --- |
* | "a child left alone" |
*
* @param {Warning_Child_AbandonmentInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const warning_child_abandonment = /** @type {((inputs?: Warning_Child_AbandonmentInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Warning_Child_AbandonmentInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.warning_child_abandonment(inputs)
	return __en.warning_child_abandonment(inputs)
});
/**
* | output |
* | --- |
* | "the death of a parent" |
*
* @param {Warning_Death_Of_ParentInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const warning_death_of_parent = /** @type {((inputs?: Warning_Death_Of_ParentInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Warning_Death_Of_ParentInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.warning_death_of_parent(inputs)
	return __en.warning_death_of_parent(inputs)
});
/**
* | output |
* | --- |
* | "human trafficking" |
*
* @param {Warning_Human_TraffickingInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const warning_human_trafficking = /** @type {((inputs?: Warning_Human_TraffickingInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Warning_Human_TraffickingInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.warning_human_trafficking(inputs)
	return __en.warning_human_trafficking(inputs)
});
/**
* | output |
* | --- |
* | "imprisonment" |
*
* @param {Warning_ImprisonmentInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const warning_imprisonment = /** @type {((inputs?: Warning_ImprisonmentInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Warning_ImprisonmentInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.warning_imprisonment(inputs)
	return __en.warning_imprisonment(inputs)
});
/**
* | output |
* | --- |
* | "starvation" |
*
* @param {Warning_StarvationInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const warning_starvation = /** @type {((inputs?: Warning_StarvationInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Warning_StarvationInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.warning_starvation(inputs)
	return __en.warning_starvation(inputs)
});
/**
* | output |
* | --- |
* | "suicide" |
*
* @param {Warning_SuicideInputs} inputs
* @param {{ locale?: "en" | "ko" }} options
* @returns {LocalizedString}
*/
export const warning_suicide = /** @type {((inputs?: Warning_SuicideInputs, options?: { locale?: "en" | "ko" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Warning_SuicideInputs, { locale?: "en" | "ko" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ko") return __ko.warning_suicide(inputs)
	return __en.warning_suicide(inputs)
});