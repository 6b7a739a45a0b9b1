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
	return /** @type {LocalizedString} */ (`여정 목록`)
};

export const app_region_map = /** @type {(inputs: App_Region_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`지도`)
};

export const app_region_story = /** @type {(inputs: App_Region_StoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이야기`)
};

export const app_region_timeline = /** @type {(inputs: App_Region_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`타임라인`)
};

export const app_skip = /** @type {(inputs: App_SkipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이야기로 바로 가기`)
};

export const app_tagline = /** @type {(inputs: App_TaglineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`난민의 여정, 그들 자신의 말로`)
};

export const app_title = /** @type {(inputs: App_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`여정 지도`)
};

export const area_band_legend = /** @type {(inputs: Area_Band_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`강을 건넌 곳`)
};

export const area_halo_legend = /** @type {(inputs: Area_Halo_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`대략만 알려진 곳`)
};

export const area_river_legend = /** @type {(inputs: Area_River_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`압록강과 두만강: 국경`)
};

export const back_to_all = /** @type {(inputs: Back_To_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`모든 여정으로 돌아가기`)
};

export const basis_cited = /** @type {(inputs: Basis_CitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`다른 자료에 따름`)
};

export const basis_cited_legend = /** @type {(inputs: Basis_Cited_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`다른 자료의 경로`)
};

export const basis_inferred = /** @type {(inputs: Basis_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`글에서 추론함`)
};

export const basis_inferred_legend = /** @type {(inputs: Basis_Inferred_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`추론한 경로`)
};

export const basis_not_stated = /** @type {(inputs: Basis_Not_StatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`경로는 나오지 않음`)
};

export const basis_not_stated_legend = /** @type {(inputs: Basis_Not_Stated_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`경로는 나오지 않음`)
};

export const basis_stated = /** @type {(inputs: Basis_StatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`글에 나온 대로`)
};

export const basis_stated_legend = /** @type {(inputs: Basis_Stated_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`글에 나온 경로`)
};

export const brush_clear = /** @type {(inputs: Brush_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`모든 연도 보기`)
};

export const brush_from = /** @type {(inputs: Brush_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`시작 연도`)
};

export const brush_keep_undated = /** @type {(inputs: Brush_Keep_UndatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`연도를 고를 때 날짜 없는 여정도 보이기`)
};

export const brush_label = /** @type {(inputs: Brush_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 기간에 날짜가 있는 여정만 보기`)
};

export const brush_lanes_capped = /** @type {(inputs: Brush_Lanes_CappedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`날짜가 있는 여정 ${i?.more}개는 줄로 그리지 않았습니다.`)
};

export const brush_range = /** @type {(inputs: Brush_RangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from}년부터 ${i?.to}년까지`)
};

export const brush_timeline = /** @type {(inputs: Brush_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`모든 여정의 시간표(글과 출처의 날짜 기준)`)
};

export const brush_to = /** @type {(inputs: Brush_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`끝 연도`)
};

export const brush_undated_band = /** @type {(inputs: Brush_Undated_BandInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`날짜 없음`)
};

export const brush_undated_capped = /** @type {(inputs: Brush_Undated_CappedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`날짜 없는 여정 ${i?.more}개 더`)
};

export const brush_undated_note = /** @type {(inputs: Brush_Undated_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 여정들은 날짜가 없어 시간 위에 놓지 않습니다`)
};

export const card_follow = /** @type {(inputs: Card_FollowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}의 여정 따라가기`)
};

export const card_follow_fiction = /** @type {(inputs: Card_Follow_FictionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 소설 속 여정 따라가기`)
};

export const card_mentions = /** @type {(inputs: Card_MentionsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`다루는 내용: ${i?.list}.`)
};

export const compare_aligned = /** @type {(inputs: Compare_AlignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`고향을 떠난 뒤 지난 시간`)
};

export const compare_back = /** @type {(inputs: Compare_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`모든 여정으로 돌아가기`)
};

export const compare_basis = /** @type {(inputs: Compare_BasisInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`거리는 대략적으로만 표시한 장소 사이의 선을 따라 잰 것이며, 장소·구간·날짜가 추정이거나 밝혀지지 않은 경우 추정치입니다.`)
};

export const compare_borders = /** @type {(inputs: Compare_BordersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`넘은 국경`)
};

export const compare_borders_at_least = /** @type {(inputs: Compare_Borders_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`최소 ${i?.n}개: ${i?.countries}`)
};

export const compare_borders_exact = /** @type {(inputs: Compare_Borders_ExactInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n}개: ${i?.countries}`)
};

export const compare_by_country = /** @type {(inputs: Compare_By_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`나라별 거리`)
};

export const compare_caption = /** @type {(inputs: Compare_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`지도에 그린 선을 따라 잰 여정별 수치`)
};

export const compare_described = /** @type {(inputs: Compare_DescribedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`글이나 출처가 설명하는 구간의 거리`)
};

export const compare_distance = /** @type {(inputs: Compare_DistanceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`지도상 거리`)
};

export const compare_duration = /** @type {(inputs: Compare_DurationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`알려진 기간`)
};

export const compare_estimate = /** @type {(inputs: Compare_EstimateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`추정`)
};

export const compare_figure = /** @type {(inputs: Compare_FigureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`항목`)
};

export const compare_first = /** @type {(inputs: Compare_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`첫 번째 여정`)
};

export const compare_go = /** @type {(inputs: Compare_GoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`비교`)
};

export const compare_heading = /** @type {(inputs: Compare_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.a}와 ${i?.b} 비교`)
};

export const compare_km = /** @type {(inputs: Compare_KmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.km}km(${i?.mi}마일)`)
};

export const compare_link = /** @type {(inputs: Compare_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`비교`)
};

export const compare_none_described = /** @type {(inputs: Compare_None_DescribedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`알 수 없음: 설명된 구간이 없음`)
};

export const compare_not_aligned = /** @type {(inputs: Compare_Not_AlignedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}의 글에는 날짜가 없어 떠난 뒤의 시간으로 두 여정을 맞출 수 없습니다.`)
};

export const compare_not_known = /** @type {(inputs: Compare_Not_KnownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`알 수 없음`)
};

export const compare_open = /** @type {(inputs: Compare_OpenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}의 이야기 열기`)
};

export const compare_pick = /** @type {(inputs: Compare_PickInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`두 여정 비교하기`)
};

export const compare_sea = /** @type {(inputs: Compare_SeaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`바다 위, 어느 나라도 아님`)
};

export const compare_second = /** @type {(inputs: Compare_SecondInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`두 번째 여정`)
};

export const compare_since = /** @type {(inputs: Compare_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`떠난 지 ${i?.years}년: ${i?.step}단계`)
};

export const compare_total = /** @type {(inputs: Compare_TotalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`전체 거리`)
};

export const compare_total_not_known = /** @type {(inputs: Compare_Total_Not_KnownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`알 수 없음: ${i?.steps}단계까지의 경로를 밝히지 않음`)
};

export const compare_unknown = /** @type {(inputs: Compare_UnknownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`비교할 “${i?.id}” 여정이 없습니다.`)
};

export const compare_year_one = /** @type {(inputs: Compare_Year_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`약 1년(${i?.from}~${i?.to})`)
};

export const compare_years = /** @type {(inputs: Compare_YearsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`약 ${i?.n}년(${i?.from}~${i?.to})`)
};

export const context_col_count = /** @type {(inputs: Context_Col_CountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`입국자 수`)
};

export const context_col_source = /** @type {(inputs: Context_Col_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`보도`)
};

export const context_col_year = /** @type {(inputs: Context_Col_YearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`연도`)
};

export const context_gaps = /** @type {(inputs: Context_GapsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`출처가 확인된 수치가 없는 해에는 막대가 없습니다.`)
};

export const context_label = /** @type {(inputs: Context_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`연도별 한국 입국 북한 주민 수`)
};

export const context_source = /** @type {(inputs: Context_SourceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`출처: ${i?.publisher}(${i?.reporters} 보도)`)
};

export const context_toggle = /** @type {(inputs: Context_ToggleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`해마다 한국에 입국한 북한 주민 수 보기`)
};

export const corridor_legend = /** @type {(inputs: Corridor_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`전형적인 경로(일반)`)
};

export const corridor_words = /** @type {(inputs: Corridor_WordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`전형적인 경로`)
};

export const date_decade = /** @type {(inputs: Date_DecadeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.decade}년대`)
};

export const date_derived = /** @type {(inputs: Date_DerivedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.date}(글에서 계산함)`)
};

export const date_estimated = /** @type {(inputs: Date_EstimatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.date}쯤(추정)`)
};

export const date_season_year = /** @type {(inputs: Date_Season_YearInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.year}년 ${i?.season}`)
};

export const dest_europe = /** @type {(inputs: Dest_EuropeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`유럽`)
};

export const dest_kr = /** @type {(inputs: Dest_KrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`한국`)
};

export const dest_not_stated = /** @type {(inputs: Dest_Not_StatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`밝히지 않음`)
};

export const dest_us = /** @type {(inputs: Dest_UsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`미국`)
};

export const dev_errors_one = /** @type {(inputs: Dev_Errors_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이야기 파일에 오류가 1개 있습니다`)
};

export const dev_errors_other = /** @type {(inputs: Dev_Errors_OtherInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`이야기 파일에 오류가 ${i?.count}개 있습니다`)
};

export const dev_fix = /** @type {(inputs: Dev_FixInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`고쳐서 저장하면 페이지가 저절로 다시 열립니다. 그때까지는 마지막으로 올바르던 판이 보입니다.`)
};

export const dev_hide = /** @type {(inputs: Dev_HideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`다음에 바뀔 때까지 숨기기`)
};

export const embed_credit = /** @type {(inputs: Embed_CreditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Liberty in North Korea(LiNK)가 펴낸 이야기`)
};

export const embed_cta_region = /** @type {(inputs: Embed_Cta_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`할 수 있는 일`)
};

export const embed_fiction = /** @type {(inputs: Embed_FictionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`허구`)
};

export const embed_overview_summary = /** @type {(inputs: Embed_Overview_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`난민들의 여정을 그들의 말로 전합니다. 시작을 눌러 하나를 고르세요.`)
};

export const embed_poster_fiction = /** @type {(inputs: Embed_Poster_FictionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`보라색: ${i?.names}, 소설`)
};

export const embed_poster_map = /** @type {(inputs: Embed_Poster_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`간단한 지도 위의 여정 경로`)
};

export const embed_poster_map_all = /** @type {(inputs: Embed_Poster_Map_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`간단한 지도 위의 모든 여정 경로`)
};

export const embed_route_words = /** @type {(inputs: Embed_Route_WordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`경로 설명`)
};

export const embed_start = /** @type {(inputs: Embed_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`시작`)
};

export const embed_start_label = /** @type {(inputs: Embed_Start_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`대화형 지도 시작: ${i?.title}`)
};

export const embed_unknown_story = /** @type {(inputs: Embed_Unknown_StoryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“${i?.id}”라는 여정은 없습니다. 시작을 눌러 모든 여정을 보세요.`)
};

export const embed_warning_note = /** @type {(inputs: Embed_Warning_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 이야기에는 주의가 필요한 내용이 있습니다. 보기를 선택할 때까지 숨겨 둡니다.`)
};

export const explore_clear = /** @type {(inputs: Explore_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`필터 지우기`)
};

export const explore_col_from = /** @type {(inputs: Explore_Col_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`출발`)
};

export const explore_col_name = /** @type {(inputs: Explore_Col_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이름`)
};

export const explore_col_steps = /** @type {(inputs: Explore_Col_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`단계`)
};

export const explore_col_to = /** @type {(inputs: Explore_Col_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`도착`)
};

export const explore_col_warnings = /** @type {(inputs: Explore_Col_WarningsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`언급 내용`)
};

export const explore_col_years = /** @type {(inputs: Explore_Col_YearsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`연도`)
};

export const explore_corridor = /** @type {(inputs: Explore_CorridorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`전형적인 경로 보기(일반적인 경로이며 누구의 실제 경로도 아님)`)
};

export const explore_count = /** @type {(inputs: Explore_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`여정 ${i?.total}개 중 ${i?.shown}개 표시`)
};

export const explore_dest = /** @type {(inputs: Explore_DestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`지도에서 여정이 끝나는 곳`)
};

export const explore_destination_key = /** @type {(inputs: Explore_Destination_KeyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`색: 지도에서 여정이 끝나는 곳`)
};

export const explore_empty = /** @type {(inputs: Explore_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 필터에 맞는 여정이 없습니다.`)
};

export const explore_era = /** @type {(inputs: Explore_EraInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`고향을 떠난 시기(10년 단위)`)
};

export const explore_era_estimate = /** @type {(inputs: Explore_Era_EstimateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.decade}(추정)`)
};

export const explore_era_undated = /** @type {(inputs: Explore_Era_UndatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`날짜 없음`)
};

export const explore_estimate = /** @type {(inputs: Explore_EstimateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`추정`)
};

export const explore_fiction = /** @type {(inputs: Explore_FictionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`소설 포함`)
};

export const explore_fiction_tag = /** @type {(inputs: Explore_Fiction_TagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`소설`)
};

export const explore_filters = /** @type {(inputs: Explore_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`필터`)
};

export const explore_heading = /** @type {(inputs: Explore_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`모든 여정 살펴보기`)
};

export const explore_hide = /** @type {(inputs: Explore_HideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`다음 내용이 있는 여정 숨기기…`)
};

export const explore_layers = /** @type {(inputs: Explore_LayersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`지도 레이어`)
};

export const explore_no_date = /** @type {(inputs: Explore_No_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`날짜 없음`)
};

export const explore_none = /** @type {(inputs: Explore_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`없음`)
};

export const explore_not_stated = /** @type {(inputs: Explore_Not_StatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`밝히지 않음`)
};

export const explore_open = /** @type {(inputs: Explore_OpenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}의 이야기 열기`)
};

export const explore_rows_capped = /** @type {(inputs: Explore_Rows_CappedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.total}개 중 처음 ${i?.shown}개만 표시합니다. 필터로 목록을 좁히세요.`)
};

export const explore_stated = /** @type {(inputs: Explore_StatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`모든 구간을 글에서 밝힌 여정만`)
};

export const explore_table_caption = /** @type {(inputs: Explore_Table_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`표시된 여정: 지도를 글로`)
};

export const fiction_legend = /** @type {(inputs: Fiction_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`소설`)
};

export const fiction_suffix = /** @type {(inputs: Fiction_SuffixInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(소설)`)
};

export const fiction_words = /** @type {(inputs: Fiction_WordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`소설`)
};

export const gate_heading = /** @type {(inputs: Gate_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`내용 경고:`)
};

export const gate_label = /** @type {(inputs: Gate_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`내용 경고`)
};

export const gate_mentions = /** @type {(inputs: Gate_MentionsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`이 부분에 나오는 내용: ${i?.list}.`)
};

export const gate_show = /** @type {(inputs: Gate_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 부분 보기`)
};

export const gate_skip = /** @type {(inputs: Gate_SkipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`다음 단계로 건너뛰기`)
};

export const header_back = /** @type {(inputs: Header_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`모든 여정`)
};

export const header_language = /** @type {(inputs: Header_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`언어`)
};

export const header_next = /** @type {(inputs: Header_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`다음`)
};

export const header_previous = /** @type {(inputs: Header_PreviousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이전`)
};

export const header_steps = /** @type {(inputs: Header_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`단계`)
};

export const intro_about = /** @type {(inputs: Intro_AboutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 이야기에 대하여: 출처, 동의, 정정`)
};

export const intro_consent = /** @type {(inputs: Intro_ConsentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`동의:`)
};

export const intro_corrections = /** @type {(inputs: Intro_CorrectionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`정정 기록:`)
};

export const intro_fiction = /** @type {(inputs: Intro_FictionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 여정은 소설과 영화에서 나왔습니다. 실제 삶에 바탕을 두었지만, 실제 한 사람의 이야기는 아닙니다.`)
};

export const intro_hidden = /** @type {(inputs: Intro_HiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이런 대목은 보기를 누를 때까지 숨겨 둡니다.`)
};

export const intro_mentions = /** @type {(inputs: Intro_MentionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 이야기에 나오는 내용:`)
};

export const intro_quotes_from = /** @type {(inputs: Intro_Quotes_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`인용 출처:`)
};

export const intro_removal = /** @type {(inputs: Intro_RemovalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`정정이나 삭제 요청:`)
};

export const intro_show_all = /** @type {(inputs: Intro_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 이야기의 대목 모두 보기`)
};

export const intro_summary_note = /** @type {(inputs: Intro_Summary_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(요약은 저희가 썼습니다.)`)
};

export const intro_warnings_label = /** @type {(inputs: Intro_Warnings_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 이야기의 내용 경고`)
};

export const legend_title = /** @type {(inputs: Legend_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`범례`)
};

export const map_basemap_credit = /** @type {(inputs: Map_Basemap_CreditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`바탕 지도: Natural Earth(퍼블릭 도메인)`)
};

export const map_context_lost = /** @type {(inputs: Map_Context_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`그래픽 시스템이 초기화되어 지도 그리기가 멈췄습니다.`)
};

export const map_data_failed = /** @type {(inputs: Map_Data_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`지도의 여정 데이터를 불러오지 못했습니다(${i?.status}).`)
};

export const map_failed = /** @type {(inputs: Map_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`지도를 불러오지 못했습니다.`)
};

export const map_hangul_missing = /** @type {(inputs: Map_Hangul_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`한글 글꼴을 불러오지 못해 지도의 장소 이름을 영어로 보여 줍니다.`)
};

export const map_label_all = /** @type {(inputs: Map_Label_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`모든 여정 지도`)
};

export const map_label_fiction = /** @type {(inputs: Map_Label_FictionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`소설 속 여정 지도: ${i?.title}`)
};

export const map_label_story = /** @type {(inputs: Map_Label_StoryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`여정 지도: ${i?.title}`)
};

export const map_loading = /** @type {(inputs: Map_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`지도를 불러오는 중…`)
};

export const map_no_basemap = /** @type {(inputs: Map_No_BasemapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`바탕 지도를 불러오지 못해 경로를 빈 바탕에 보여 줍니다.`)
};

export const map_no_webgl = /** @type {(inputs: Map_No_WebglInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 브라우저에서는 지도를 보여 줄 수 없습니다`)
};

export const map_no_webgl_why = /** @type {(inputs: Map_No_Webgl_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`. WebGL이 꺼져 있거나 지원되지 않습니다.`)
};

export const map_not_started = /** @type {(inputs: Map_Not_StartedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`지도를 시작할 수 없습니다.`)
};

export const map_reset_view = /** @type {(inputs: Map_Reset_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 단계 전체 보기`)
};

export const map_retry = /** @type {(inputs: Map_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`지도 다시 불러오기`)
};

export const map_retry_basemap = /** @type {(inputs: Map_Retry_BasemapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`바탕 지도 다시 불러오기`)
};

export const map_simpler = /** @type {(inputs: Map_SimplerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`간단한 지도입니다`)
};

export const map_still_works = /** @type {(inputs: Map_Still_WorksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이야기와 타임라인은 그대로 쓸 수 있습니다. 경로는 아래에 글로 적혀 있습니다.`)
};

export const map_svg_keys = /** @type {(inputs: Map_Svg_KeysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`끌거나 Shift와 화살표 키로 이동하고, +와 −로 확대·축소합니다.`)
};

export const map_toggle_attribution = /** @type {(inputs: Map_Toggle_AttributionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`지도 출처 보기·숨기기`)
};

export const map_why_context_lost = /** @type {(inputs: Map_Why_Context_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`그래픽 시스템이 초기화되었기 때문입니다.`)
};

export const map_why_gpu = /** @type {(inputs: Map_Why_GpuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 브라우저가 전체 지도의 그래픽을 시작하지 못했기 때문입니다.`)
};

export const map_why_no_webgl = /** @type {(inputs: Map_Why_No_WebglInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 브라우저에서 WebGL을 쓸 수 없기 때문입니다.`)
};

export const map_why_worker = /** @type {(inputs: Map_Why_WorkerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`전체 지도의 일부가 시작되지 않았기 때문입니다.`)
};

export const map_works_without = /** @type {(inputs: Map_Works_WithoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이야기와 타임라인은 지도 없이도 쓸 수 있습니다. 경로는 아래에 글로 적혀 있습니다.`)
};

export const map_zoom_in = /** @type {(inputs: Map_Zoom_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`확대`)
};

export const map_zoom_out = /** @type {(inputs: Map_Zoom_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`축소`)
};

export const mode_air = /** @type {(inputs: Mode_AirInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`비행기로`)
};

export const mode_air_legend = /** @type {(inputs: Mode_Air_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`비행`)
};

export const mode_bus = /** @type {(inputs: Mode_BusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`버스로`)
};

export const mode_car = /** @type {(inputs: Mode_CarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`차로`)
};

export const mode_foot = /** @type {(inputs: Mode_FootInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`걸어서`)
};

export const mode_river = /** @type {(inputs: Mode_RiverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`강을 건너`)
};

export const mode_train = /** @type {(inputs: Mode_TrainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`기차로`)
};

export const mode_unknown = /** @type {(inputs: Mode_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이동 수단은 나오지 않음`)
};

export const name_fictional = /** @type {(inputs: Name_FictionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`소설 속 인물`)
};

export const name_first_name = /** @type {(inputs: Name_First_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`공개된 이름(성 제외)`)
};

export const name_pseudonym = /** @type {(inputs: Name_PseudonymInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`가명`)
};

export const name_public = /** @type {(inputs: Name_PublicInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`공개된 실명`)
};

export const not_translated = /** @type {(inputs: Not_TranslatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(번역 없음)`)
};

export const notfound_heading = /** @type {(inputs: Notfound_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“${i?.id}” 여정은 없습니다`)
};

export const notfound_list = /** @type {(inputs: Notfound_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`여기에 있는 여정은 다음과 같습니다.`)
};

export const notfound_see_all = /** @type {(inputs: Notfound_See_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`모든 여정 보기`)
};

export const notfound_why = /** @type {(inputs: Notfound_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`링크가 잘못되었거나, 당사자의 요청으로 이야기가 삭제되었을 수 있습니다.`)
};

export const overview_heading = /** @type {(inputs: Overview_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`여정 ${i?.count}개, 그들 자신의 말로`)
};

export const overview_lead = /** @type {(inputs: Overview_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Liberty in North Korea(LiNK)가 펴낸 북한 난민들의 여정입니다. 하나를 골라 단계별로 따라가 보세요. 그곳에 있는 사람들을 보호하기 위해 장소는 대략적으로만 보여 줍니다.`)
};

export const panel_end = /** @type {(inputs: Panel_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`글이 전하는 여정은 여기까지입니다.`)
};

export const panel_steps = /** @type {(inputs: Panel_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`여정의 단계`)
};

export const precision_city = /** @type {(inputs: Precision_CityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`도시, 약 10km 단위로 표시`)
};

export const precision_country = /** @type {(inputs: Precision_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 나라 어딘가`)
};

export const precision_exact = /** @type {(inputs: Precision_ExactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`정확한 장소(공공 기관)`)
};

export const precision_province = /** @type {(inputs: Precision_ProvinceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`도 또는 지역`)
};

export const precision_river = /** @type {(inputs: Precision_RiverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 강 어딘가`)
};

export const precision_state = /** @type {(inputs: Precision_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`주`)
};

export const present_about_places = /** @type {(inputs: Present_About_PlacesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`장소는 글에 나온 만큼만 보여 주며, 북한과 중국에서는 도시보다 자세히 보여 주지 않습니다. “나오지 않음”은 글에 없다는 뜻이며, 짐작하지 않습니다.`)
};

export const present_age = /** @type {(inputs: Present_AgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`권장 나이`)
};

export const present_back_to_app = /** @type {(inputs: Present_Back_To_AppInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`여정으로 돌아가기`)
};

export const present_blanked = /** @type {(inputs: Present_BlankedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`화면이 꺼져 있습니다. B를 누르면 돌아옵니다.`)
};

export const present_button = /** @type {(inputs: Present_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`발표`)
};

export const present_clock = /** @type {(inputs: Present_ClockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`시각`)
};

export const present_contains = /** @type {(inputs: Present_ContainsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`담긴 내용`)
};

export const present_elapsed = /** @type {(inputs: Present_ElapsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`지난 시간`)
};

export const present_faster = /** @type {(inputs: Present_FasterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`빠르게 (+)`)
};

export const present_fiction_note = /** @type {(inputs: Present_Fiction_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 이야기는 소설과 영화에서 나온 허구입니다.`)
};

export const present_fullscreen = /** @type {(inputs: Present_FullscreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`전체 화면 (F)`)
};

export const present_gate_hint = /** @type {(inputs: Present_Gate_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter 또는 S: 보기 · → 또는 Page Down: 건너뛰기`)
};

export const present_gate_text = /** @type {(inputs: Present_Gate_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`다음 부분에 나오는 내용: ${i?.what}.`)
};

export const present_glossary = /** @type {(inputs: Present_GlossaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 단계의 낱말 (G)`)
};

export const present_handout = /** @type {(inputs: Present_HandoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`나눠 줄 자료 인쇄`)
};

export const present_hint = /** @type {(inputs: Present_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 여정을 전체 화면으로 발표합니다`)
};

export const present_jump_to = /** @type {(inputs: Present_Jump_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n}단계로 이동하려면 Enter`)
};

export const present_last = /** @type {(inputs: Present_LastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`마지막 단계입니다.`)
};

export const present_leave = /** @type {(inputs: Present_LeaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`나가기 (Esc)`)
};

export const present_length = /** @type {(inputs: Present_LengthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`길이`)
};

export const present_lesson = /** @type {(inputs: Present_LessonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`수업 준비`)
};

export const present_lesson_intro = /** @type {(inputs: Present_Lesson_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`여정마다 고르고 준비하는 데 필요한 것: 담긴 내용, 권장 나이, 주의할 내용, 걸리는 시간, 학생들에게 물을 질문, 나오는 낱말.`)
};

export const present_linked = /** @type {(inputs: Present_LinkedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`청중 화면과 이어져 있습니다.`)
};

export const present_map_failed = /** @type {(inputs: Present_Map_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`지도를 그릴 수 없습니다. 아래 ‘글로 보는 경로’에 모든 장소가 나와 있습니다.`)
};

export const present_no_channel = /** @type {(inputs: Present_No_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 브라우저는 두 창을 이을 수 없습니다. 이 화면은 청중 화면을 따라가지 않습니다.`)
};

export const present_no_date = /** @type {(inputs: Present_No_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`글에 날짜가 나오지 않음`)
};

export const present_no_notes = /** @type {(inputs: Present_No_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 단계에는 메모가 없습니다.`)
};

export const present_no_terms = /** @type {(inputs: Present_No_TermsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 단계에는 낱말 풀이가 없습니다.`)
};

export const present_none = /** @type {(inputs: Present_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`없음`)
};

export const present_not_stated = /** @type {(inputs: Present_Not_StatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`글에 장소가 나오지 않음`)
};

export const present_notes = /** @type {(inputs: Present_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`발표자 메모`)
};

export const present_now = /** @type {(inputs: Present_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`지금`)
};

export const present_pace = /** @type {(inputs: Present_PaceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`단계마다 ${i?.s}초`)
};

export const present_pause = /** @type {(inputs: Present_PauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`일시 정지 (A)`)
};

export const present_play = /** @type {(inputs: Present_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`자동 재생 (A)`)
};

export const present_presenter_view = /** @type {(inputs: Present_Presenter_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`발표자 보기 (P)`)
};

export const present_print = /** @type {(inputs: Present_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`인쇄`)
};

export const present_questions = /** @type {(inputs: Present_QuestionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`토론 질문`)
};

export const present_read_aloud = /** @type {(inputs: Present_Read_AloudInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.steps}단계, 발췌문을 소리 내어 읽는 데 약 ${i?.minutes}분 (길이로 어림한 값)`)
};

export const present_reset = /** @type {(inputs: Present_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`시간 다시 재기`)
};

export const present_route = /** @type {(inputs: Present_RouteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`글로 보는 경로`)
};

export const present_route_map = /** @type {(inputs: Present_Route_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`지도로 보는 경로`)
};

export const present_show = /** @type {(inputs: Present_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 부분 보기 (S)`)
};

export const present_skip = /** @type {(inputs: Present_SkipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`건너뛰기 (→)`)
};

export const present_slower = /** @type {(inputs: Present_SlowerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`느리게 (−)`)
};

export const present_source = /** @type {(inputs: Present_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`출처`)
};

export const present_step = /** @type {(inputs: Present_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`단계`)
};

export const present_steps = /** @type {(inputs: Present_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`단계별 여정`)
};

export const present_terms = /** @type {(inputs: Present_TermsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`나온 낱말`)
};

export const present_this = /** @type {(inputs: Present_ThisInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 여정 발표하기`)
};

export const present_timeline = /** @type {(inputs: Present_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`언제, 어디서`)
};

export const present_toolbar = /** @type {(inputs: Present_ToolbarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`발표 도구`)
};

export const present_warnings = /** @type {(inputs: Present_WarningsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`내용 경고`)
};

export const present_when = /** @type {(inputs: Present_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`언제`)
};

export const present_where = /** @type {(inputs: Present_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`어디서`)
};

export const present_withheld = /** @type {(inputs: Present_WithheldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`내용 경고가 있는 대목이라 인쇄하지 않았습니다.`)
};

export const problem_body = /** @type {(inputs: Problem_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이야기는 안전합니다. 다만 이 화면에서 복구할 수 없는 문제가 생겼습니다.`)
};

export const problem_heading = /** @type {(inputs: Problem_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 화면을 보여 주는 중에 문제가 생겼습니다`)
};

export const problem_retry = /** @type {(inputs: Problem_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`다시 시도`)
};

export const quote_hidden = /** @type {(inputs: Quote_HiddenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list}에 관한 대목은 숨겨 두었습니다.`)
};

export const route_across = /** @type {(inputs: Route_AcrossInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.river} 건넘`)
};

export const route_across_into = /** @type {(inputs: Route_Across_IntoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.river} 건너 ${i?.country}에 도착`)
};

export const route_basis_cited = /** @type {(inputs: Route_Basis_CitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(다른 자료의 경로)`)
};

export const route_basis_inferred = /** @type {(inputs: Route_Basis_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(경로 추론)`)
};

export const route_basis_not_stated = /** @type {(inputs: Route_Basis_Not_StatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(경로는 나오지 않음)`)
};

export const route_elsewhere_in = /** @type {(inputs: Route_Elsewhere_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`이어서 ${i?.country}의 다른 곳`)
};

export const route_fiction = /** @type {(inputs: Route_FictionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`소설입니다. ${i?.text}`)
};

export const route_from = /** @type {(inputs: Route_FromInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place}에서 출발`)
};

export const route_from_across = /** @type {(inputs: Route_From_AcrossInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.place}에서 출발해 ${i?.across}`)
};

export const route_note = /** @type {(inputs: Route_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`장소는 대략적으로만 보여 줍니다. 도시는 약 10km 단위이고, 북한과 중국에서는 0.1°보다 자세히 보여 주지 않습니다.`)
};

export const route_now = /** @type {(inputs: Route_NowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`지금 ${i?.total}단계 중 ${i?.n}단계: ${i?.place}.`)
};

export const route_now_unknown = /** @type {(inputs: Route_Now_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`글에 나오지 않는 곳`)
};

export const route_place_in_country = /** @type {(inputs: Route_Place_In_CountryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.country} ${i?.place}`)
};

export const route_place_inferred = /** @type {(inputs: Route_Place_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(추론)`)
};

export const route_river = /** @type {(inputs: Route_RiverInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.river}`)
};

export const route_separator = /** @type {(inputs: Route_SeparatorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` → `)
};

export const route_time_in = /** @type {(inputs: Route_Time_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.country}에서 ${i?.said}`)
};

export const route_title = /** @type {(inputs: Route_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`글로 보는 경로`)
};

export const route_to = /** @type {(inputs: Route_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`이어서 ${i?.place}에 도착`)
};

export const route_to_by = /** @type {(inputs: Route_To_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`이어서 ${i?.mode} ${i?.place}에 도착`)
};

export const route_unknown = /** @type {(inputs: Route_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이어서 글에 나오지 않는 곳`)
};

export const route_unknown_said = /** @type {(inputs: Route_Unknown_SaidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`이어서 글에 나오지 않는 곳(${i?.said})`)
};

export const route_via = /** @type {(inputs: Route_ViaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`이어서 ${i?.from} 경유(경로는 나오지 않음), ${i?.place}에 도착`)
};

export const route_via_by = /** @type {(inputs: Route_Via_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`이어서 ${i?.from} 경유(경로는 나오지 않음), ${i?.mode} ${i?.place}에 도착`)
};

export const season_autumn = /** @type {(inputs: Season_AutumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`가을`)
};

export const season_spring = /** @type {(inputs: Season_SpringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`봄`)
};

export const season_summer = /** @type {(inputs: Season_SummerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`여름`)
};

export const season_winter = /** @type {(inputs: Season_WinterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`겨울`)
};

export const share_button = /** @type {(inputs: Share_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`공유`)
};

export const share_close = /** @type {(inputs: Share_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`닫기`)
};

export const share_controls = /** @type {(inputs: Share_ControlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`조작 도구`)
};

export const share_controls_full = /** @type {(inputs: Share_Controls_FullInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`전체`)
};

export const share_controls_minimal = /** @type {(inputs: Share_Controls_MinimalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`지도와 이야기만`)
};

export const share_copied = /** @type {(inputs: Share_CopiedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`복사됨: ${i?.what}`)
};

export const share_copy = /** @type {(inputs: Share_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`복사`)
};

export const share_copy_failed = /** @type {(inputs: Share_Copy_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`복사하지 못했습니다. 텍스트가 선택되어 있으니 Ctrl+C 또는 ⌘C를 누르세요.`)
};

export const share_copy_named = /** @type {(inputs: Share_Copy_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`복사: ${i?.what}`)
};

export const share_element = /** @type {(inputs: Share_ElementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`요소로 삽입`)
};

export const share_frame_title = /** @type {(inputs: Share_Frame_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title}: 지도, 타임라인, 이야기`)
};

export const share_iframe = /** @type {(inputs: Share_IframeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`iframe으로 삽입`)
};

export const share_intro = /** @type {(inputs: Share_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`각 링크와 코드는 지금 화면의 여정, 단계, 언어로 열립니다.`)
};

export const share_link = /** @type {(inputs: Share_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 화면 링크`)
};

export const share_preview = /** @type {(inputs: Share_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`삽입 미리보기`)
};

export const share_theme = /** @type {(inputs: Share_ThemeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`테마`)
};

export const share_theme_dark = /** @type {(inputs: Share_Theme_DarkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`어둡게`)
};

export const share_theme_light = /** @type {(inputs: Share_Theme_LightInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`밝게`)
};

export const share_title = /** @type {(inputs: Share_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 화면 공유 또는 삽입`)
};

export const step_context = /** @type {(inputs: Step_ContextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`배경 설명(인용 아님):`)
};

export const step_count = /** @type {(inputs: Step_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.total}단계 중 ${i?.n}단계`)
};

export const step_date_from = /** @type {(inputs: Step_Date_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`다른 자료에 따른 날짜:`)
};

export const step_glossary = /** @type {(inputs: Step_GlossaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`낱말 풀이`)
};

export const step_how = /** @type {(inputs: Step_HowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`어떻게`)
};

export const step_inferred = /** @type {(inputs: Step_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`추론`)
};

export const step_no_date = /** @type {(inputs: Step_No_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`글에 날짜가 없음`)
};

export const step_notice = /** @type {(inputs: Step_NoticeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`이 링크가 가리키는 단계(step=${i?.asked})는 이 여정에 없어서, 가장 가까운 ${i?.total}단계 중 ${i?.n}단계를 엽니다.`)
};

export const step_notice_first = /** @type {(inputs: Step_Notice_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`첫 단계부터 보기`)
};

export const step_notice_ok = /** @type {(inputs: Step_Notice_OkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`확인`)
};

export const step_place_from = /** @type {(inputs: Step_Place_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`장소 출처:`)
};

export const step_place_not_stated = /** @type {(inputs: Step_Place_Not_StatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`글에 나오지 않음`)
};

export const step_term_source = /** @type {(inputs: Step_Term_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`출처:`)
};

export const step_when = /** @type {(inputs: Step_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`언제`)
};

export const step_where = /** @type {(inputs: Step_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`어디서`)
};

export const synthetic_failed = /** @type {(inputs: Synthetic_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`합성 여정을 불러오지 못했습니다(${i?.status}).`)
};

export const synthetic_missing = /** @type {(inputs: Synthetic_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`이 빌드에는 합성 여정이 없습니다. \`npm run synth\`와 \`npm run build:synthetic\`으로 빌드하세요.`)
};

export const synthetic_note = /** @type {(inputs: Synthetic_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`합성 여정: 시연과 성능 측정을 위해 만든 것으로, 실제 사람의 이야기가 아닙니다.`)
};

export const synthetic_tag = /** @type {(inputs: Synthetic_TagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`합성`)
};

export const timeline_all = /** @type {(inputs: Timeline_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`모든 여정의 타임라인: 따라갈 여정을 고르세요`)
};

export const timeline_band_order = /** @type {(inputs: Timeline_Band_OrderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`날짜가 아니라 이야기 순서대로 놓음`)
};

export const timeline_choose = /** @type {(inputs: Timeline_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`여정을 골라 단계별로 따라가 보세요`)
};

export const timeline_from_source = /** @type {(inputs: Timeline_From_SourceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`출처: ${i?.title}, ${i?.publisher}`)
};

export const timeline_key_estimate = /** @type {(inputs: Timeline_Key_EstimateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`추정`)
};

export const timeline_key_stated = /** @type {(inputs: Timeline_Key_StatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`글에 나온 날짜`)
};

export const timeline_key_undated = /** @type {(inputs: Timeline_Key_UndatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`글에 날짜 없음`)
};

export const timeline_no_date_band = /** @type {(inputs: Timeline_No_Date_BandInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`날짜 없음`)
};

export const timeline_no_dates = /** @type {(inputs: Timeline_No_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`글에 날짜가 나오지 않습니다`)
};

export const timeline_no_dates_in = /** @type {(inputs: Timeline_No_Dates_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}의 이야기에는 날짜가 없습니다. 단계는 아래 띠에 있습니다`)
};

export const timeline_step = /** @type {(inputs: Timeline_StepInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.total}단계 중 ${i?.n}단계: ${i?.heading}`)
};

export const timeline_story = /** @type {(inputs: Timeline_StoryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}의 여정 타임라인`)
};

export const warning_child_abandonment = /** @type {(inputs: Warning_Child_AbandonmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`홀로 남겨진 아이`)
};

export const warning_death_of_parent = /** @type {(inputs: Warning_Death_Of_ParentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`부모의 죽음`)
};

export const warning_human_trafficking = /** @type {(inputs: Warning_Human_TraffickingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`인신매매`)
};

export const warning_imprisonment = /** @type {(inputs: Warning_ImprisonmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`수감`)
};

export const warning_starvation = /** @type {(inputs: Warning_StarvationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`굶주림`)
};

export const warning_suicide = /** @type {(inputs: Warning_SuicideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`자살`)
};