/**
 * Explore filters: pure functions over compiled stories, so the map, timeline and list all show
 * one filtered set. Destinations and eras are derived from the data, never invented.
 */
import type { Story, Warning } from '../data/types.ts';

/**
 * Where a journey ends on the map, grouped as the explore view colours it. `not-stated` when
 * the text names no place at all; a group is never guessed.
 */
export const DESTINATIONS = ['kr', 'us', 'europe', 'not-stated'] as const;
export type Destination = (typeof DESTINATIONS)[number];

/** ISO 3166-1 alpha-2 codes (lower case) counted as Europe. */
const EUROPE = new Set(
  'al ad at by be ba bg hr cy cz dk ee fi fr de gr hu is ie it lv li lt lu mt md mc me nl mk no pl pt ro sm rs sk si es se ch ua gb va'.split(
    ' ',
  ),
);

/**
 * The destination group of where the journey ends: the place of its last step. When the text
 * does not say where the last step is (Jung Hee's), the end is "not stated", never the last
 * place named before it.
 */
export function destinationGroupOf(story: Story): Destination {
  const country = story.steps.at(-1)?.place?.country.toLowerCase() ?? null;
  if (country === 'kr' || country === 'us') return country;
  if (country && EUROPE.has(country)) return 'europe';
  return 'not-stated';
}

export interface ExploreFilters {
  /** Destination groups to keep (see DESTINATIONS); empty keeps all. */
  dest: string[];
  /** Decades of leaving to keep (e.g. "2000s", or "undated"); empty keeps all. */
  era: string[];
  /** Warnings whose journeys are hidden. */
  hide: Warning[];
  statedOnly: boolean;
  fiction: boolean;
}

/** Every content warning, in the order the filters list them (as DOMAIN rule 6). */
export const WARNING_LIST: readonly Warning[] = [
  'starvation',
  'death-of-parent',
  'human-trafficking',
  'suicide',
  'imprisonment',
  'child-abandonment',
];

export const NO_FILTERS: ExploreFilters = {
  dest: [],
  era: [],
  hide: [],
  statedOnly: false,
  fiction: true,
};

/** Country of the last step whose place the text states; null when none is stated. */
export function destinationOf(story: Story): string | null {
  for (let i = story.steps.length - 1; i >= 0; i--) {
    const place = story.steps[i]?.place;
    if (place) return place.country.toLowerCase();
  }
  return null;
}

/**
 * Decade of leaving home: the date of the first step reached by a leg (the first move), or
 * "undated" when the text and its sources give that step no date. A later date is never used
 * in its place, so a journey is never placed in a decade it did not leave in.
 */
export function eraOf(story: Story): string {
  const leaving = leavingStep(story);
  if (leaving?.time.date.start === undefined) return 'undated';
  const year = new Date(leaving.time.date.start).getUTCFullYear();
  return `${Math.floor(year / 10) * 10}s`;
}

/** The step the journey leaves home at: the first reached by a leg; undefined if none is. */
export function leavingStep(story: Story): Story['steps'][number] | undefined {
  return story.steps.find((s) => s.leg !== undefined);
}

/** Whether the decade of leaving rests on an estimate (an estimated or cited-range date). */
export function eraIsEstimate(story: Story): boolean {
  return leavingStep(story)?.time.date.basis === 'estimated';
}

/** The eras present in the stories, in time order, "undated" last. */
export function erasOf(stories: readonly Story[]): string[] {
  const eras = [...new Set(stories.map(eraOf))];
  return eras.sort((a, b) => (a === 'undated' ? 1 : b === 'undated' ? -1 : a.localeCompare(b)));
}

/** True when every leg with a basis is stated (the first step has no leg). */
export function onlyStatedLegs(story: Story): boolean {
  return story.steps.every((s) => !s.leg || s.leg.basis === 'stated');
}

export function applyFilters(stories: readonly Story[], f: ExploreFilters): Story[] {
  return stories.filter((s) => {
    if (!f.fiction && s.fiction) return false;
    if (f.dest.length && !f.dest.includes(destinationGroupOf(s))) return false;
    if (f.era.length && !f.era.includes(eraOf(s))) return false;
    if (f.hide.some((w) => s.warnings.includes(w))) return false;
    if (f.statedOnly && !onlyStatedLegs(s)) return false;
    return true;
  });
}

const list = (v: string | null): string[] => (v ? v.split(',').filter(Boolean) : []);

/** Reads filters from `?dest=kr&era=2000s&hide=human-trafficking&stated=1&fiction=0`. */
export function readFilters(search: string): ExploreFilters {
  const p = new URLSearchParams(search);
  return {
    dest: list(p.get('dest')),
    era: list(p.get('era')),
    hide: list(p.get('hide')) as Warning[],
    statedOnly: p.get('stated') === '1',
    fiction: p.get('fiction') !== '0',
  };
}

/** Writes filters into a query string, keeping other parameters; defaults are left out. */
export function writeFilters(search: string, f: ExploreFilters): string {
  const p = new URLSearchParams(search);
  const set = (k: string, v: string | null) => (v ? p.set(k, v) : p.delete(k));
  set('dest', f.dest.join(','));
  set('era', f.era.join(','));
  set('hide', f.hide.join(','));
  set('stated', f.statedOnly ? '1' : null);
  set('fiction', f.fiction ? null : '0');
  const s = p.toString();
  return s ? `?${s}` : '';
}
