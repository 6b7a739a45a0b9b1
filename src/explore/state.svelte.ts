/**
 * What the explore view shows: the filters, the time brush and the layers, and the set of
 * journeys they leave. One per app instance, through context, beside the moment; the map, the
 * timeline and the list all read `shown`, so they always show the same journeys.
 */
import { getContext, setContext } from 'svelte';
import type { Story } from '../data/types.ts';
import { NO_FILTERS, applyFilters, writeFilters, type ExploreFilters } from './filters.ts';
import { brushed, yearsToRange } from './brush.ts';
import { readExplore, writeExplore } from './url.ts';

export class ExploreState {
  readonly stories: readonly Story[];
  filters = $state.raw<ExploreFilters>(NO_FILTERS);
  /** Whole years the brush keeps, `to` inclusive; null when nothing is brushed. */
  years = $state.raw<[number, number] | null>(null);
  /** Undated journeys stay shown (marked undated) while a span of years is chosen. */
  keepUndated = $state(true);
  /** The typical route's layer. */
  corridor = $state(true);
  /** The context series of arrivals on the timeline. */
  context = $state(false);
  /** Two journey ids to compare, from `?compare=a,b`; null when not comparing. */
  compare = $state.raw<string[] | null>(null);

  /** After the filters, before the brush: what the timeline lays out. */
  filtered: Story[] = $derived.by(() => applyFilters(this.stories, this.filters));
  /** After the filters and the brush: what the map, the list and the count show. */
  shown: Story[] = $derived(
    brushed(
      this.filtered,
      this.years ? yearsToRange(this.years[0], this.years[1]) : null,
      this.keepUndated,
    ),
  );
  shownIds: string[] = $derived(this.shown.map((s) => s.id));
  /** What the map shows in the overview: the two compared, or the filtered set (null: all). */
  mapShown: string[] | null = $derived.by(() =>
    this.compare ? this.compare : this.active ? this.shownIds : null,
  );
  /** Whether any filter or the brush hides something the reader might look for. */
  active = $derived(
    writeFilters('', this.filters) !== '' || this.years !== null || !this.keepUndated,
  );

  constructor(stories: readonly Story[], search = '') {
    this.stories = stories;
    this.read(search);
  }

  read(search: string): void {
    const state = readExplore(search);
    this.filters = state.filters;
    this.years = state.years;
    this.keepUndated = state.keepUndated;
    this.corridor = state.corridor;
    this.context = state.context;
    this.compare = state.compare;
  }

  /** The query string with the explore state written in; other parameters are kept. */
  write(search: string): string {
    return writeExplore(search, {
      filters: this.filters,
      years: this.years,
      keepUndated: this.keepUndated,
      corridor: this.corridor,
      context: this.context,
      compare: this.compare,
    });
  }

  setFilters(next: Partial<ExploreFilters>): void {
    this.filters = { ...this.filters, ...next };
  }

  /** Toggles one value in a list filter. */
  toggle(key: 'dest' | 'era' | 'hide', value: string, on: boolean): void {
    const list = this.filters[key] as string[];
    const next = [...list.filter((v) => v !== value), ...(on ? [value] : [])];
    this.setFilters({ [key]: next });
  }

  clear(): void {
    this.filters = NO_FILTERS;
    this.years = null;
    this.keepUndated = true;
  }
}

/** Keeps the explore state in the page's URL (replaced, not pushed: a filter is not a page). */
export function syncExploreWithUrl(explore: ExploreState, win: Window = window) {
  const onPop = () => explore.read(win.location.search);
  win.addEventListener('popstate', onPop);
  return {
    write() {
      const search = explore.write(win.location.search);
      if (search === win.location.search) return;
      win.history.replaceState(
        win.history.state,
        '',
        `${win.location.pathname}${search}${win.location.hash}`,
      );
    },
    destroy: () => win.removeEventListener('popstate', onPop),
  };
}

const KEY = Symbol('journey-map:explore');

export function setExplore(explore: ExploreState): ExploreState {
  return setContext(KEY, explore);
}

/** The explore state, or null outside an App (a component test of one view). */
export function getExplore(): ExploreState | null {
  return getContext<ExploreState | undefined>(KEY) ?? null;
}
