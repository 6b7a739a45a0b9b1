/**
 * Explore filters: pure functions over compiled stories, so the map, timeline and list all show
 * one filtered set. Destinations and eras are derived from the data, never invented.
 */
import type { Story, Warning } from '../data/types.ts';

export interface ExploreFilters {
  /** ISO country codes of destinations to keep; empty keeps all. */
  dest: string[];
  /** Decades of leaving to keep (e.g. "2000s", or "undated"); empty keeps all. */
  era: string[];
  /** Warnings whose journeys are hidden. */
  hide: Warning[];
  statedOnly: boolean;
  fiction: boolean;
}

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

/** Decade of the first dated step after the first (leaving home), or "undated". */
export function eraOf(story: Story): string {
  const leaving = story.steps.slice(1).find((s) => s.time.date.start !== undefined);
  if (leaving?.time.date.start === undefined) return 'undated';
  const year = new Date(leaving.time.date.start).getUTCFullYear();
  return `${Math.floor(year / 10) * 10}s`;
}

/** True when every leg with a basis is stated (the first step has no leg). */
export function onlyStatedLegs(story: Story): boolean {
  return story.steps.every((s) => !s.leg || s.leg.basis === 'stated');
}

export function applyFilters(stories: readonly Story[], f: ExploreFilters): Story[] {
  return stories.filter((s) => {
    if (!f.fiction && s.fiction) return false;
    if (f.dest.length && !f.dest.includes(destinationOf(s) ?? 'not-stated')) return false;
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
