/* eslint-disable */
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


export const app_region_journeys = /** @type {(inputs: App_Region_JourneysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Journeys`)
};

export const app_region_map = /** @type {(inputs: App_Region_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Map`)
};

export const app_region_story = /** @type {(inputs: App_Region_StoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Story`)
};

export const app_region_timeline = /** @type {(inputs: App_Region_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Timeline`)
};

export const app_skip = /** @type {(inputs: App_SkipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skip to the story`)
};

export const app_tagline = /** @type {(inputs: App_TaglineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Refugees’ journeys, in their own words`)
};

export const app_title = /** @type {(inputs: App_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Journey Map`)
};

export const area_band_legend = /** @type {(inputs: Area_Band_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`river crossing`)
};

export const area_halo_legend = /** @type {(inputs: Area_Halo_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`place known only roughly`)
};

export const area_river_legend = /** @type {(inputs: Area_River_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yalu and Tumen: the border`)
};

export const back_to_all = /** @type {(inputs: Back_To_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back to all journeys`)
};

export const basis_cited = /** @type {(inputs: Basis_CitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`from an outside source`)
};

export const basis_cited_legend = /** @type {(inputs: Basis_Cited_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`route from another source`)
};

export const basis_inferred = /** @type {(inputs: Basis_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`inferred from the text`)
};

export const basis_inferred_legend = /** @type {(inputs: Basis_Inferred_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`route inferred`)
};

export const basis_not_stated = /** @type {(inputs: Basis_Not_StatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`route not stated`)
};

export const basis_not_stated_legend = /** @type {(inputs: Basis_Not_Stated_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`route not stated`)
};

export const basis_stated = /** @type {(inputs: Basis_StatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`as the text says`)
};

export const basis_stated_legend = /** @type {(inputs: Basis_Stated_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`route the text states`)
};

export const brush_clear = /** @type {(inputs: Brush_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show all years`)
};

export const brush_from = /** @type {(inputs: Brush_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`From year`)
};

export const brush_keep_undated = /** @type {(inputs: Brush_Keep_UndatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keep journeys with no date shown while choosing years`)
};

export const brush_label = /** @type {(inputs: Brush_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show only journeys dated within these years`)
};

export const brush_lanes_capped = /** @type {(inputs: Brush_Lanes_CappedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.more} more journeys with dates are not drawn as lanes.`)
};

export const brush_range = /** @type {(inputs: Brush_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Years ${i?.from} to ${i?.to}`)
};

export const brush_timeline = /** @type {(inputs: Brush_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Timeline of all journeys, by the dates their texts and sources give`)
};

export const brush_to = /** @type {(inputs: Brush_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To year`)
};

export const brush_undated_band = /** @type {(inputs: Brush_Undated_BandInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No date given`)
};

export const brush_undated_capped = /** @type {(inputs: Brush_Undated_CappedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`and ${i?.more} more with no date`)
};

export const brush_undated_note = /** @type {(inputs: Brush_Undated_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`These journeys give no date: they are never placed in time`)
};

export const card_follow = /** @type {(inputs: Card_FollowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Follow ${i?.name}’s journey`)
};

export const card_follow_fiction = /** @type {(inputs: Card_Follow_FictionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Follow this fictional journey`)
};

export const card_mentions = /** @type {(inputs: Card_MentionsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Mentions ${i?.list}.`)
};

export const compare_aligned = /** @type {(inputs: Compare_AlignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Time since leaving home`)
};

export const compare_back = /** @type {(inputs: Compare_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back to all journeys`)
};

export const compare_basis = /** @type {(inputs: Compare_BasisInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Distances follow the lines drawn between places shown only roughly; they are estimates wherever a place, a leg or a date is estimated, inferred or not stated.`)
};

export const compare_borders = /** @type {(inputs: Compare_BordersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Borders crossed`)
};

export const compare_borders_at_least = /** @type {(inputs: Compare_Borders_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`at least ${i?.n}: ${i?.countries}`)
};

export const compare_borders_exact = /** @type {(inputs: Compare_Borders_ExactInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n}: ${i?.countries}`)
};

export const compare_by_country = /** @type {(inputs: Compare_By_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Distance by country`)
};

export const compare_caption = /** @type {(inputs: Compare_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Figures for each journey, measured along the lines the map draws`)
};

export const compare_described = /** @type {(inputs: Compare_DescribedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Distance along the legs the text or a source describes`)
};

export const compare_distance = /** @type {(inputs: Compare_DistanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Distance on the map`)
};

export const compare_duration = /** @type {(inputs: Compare_DurationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Known duration`)
};

export const compare_estimate = /** @type {(inputs: Compare_EstimateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`estimate`)
};

export const compare_figure = /** @type {(inputs: Compare_FigureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Figure`)
};

export const compare_first = /** @type {(inputs: Compare_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`First journey`)
};

export const compare_go = /** @type {(inputs: Compare_GoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compare`)
};

export const compare_heading = /** @type {(inputs: Compare_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Comparing ${i?.a} and ${i?.b}`)
};

export const compare_km = /** @type {(inputs: Compare_KmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.km} km (${i?.mi} mi)`)
};

export const compare_link = /** @type {(inputs: Compare_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compare`)
};

export const compare_none_described = /** @type {(inputs: Compare_None_DescribedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not known: no leg’s way is described`)
};

export const compare_not_aligned = /** @type {(inputs: Compare_Not_AlignedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}’s text gives no dates, so the two journeys cannot be lined up by time since leaving home.`)
};

export const compare_not_known = /** @type {(inputs: Compare_Not_KnownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not known`)
};

export const compare_open = /** @type {(inputs: Compare_OpenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Open ${i?.name}’s story`)
};

export const compare_pick = /** @type {(inputs: Compare_PickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compare two journeys`)
};

export const compare_sea = /** @type {(inputs: Compare_SeaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`over sea, outside any country`)
};

export const compare_second = /** @type {(inputs: Compare_SecondInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Second journey`)
};

export const compare_since = /** @type {(inputs: Compare_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.years} years after leaving: step ${i?.step}`)
};

export const compare_total = /** @type {(inputs: Compare_TotalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Total distance`)
};

export const compare_total_not_known = /** @type {(inputs: Compare_Total_Not_KnownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`not known: the way is not stated to step ${i?.steps}`)
};

export const compare_unknown = /** @type {(inputs: Compare_UnknownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`There is no journey called “${i?.id}” to compare.`)
};

export const compare_year_one = /** @type {(inputs: Compare_Year_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`about 1 year (${i?.from} to ${i?.to})`)
};

export const compare_years = /** @type {(inputs: Compare_YearsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`about ${i?.n} years (${i?.from} to ${i?.to})`)
};

export const context_col_count = /** @type {(inputs: Context_Col_CountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arrivals`)
};

export const context_col_source = /** @type {(inputs: Context_Col_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reported by`)
};

export const context_col_year = /** @type {(inputs: Context_Col_YearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Year`)
};

export const context_gaps = /** @type {(inputs: Context_GapsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Years with no sourced figure have no bar.`)
};

export const context_label = /** @type {(inputs: Context_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`North Koreans arriving in South Korea, by year`)
};

export const context_source = /** @type {(inputs: Context_SourceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Source: ${i?.publisher}, as reported by ${i?.reporters}`)
};

export const context_toggle = /** @type {(inputs: Context_ToggleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show North Koreans arriving in South Korea each year`)
};

export const corridor_legend = /** @type {(inputs: Corridor_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`typical route (generic)`)
};

export const corridor_words = /** @type {(inputs: Corridor_WordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a typical route`)
};

export const date_decade = /** @type {(inputs: Date_DecadeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the ${i?.decade}s`)
};

export const date_derived = /** @type {(inputs: Date_DerivedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.date} (worked out from the text)`)
};

export const date_estimated = /** @type {(inputs: Date_EstimatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`about ${i?.date} (estimate)`)
};

export const date_season_year = /** @type {(inputs: Date_Season_YearInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.season} ${i?.year}`)
};

export const dest_europe = /** @type {(inputs: Dest_EuropeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Europe`)
};

export const dest_kr = /** @type {(inputs: Dest_KrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`South Korea`)
};

export const dest_not_stated = /** @type {(inputs: Dest_Not_StatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not stated`)
};

export const dest_us = /** @type {(inputs: Dest_UsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`United States`)
};

export const dev_errors_one = /** @type {(inputs: Dev_Errors_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The story files have 1 error`)
};

export const dev_errors_other = /** @type {(inputs: Dev_Errors_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The story files have ${i?.count} errors`)
};

export const dev_fix = /** @type {(inputs: Dev_FixInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fix them and save: the page reloads by itself. Until then you see the last valid version.`)
};

export const dev_hide = /** @type {(inputs: Dev_HideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hide until the next change`)
};

export const embed_credit = /** @type {(inputs: Embed_CreditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stories published by Liberty in North Korea (LiNK)`)
};

export const embed_cta_region = /** @type {(inputs: Embed_Cta_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What you can do`)
};

export const embed_fiction = /** @type {(inputs: Embed_FictionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fiction`)
};

export const embed_overview_summary = /** @type {(inputs: Embed_Overview_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Refugees’ journeys, in their own words. Start to choose one.`)
};

export const embed_poster_fiction = /** @type {(inputs: Embed_Poster_FictionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Purple: ${i?.names}, fiction`)
};

export const embed_poster_map = /** @type {(inputs: Embed_Poster_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Route of the journey on a simple map`)
};

export const embed_poster_map_all = /** @type {(inputs: Embed_Poster_Map_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Routes of all journeys on a simple map`)
};

export const embed_route_words = /** @type {(inputs: Embed_Route_WordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Route in words`)
};

export const embed_start = /** @type {(inputs: Embed_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Start`)
};

export const embed_start_label = /** @type {(inputs: Embed_Start_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Start the interactive map: ${i?.title}`)
};

export const embed_unknown_story = /** @type {(inputs: Embed_Unknown_StoryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`There is no journey called “${i?.id}”. Start to see all journeys.`)
};

export const embed_warning_note = /** @type {(inputs: Embed_Warning_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This story has passages with content warnings; they stay hidden until you choose to see them.`)
};

export const explore_clear = /** @type {(inputs: Explore_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clear filters`)
};

export const explore_col_from = /** @type {(inputs: Explore_Col_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`From`)
};

export const explore_col_name = /** @type {(inputs: Explore_Col_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name`)
};

export const explore_col_steps = /** @type {(inputs: Explore_Col_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steps`)
};

export const explore_col_to = /** @type {(inputs: Explore_Col_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To`)
};

export const explore_col_warnings = /** @type {(inputs: Explore_Col_WarningsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mentions`)
};

export const explore_col_years = /** @type {(inputs: Explore_Col_YearsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Years`)
};

export const explore_corridor = /** @type {(inputs: Explore_CorridorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show the typical route (a generic corridor, not anyone’s stated route)`)
};

export const explore_count = /** @type {(inputs: Explore_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Showing ${i?.shown} of ${i?.total} journeys`)
};

export const explore_dest = /** @type {(inputs: Explore_DestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where the journey ends on the map`)
};

export const explore_destination_key = /** @type {(inputs: Explore_Destination_KeyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Colour: where the journey ends on the map`)
};

export const explore_empty = /** @type {(inputs: Explore_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No journey matches these filters.`)
};

export const explore_era = /** @type {(inputs: Explore_EraInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Decade of leaving home`)
};

export const explore_era_estimate = /** @type {(inputs: Explore_Era_EstimateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.decade} (estimate)`)
};

export const explore_era_undated = /** @type {(inputs: Explore_Era_UndatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No date given`)
};

export const explore_estimate = /** @type {(inputs: Explore_EstimateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`estimate`)
};

export const explore_fiction = /** @type {(inputs: Explore_FictionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Include fiction`)
};

export const explore_fiction_tag = /** @type {(inputs: Explore_Fiction_TagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fiction`)
};

export const explore_filters = /** @type {(inputs: Explore_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filters`)
};

export const explore_heading = /** @type {(inputs: Explore_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Explore every journey`)
};

export const explore_hide = /** @type {(inputs: Explore_HideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hide journeys that mention…`)
};

export const explore_layers = /** @type {(inputs: Explore_LayersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Map layers`)
};

export const explore_no_date = /** @type {(inputs: Explore_No_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no date given`)
};

export const explore_none = /** @type {(inputs: Explore_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none`)
};

export const explore_not_stated = /** @type {(inputs: Explore_Not_StatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not stated`)
};

export const explore_open = /** @type {(inputs: Explore_OpenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Open ${i?.name}’s story`)
};

export const explore_rows_capped = /** @type {(inputs: Explore_Rows_CappedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The first ${i?.shown} of ${i?.total} rows are listed; use the filters to narrow the list.`)
};

export const explore_stated = /** @type {(inputs: Explore_StatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only journeys whose every leg the text states`)
};

export const explore_table_caption = /** @type {(inputs: Explore_Table_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Journeys shown: the map in words`)
};

export const fiction_legend = /** @type {(inputs: Fiction_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fiction`)
};

export const fiction_suffix = /** @type {(inputs: Fiction_SuffixInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(fiction)`)
};

export const fiction_words = /** @type {(inputs: Fiction_WordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fiction`)
};

export const gate_heading = /** @type {(inputs: Gate_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Content warning:`)
};

export const gate_label = /** @type {(inputs: Gate_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Content warning`)
};

export const gate_mentions = /** @type {(inputs: Gate_MentionsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`this part mentions ${i?.list}.`)
};

export const gate_show = /** @type {(inputs: Gate_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show this part`)
};

export const gate_skip = /** @type {(inputs: Gate_SkipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skip to the next step`)
};

export const header_back = /** @type {(inputs: Header_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All journeys`)
};

export const header_language = /** @type {(inputs: Header_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Language`)
};

export const header_next = /** @type {(inputs: Header_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Next`)
};

export const header_previous = /** @type {(inputs: Header_PreviousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Previous`)
};

export const header_steps = /** @type {(inputs: Header_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steps`)
};

export const intro_about = /** @type {(inputs: Intro_AboutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`About this story: sources, consent and corrections`)
};

export const intro_consent = /** @type {(inputs: Intro_ConsentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Consent:`)
};

export const intro_corrections = /** @type {(inputs: Intro_CorrectionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Corrections:`)
};

export const intro_fiction = /** @type {(inputs: Intro_FictionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This journey is from a novel and a film. It is not one real person’s story, though it draws on real lives.`)
};

export const intro_hidden = /** @type {(inputs: Intro_HiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passages about them are hidden until you choose to show them.`)
};

export const intro_mentions = /** @type {(inputs: Intro_MentionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This story mentions`)
};

export const intro_quotes_from = /** @type {(inputs: Intro_Quotes_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quotes are from`)
};

export const intro_removal = /** @type {(inputs: Intro_RemovalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To ask for a correction or removal:`)
};

export const intro_show_all = /** @type {(inputs: Intro_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show all passages in this story`)
};

export const intro_summary_note = /** @type {(inputs: Intro_Summary_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(Summary in our words.)`)
};

export const intro_warnings_label = /** @type {(inputs: Intro_Warnings_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Content warnings for this story`)
};

export const legend_title = /** @type {(inputs: Legend_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Key`)
};

export const map_basemap_credit = /** @type {(inputs: Map_Basemap_CreditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Basemap: Natural Earth (public domain)`)
};

export const map_context_lost = /** @type {(inputs: Map_Context_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The map stopped drawing because the graphics system was reset.`)
};

export const map_data_failed = /** @type {(inputs: Map_Data_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The map’s journey data could not be loaded (${i?.status}).`)
};

export const map_failed = /** @type {(inputs: Map_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The map didn’t load.`)
};

export const map_hangul_missing = /** @type {(inputs: Map_Hangul_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Korean letters could not be loaded, so the map names places in English.`)
};

export const map_label_all = /** @type {(inputs: Map_Label_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Map of all journeys`)
};

export const map_label_fiction = /** @type {(inputs: Map_Label_FictionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Map of the fictional journey: ${i?.title}`)
};

export const map_label_story = /** @type {(inputs: Map_Label_StoryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Map of journey: ${i?.title}`)
};

export const map_loading = /** @type {(inputs: Map_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading the map…`)
};

export const map_no_basemap = /** @type {(inputs: Map_No_BasemapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The basemap didn’t load, so the routes are shown on a plain background.`)
};

export const map_no_webgl = /** @type {(inputs: Map_No_WebglInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The map can’t be shown in this browser`)
};

export const map_no_webgl_why = /** @type {(inputs: Map_No_Webgl_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, because WebGL is turned off or not available.`)
};

export const map_not_started = /** @type {(inputs: Map_Not_StartedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The map could not be started.`)
};

export const map_reset_view = /** @type {(inputs: Map_Reset_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show the whole step again`)
};

export const map_retry = /** @type {(inputs: Map_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try the map again`)
};

export const map_retry_basemap = /** @type {(inputs: Map_Retry_BasemapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try the basemap again`)
};

export const map_simpler = /** @type {(inputs: Map_SimplerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This is a simpler map`)
};

export const map_still_works = /** @type {(inputs: Map_Still_WorksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The story and the timeline still work; the route is described in words below.`)
};

export const map_svg_keys = /** @type {(inputs: Map_Svg_KeysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drag or use Shift and the arrow keys to pan, + and − to zoom.`)
};

export const map_toggle_attribution = /** @type {(inputs: Map_Toggle_AttributionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show or hide the map’s sources`)
};

export const map_why_context_lost = /** @type {(inputs: Map_Why_Context_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`because the graphics system was reset.`)
};

export const map_why_gpu = /** @type {(inputs: Map_Why_GpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`because this browser could not start its graphics for the full map.`)
};

export const map_why_no_webgl = /** @type {(inputs: Map_Why_No_WebglInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`because this browser has WebGL turned off or not available.`)
};

export const map_why_worker = /** @type {(inputs: Map_Why_WorkerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`because part of the full map could not start.`)
};

export const map_works_without = /** @type {(inputs: Map_Works_WithoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The story and the timeline work without it; the route is described in words below.`)
};

export const map_zoom_in = /** @type {(inputs: Map_Zoom_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zoom in`)
};

export const map_zoom_out = /** @type {(inputs: Map_Zoom_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zoom out`)
};

export const mode_air = /** @type {(inputs: Mode_AirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`by air`)
};

export const mode_air_legend = /** @type {(inputs: Mode_Air_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`flight`)
};

export const mode_bus = /** @type {(inputs: Mode_BusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`by bus`)
};

export const mode_car = /** @type {(inputs: Mode_CarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`by car`)
};

export const mode_foot = /** @type {(inputs: Mode_FootInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`on foot`)
};

export const mode_river = /** @type {(inputs: Mode_RiverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`across a river`)
};

export const mode_train = /** @type {(inputs: Mode_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`by train`)
};

export const mode_unknown = /** @type {(inputs: Mode_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`means not stated`)
};

export const name_fictional = /** @type {(inputs: Name_FictionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a fictional character`)
};

export const name_first_name = /** @type {(inputs: Name_First_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`first name as published`)
};

export const name_pseudonym = /** @type {(inputs: Name_PseudonymInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a pseudonym`)
};

export const name_public = /** @type {(inputs: Name_PublicInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`public name`)
};

export const not_translated = /** @type {(inputs: Not_TranslatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(not translated)`)
};

export const notfound_heading = /** @type {(inputs: Notfound_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`There is no journey called “${i?.id}”`)
};

export const notfound_list = /** @type {(inputs: Notfound_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`These are the journeys here:`)
};

export const notfound_see_all = /** @type {(inputs: Notfound_See_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`See all journeys`)
};

export const notfound_why = /** @type {(inputs: Notfound_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The link may be mistyped, or the story may have been removed at the request of the person it belongs to.`)
};

export const overview_heading = /** @type {(inputs: Overview_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} journeys, in their own words`)
};

export const overview_lead = /** @type {(inputs: Overview_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`North Korean refugees’ journeys, as published by Liberty in North Korea (LiNK). Choose one to follow it step by step. Places are shown only roughly, to protect the people in them.`)
};

export const panel_end = /** @type {(inputs: Panel_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`End of the journey as the text tells it.`)
};

export const panel_steps = /** @type {(inputs: Panel_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steps of the journey`)
};

export const precision_city = /** @type {(inputs: Precision_CityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`town or city, shown to about 10 km`)
};

export const precision_country = /** @type {(inputs: Precision_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`somewhere in this country`)
};

export const precision_exact = /** @type {(inputs: Precision_ExactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`exact place (a public institution)`)
};

export const precision_province = /** @type {(inputs: Precision_ProvinceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`province or region`)
};

export const precision_river = /** @type {(inputs: Precision_RiverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`somewhere along this river`)
};

export const precision_state = /** @type {(inputs: Precision_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`state`)
};

export const present_about_places = /** @type {(inputs: Present_About_PlacesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Places are shown only as precisely as the text gives them, and never finer than a town in North Korea or China. “Not stated” means the text does not say; nothing is guessed.`)
};

export const present_age = /** @type {(inputs: Present_AgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Age guidance`)
};

export const present_back_to_app = /** @type {(inputs: Present_Back_To_AppInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back to the journey`)
};

export const present_blanked = /** @type {(inputs: Present_BlankedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The screen is blanked. Press B to bring it back.`)
};

export const present_button = /** @type {(inputs: Present_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Present`)
};

export const present_clock = /** @type {(inputs: Present_ClockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Time`)
};

export const present_contains = /** @type {(inputs: Present_ContainsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What it contains`)
};

export const present_elapsed = /** @type {(inputs: Present_ElapsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elapsed`)
};

export const present_faster = /** @type {(inputs: Present_FasterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Faster (+)`)
};

export const present_fiction_note = /** @type {(inputs: Present_Fiction_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This story is fiction, from a novel and a film.`)
};

export const present_fullscreen = /** @type {(inputs: Present_FullscreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Full screen (F)`)
};

export const present_gate_hint = /** @type {(inputs: Present_Gate_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter or S shows it; → or Page Down skips it.`)
};

export const present_gate_text = /** @type {(inputs: Present_Gate_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The next part mentions ${i?.what}.`)
};

export const present_glossary = /** @type {(inputs: Present_GlossaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Words on this step (G)`)
};

export const present_handout = /** @type {(inputs: Present_HandoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Print handout`)
};

export const present_hint = /** @type {(inputs: Present_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Present this journey full screen, for a projector`)
};

export const present_jump_to = /** @type {(inputs: Present_Jump_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Go to step ${i?.n}, then Enter`)
};

export const present_last = /** @type {(inputs: Present_LastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This is the last step.`)
};

export const present_leave = /** @type {(inputs: Present_LeaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave (Esc)`)
};

export const present_length = /** @type {(inputs: Present_LengthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Length`)
};

export const present_lesson = /** @type {(inputs: Present_LessonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prepare a lesson`)
};

export const present_lesson_intro = /** @type {(inputs: Present_Lesson_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Each journey with what you need to choose and prepare it: what it contains, age guidance, content warnings, how long it takes, questions for the class and the words it uses.`)
};

export const present_linked = /** @type {(inputs: Present_LinkedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Linked to the audience window.`)
};

export const present_map_failed = /** @type {(inputs: Present_Map_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The map could not be drawn; the route in words below gives every place.`)
};

export const present_no_channel = /** @type {(inputs: Present_No_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This browser cannot link two windows (no BroadcastChannel): this view will not follow the audience window.`)
};

export const present_no_date = /** @type {(inputs: Present_No_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no date in the text`)
};

export const present_no_notes = /** @type {(inputs: Present_No_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No notes for this step.`)
};

export const present_no_terms = /** @type {(inputs: Present_No_TermsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No glossary words on this step.`)
};

export const present_none = /** @type {(inputs: Present_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none`)
};

export const present_not_stated = /** @type {(inputs: Present_Not_StatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Place not stated in the text`)
};

export const present_notes = /** @type {(inputs: Present_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Speaker notes`)
};

export const present_now = /** @type {(inputs: Present_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Now`)
};

export const present_pace = /** @type {(inputs: Present_PaceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.s} s a step`)
};

export const present_pause = /** @type {(inputs: Present_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause (A)`)
};

export const present_play = /** @type {(inputs: Present_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play (A)`)
};

export const present_presenter_view = /** @type {(inputs: Present_Presenter_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Presenter view (P)`)
};

export const present_print = /** @type {(inputs: Present_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Print`)
};

export const present_questions = /** @type {(inputs: Present_QuestionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Questions for the class`)
};

export const present_read_aloud = /** @type {(inputs: Present_Read_AloudInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.steps} steps; about ${i?.minutes} min to read the excerpts aloud (an estimate from their length)`)
};

export const present_reset = /** @type {(inputs: Present_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reset timer`)
};

export const present_route = /** @type {(inputs: Present_RouteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The route in words`)
};

export const present_route_map = /** @type {(inputs: Present_Route_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The route on the map`)
};

export const present_show = /** @type {(inputs: Present_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show this part (S)`)
};

export const present_skip = /** @type {(inputs: Present_SkipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skip it (→)`)
};

export const present_slower = /** @type {(inputs: Present_SlowerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slower (−)`)
};

export const present_source = /** @type {(inputs: Present_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Source`)
};

export const present_step = /** @type {(inputs: Present_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Step`)
};

export const present_steps = /** @type {(inputs: Present_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The journey, step by step`)
};

export const present_terms = /** @type {(inputs: Present_TermsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Words used`)
};

export const present_this = /** @type {(inputs: Present_ThisInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Present this`)
};

export const present_timeline = /** @type {(inputs: Present_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When and where`)
};

export const present_toolbar = /** @type {(inputs: Present_ToolbarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Presenter`)
};

export const present_warnings = /** @type {(inputs: Present_WarningsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Content warnings`)
};

export const present_when = /** @type {(inputs: Present_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When`)
};

export const present_where = /** @type {(inputs: Present_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where`)
};

export const present_withheld = /** @type {(inputs: Present_WithheldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A passage with a content warning, not printed.`)
};

export const problem_body = /** @type {(inputs: Problem_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The stories are safe; this view hit a problem it could not recover from.`)
};

export const problem_heading = /** @type {(inputs: Problem_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something went wrong showing this page`)
};

export const problem_retry = /** @type {(inputs: Problem_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try again`)
};

export const quote_hidden = /** @type {(inputs: Quote_HiddenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A passage about ${i?.list} is hidden.`)
};

export const route_across = /** @type {(inputs: Route_AcrossInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`across ${i?.river}`)
};

export const route_across_into = /** @type {(inputs: Route_Across_IntoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`across ${i?.river} into ${i?.country}`)
};

export const route_basis_cited = /** @type {(inputs: Route_Basis_CitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(route from an outside source)`)
};

export const route_basis_inferred = /** @type {(inputs: Route_Basis_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(route inferred)`)
};

export const route_basis_not_stated = /** @type {(inputs: Route_Basis_Not_StatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(route not stated)`)
};

export const route_elsewhere_in = /** @type {(inputs: Route_Elsewhere_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`then elsewhere in ${i?.country}`)
};

export const route_fiction = /** @type {(inputs: Route_FictionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fiction. ${i?.text}`)
};

export const route_from = /** @type {(inputs: Route_FromInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`From ${i?.place}`)
};

export const route_from_across = /** @type {(inputs: Route_From_AcrossInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`From ${i?.place}, ${i?.across}`)
};

export const route_note = /** @type {(inputs: Route_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Places are shown only roughly: to about 10 km for towns, and never finer than 0.1° in North Korea or China.`)
};

export const route_now = /** @type {(inputs: Route_NowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Now at step ${i?.n} of ${i?.total}: ${i?.place}.`)
};

export const route_now_unknown = /** @type {(inputs: Route_Now_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a place the text does not state`)
};

export const route_place_in_country = /** @type {(inputs: Route_Place_In_CountryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place}, ${i?.country}`)
};

export const route_place_inferred = /** @type {(inputs: Route_Place_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(inferred)`)
};

export const route_river = /** @type {(inputs: Route_RiverInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the ${i?.river}`)
};

export const route_separator = /** @type {(inputs: Route_SeparatorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`; `)
};

export const route_time_in = /** @type {(inputs: Route_Time_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.said} in ${i?.country}`)
};

export const route_title = /** @type {(inputs: Route_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Route in words`)
};

export const route_to = /** @type {(inputs: Route_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`then to ${i?.place}`)
};

export const route_to_by = /** @type {(inputs: Route_To_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`then to ${i?.place} ${i?.mode}`)
};

export const route_unknown = /** @type {(inputs: Route_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`then somewhere the text does not state`)
};

export const route_unknown_said = /** @type {(inputs: Route_Unknown_SaidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`then somewhere the text does not state (${i?.said})`)
};

export const route_via = /** @type {(inputs: Route_ViaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`then to ${i?.from} (route not stated), and to ${i?.place}`)
};

export const route_via_by = /** @type {(inputs: Route_Via_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`then to ${i?.from} (route not stated), and ${i?.mode} to ${i?.place}`)
};

export const season_autumn = /** @type {(inputs: Season_AutumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`autumn`)
};

export const season_spring = /** @type {(inputs: Season_SpringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`spring`)
};

export const season_summer = /** @type {(inputs: Season_SummerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`summer`)
};

export const season_winter = /** @type {(inputs: Season_WinterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`winter`)
};

export const share_button = /** @type {(inputs: Share_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Share`)
};

export const share_close = /** @type {(inputs: Share_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Close`)
};

export const share_controls = /** @type {(inputs: Share_ControlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Controls`)
};

export const share_controls_full = /** @type {(inputs: Share_Controls_FullInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Full`)
};

export const share_controls_minimal = /** @type {(inputs: Share_Controls_MinimalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Map and story only`)
};

export const share_copied = /** @type {(inputs: Share_CopiedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Copied: ${i?.what}`)
};

export const share_copy = /** @type {(inputs: Share_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy`)
};

export const share_copy_failed = /** @type {(inputs: Share_Copy_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Could not copy. The text is selected: press Ctrl+C or ⌘C.`)
};

export const share_copy_named = /** @type {(inputs: Share_Copy_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Copy: ${i?.what}`)
};

export const share_element = /** @type {(inputs: Share_ElementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Embed as an element`)
};

export const share_frame_title = /** @type {(inputs: Share_Frame_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title}: map, timeline and story`)
};

export const share_iframe = /** @type {(inputs: Share_IframeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Embed with an iframe`)
};

export const share_intro = /** @type {(inputs: Share_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Each link and snippet opens at the journey, step and language on screen now.`)
};

export const share_link = /** @type {(inputs: Share_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Link to this view`)
};

export const share_preview = /** @type {(inputs: Share_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preview of the embed`)
};

export const share_theme = /** @type {(inputs: Share_ThemeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Theme`)
};

export const share_theme_dark = /** @type {(inputs: Share_Theme_DarkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dark`)
};

export const share_theme_light = /** @type {(inputs: Share_Theme_LightInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Light`)
};

export const share_title = /** @type {(inputs: Share_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Share or embed this view`)
};

export const step_context = /** @type {(inputs: Step_ContextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Context, not a quote:`)
};

export const step_count = /** @type {(inputs: Step_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Step ${i?.n} of ${i?.total}`)
};

export const step_date_from = /** @type {(inputs: Step_Date_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Date from an outside source:`)
};

export const step_glossary = /** @type {(inputs: Step_GlossaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Words explained`)
};

export const step_how = /** @type {(inputs: Step_HowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How`)
};

export const step_inferred = /** @type {(inputs: Step_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`inferred`)
};

export const step_no_date = /** @type {(inputs: Step_No_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No date in the text`)
};

export const step_notice = /** @type {(inputs: Step_NoticeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This link names a step this journey does not have (step=${i?.asked}), so it opens at the nearest one: step ${i?.n} of ${i?.total}.`)
};

export const step_notice_first = /** @type {(inputs: Step_Notice_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Start from the first step`)
};

export const step_notice_ok = /** @type {(inputs: Step_Notice_OkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`OK`)
};

export const step_place_from = /** @type {(inputs: Step_Place_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Place from:`)
};

export const step_place_not_stated = /** @type {(inputs: Step_Place_Not_StatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not stated in the text`)
};

export const step_term_source = /** @type {(inputs: Step_Term_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Source:`)
};

export const step_when = /** @type {(inputs: Step_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When`)
};

export const step_where = /** @type {(inputs: Step_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where`)
};

export const synthetic_failed = /** @type {(inputs: Synthetic_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The synthetic journeys could not be loaded (${i?.status}).`)
};

export const synthetic_missing = /** @type {(inputs: Synthetic_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This build has no synthetic journeys: build it with \`npm run synth\` and \`npm run build:synthetic\`.`)
};

export const synthetic_note = /** @type {(inputs: Synthetic_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Synthetic journeys: generated for demonstrations and the bench. None is a real person’s story.`)
};

export const synthetic_tag = /** @type {(inputs: Synthetic_TagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`synthetic`)
};

export const timeline_all = /** @type {(inputs: Timeline_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Timeline of all journeys: choose a journey to follow it`)
};

export const timeline_band_order = /** @type {(inputs: Timeline_Band_OrderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`placed in story order, not by date`)
};

export const timeline_choose = /** @type {(inputs: Timeline_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a journey to follow it step by step`)
};

export const timeline_from_source = /** @type {(inputs: Timeline_From_SourceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`from ${i?.title}, ${i?.publisher}`)
};

export const timeline_key_estimate = /** @type {(inputs: Timeline_Key_EstimateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`estimate`)
};

export const timeline_key_stated = /** @type {(inputs: Timeline_Key_StatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`date stated`)
};

export const timeline_key_undated = /** @type {(inputs: Timeline_Key_UndatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no date in the text`)
};

export const timeline_no_date_band = /** @type {(inputs: Timeline_No_Date_BandInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No date given`)
};

export const timeline_no_dates = /** @type {(inputs: Timeline_No_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The text gives no dates`)
};

export const timeline_no_dates_in = /** @type {(inputs: Timeline_No_Dates_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No dates in ${i?.name}’s story: its steps are in the band below`)
};

export const timeline_step = /** @type {(inputs: Timeline_StepInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Step ${i?.n} of ${i?.total}: ${i?.heading}`)
};

export const timeline_story = /** @type {(inputs: Timeline_StoryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Timeline of ${i?.name}’s journey`)
};

export const warning_child_abandonment = /** @type {(inputs: Warning_Child_AbandonmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a child left alone`)
};

export const warning_death_of_parent = /** @type {(inputs: Warning_Death_Of_ParentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the death of a parent`)
};

export const warning_human_trafficking = /** @type {(inputs: Warning_Human_TraffickingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`human trafficking`)
};

export const warning_imprisonment = /** @type {(inputs: Warning_ImprisonmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`imprisonment`)
};

export const warning_starvation = /** @type {(inputs: Warning_StarvationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`starvation`)
};

export const warning_suicide = /** @type {(inputs: Warning_SuicideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`suicide`)
};