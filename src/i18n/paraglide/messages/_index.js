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
/** @typedef {{ name: NonNullable<unknown> }} Card_FollowInputs */
/** @typedef {{}} Card_Follow_FictionInputs */
/** @typedef {{ list: NonNullable<unknown> }} Card_MentionsInputs */
/** @typedef {{}} Corridor_LegendInputs */
/** @typedef {{}} Corridor_WordsInputs */
/** @typedef {{ decade: NonNullable<unknown> }} Date_DecadeInputs */
/** @typedef {{ date: NonNullable<unknown> }} Date_DerivedInputs */
/** @typedef {{ date: NonNullable<unknown> }} Date_EstimatedInputs */
/** @typedef {{ season: NonNullable<unknown>, year: NonNullable<unknown> }} Date_Season_YearInputs */
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
/** @typedef {{}} Map_Context_LostInputs */
/** @typedef {{}} Map_FailedInputs */
/** @typedef {{}} Map_Label_AllInputs */
/** @typedef {{ title: NonNullable<unknown> }} Map_Label_FictionInputs */
/** @typedef {{ title: NonNullable<unknown> }} Map_Label_StoryInputs */
/** @typedef {{}} Map_LoadingInputs */
/** @typedef {{}} Map_No_WebglInputs */
/** @typedef {{}} Map_No_Webgl_WhyInputs */
/** @typedef {{}} Map_Not_StartedInputs */
/** @typedef {{}} Map_RetryInputs */
/** @typedef {{}} Map_Still_WorksInputs */
/** @typedef {{}} Map_Works_WithoutInputs */
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
/** @typedef {{}} Step_Place_FromInputs */
/** @typedef {{}} Step_Place_Not_StatedInputs */
/** @typedef {{}} Step_Term_SourceInputs */
/** @typedef {{}} Step_WhenInputs */
/** @typedef {{}} Step_WhereInputs */
/** @typedef {{}} Timeline_AllInputs */
/** @typedef {{ title: NonNullable<unknown>, publisher: NonNullable<unknown> }} Timeline_From_SourceInputs */
/** @typedef {{}} Timeline_Key_EstimateInputs */
/** @typedef {{}} Timeline_Key_StatedInputs */
/** @typedef {{}} Timeline_Key_UndatedInputs */
/** @typedef {{}} Timeline_No_Date_BandInputs */
/** @typedef {{}} Timeline_No_DatesInputs */
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