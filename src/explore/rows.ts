/**
 * One row of the explore list per journey: the map's text alternative in the explore view.
 * Only what the data states; "not stated" and "no date given" are said, never filled in.
 */
import type { Language, Story } from '../data/types.ts';
import { m, say } from '../i18n/index.ts';
import { warningList } from '../story/format.ts';

export interface JourneyRow {
  id: string;
  name: string;
  fiction: boolean;
  from: string;
  to: string;
  years: string;
  steps: number;
  warnings: string;
}

const placeName = (story: Story, i: number, lang: Language) => {
  const place = story.steps[i]?.place;
  return place ? (lang === 'ko' && place.name.ko ? place.name.ko : place.name.en) : null;
};

/** The first and last years the dated steps cover, marked when any of those dates is estimated. */
export function yearsOf(story: Story, lang: Language = 'en'): string {
  const dated = story.steps.map((s) => s.time.date).filter((d) => d.start !== undefined);
  if (dated.length === 0) return m.explore_no_date({}, say(lang));
  const from = Math.min(...dated.map((d) => new Date(d.start!).getUTCFullYear()));
  // A date's end is the first instant after it: the last year it covers is the one before.
  const to = Math.max(...dated.map((d) => new Date((d.end ?? d.start!) - 1).getUTCFullYear()));
  const span = from === to ? String(from) : `${from}–${to}`;
  const estimated = dated.some((d) => d.basis === 'estimated');
  return estimated ? `${span} (${m.explore_estimate({}, say(lang))})` : span;
}

export function rowOf(story: Story, lang: Language = 'en'): JourneyRow {
  const notStated = m.explore_not_stated({}, say(lang));
  // Where the journey ends: its last step's place, or "not stated" (never an earlier place).
  const last = placeName(story, story.steps.length - 1, lang);
  return {
    id: story.id,
    name: story.person.name,
    fiction: story.fiction,
    from: placeName(story, 0, lang) ?? notStated,
    to: last ?? notStated,
    years: yearsOf(story, lang),
    steps: story.steps.length,
    warnings:
      story.warnings.length > 0 ? warningList(story.warnings, lang) : m.explore_none({}, say(lang)),
  };
}
