/**
 * The explore view's filter as a MapLibre layer filter: a layer's own filter, narrowed to the
 * journeys shown. Pure, so it is tested without a map.
 */
import type { FilterSpecification } from 'maplibre-gl';
import type { MapTarget } from './renderer.ts';

export type Filter = FilterSpecification | null;

/** `base`, kept to the stories in `shown`; `base` itself when every journey is shown. */
export function narrowed(base: Filter, shown: readonly string[] | null): Filter {
  if (shown === null) return base;
  const only: FilterSpecification = ['in', ['get', 'story'], ['literal', [...shown]]];
  return base ? (['all', base, only] as FilterSpecification) : only;
}

/** What decides the explore filters, as a string: nothing is restyled unless it changed. */
export function exploreKey(target: MapTarget): string {
  const shown = target.story === null && target.shown ? target.shown.join(',') : '*';
  return `${shown}|${target.story !== null || target.fiction !== false}|${target.corridor !== false}`;
}
