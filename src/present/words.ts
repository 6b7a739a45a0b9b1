/** Presenter mode's interface words, from the messages, in the instance's language. */
import type { Language } from '../data/types.ts';
import { m, say } from '../i18n/index.ts';

function build(lang: Language) {
  const o = say(lang);
  return {
    present: m.present_button({}, o),
    presentHint: m.present_hint({}, o),
    stepOf: (n: number, of: number) => m.step_count({ n, total: of }, o),
    toolbar: m.present_toolbar({}, o),
    map: m.app_region_map({}, o),
    leave: m.present_leave({}, o),
    fullscreen: m.present_fullscreen({}, o),
    presenterView: m.present_presenter_view({}, o),
    play: m.present_play({}, o),
    pause: m.present_pause({}, o),
    slower: m.present_slower({}, o),
    faster: m.present_faster({}, o),
    pace: (s: number) => m.present_pace({ s }, o),
    jumpTo: (n: string) => m.present_jump_to({ n }, o),
    gateTitle: m.gate_label({}, o),
    gateText: (what: string) => m.present_gate_text({ what }, o),
    gateHint: m.present_gate_hint({}, o),
    show: m.present_show({}, o),
    skip: m.present_skip({}, o),
    blanked: m.present_blanked({}, o),
    glossary: m.present_glossary({}, o),
    noTerms: m.present_no_terms({}, o),
    fiction: m.fiction_words({}, o),
    fictionNote: m.present_fiction_note({}, o),
    notStated: m.present_not_stated({}, o),
    strip: m.header_steps({}, o),
    current: m.present_now({}, o),
    next: m.header_next({}, o),
    previous: m.header_previous({}, o),
    last: m.present_last({}, o),
    notes: m.present_notes({}, o),
    noNotes: m.present_no_notes({}, o),
    questions: m.present_questions({}, o),
    elapsed: m.present_elapsed({}, o),
    clock: m.present_clock({}, o),
    reset: m.present_reset({}, o),
    age: m.present_age({}, o),
    contains: m.present_contains({}, o),
    warnings: m.present_warnings({}, o),
    none: m.present_none({}, o),
    noChannel: m.present_no_channel({}, o),
    linked: m.present_linked({}, o),
    handout: m.present_handout({}, o),
    print: m.present_print({}, o),
    route: m.present_route({}, o),
    routeMap: m.present_route_map({}, o),
    timeline: m.present_timeline({}, o),
    step: m.present_step({}, o),
    when: m.present_when({}, o),
    where: m.present_where({}, o),
    noDate: m.present_no_date({}, o),
    mapFailed: m.present_map_failed({}, o),
    lesson: m.present_lesson({}, o),
    lessonIntro: m.present_lesson_intro({}, o),
    presentThis: m.present_this({}, o),
    readAloud: (minutes: number, steps: number) => m.present_read_aloud({ minutes, steps }, o),
    length: m.present_length({}, o),
    steps: m.present_steps({}, o),
    terms: m.present_terms({}, o),
    aboutPlaces: m.present_about_places({}, o),
    withheld: m.present_withheld({}, o),
    source: m.present_source({}, o),
    backToApp: m.present_back_to_app({}, o),
    title: m.app_title({}, o),
  };
}

export type PresentWords = ReturnType<typeof build>;

// Built once per language: the components ask on every render.
const built = new Map<Language, PresentWords>();

export function words(lang: Language): PresentWords {
  let value = built.get(lang);
  if (!value) built.set(lang, (value = build(lang)));
  return value;
}
