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

export const card_follow = /** @type {(inputs: Card_FollowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Follow ${i?.name}’s journey`)
};

export const card_follow_fiction = /** @type {(inputs: Card_Follow_FictionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Follow this fictional journey`)
};

export const card_mentions = /** @type {(inputs: Card_MentionsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Mentions ${i?.list}.`)
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

export const map_context_lost = /** @type {(inputs: Map_Context_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The map stopped drawing because the graphics system was reset.`)
};

export const map_failed = /** @type {(inputs: Map_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The map didn’t load.`)
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

export const map_no_webgl = /** @type {(inputs: Map_No_WebglInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The map can’t be shown in this browser`)
};

export const map_no_webgl_why = /** @type {(inputs: Map_No_Webgl_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`, because WebGL is turned off or not available.`)
};

export const map_not_started = /** @type {(inputs: Map_Not_StartedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The map could not be started.`)
};

export const map_retry = /** @type {(inputs: Map_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try the map again`)
};

export const map_still_works = /** @type {(inputs: Map_Still_WorksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The story and the timeline still work; the route is described in words below.`)
};

export const map_works_without = /** @type {(inputs: Map_Works_WithoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The story and the timeline work without it; the route is described in words below.`)
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

export const timeline_all = /** @type {(inputs: Timeline_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Timeline of all journeys: choose a journey to follow it`)
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