/**
 * The explore view's colours: each journey in the colour of where it ends on the map (see
 * DESTINATION in symbology.ts). Fiction is left out: it keeps fiction's colour everywhere.
 */
import type { Story } from '../data/types.ts';
import { DESTINATION } from '../map/symbology.ts';
import { destinationGroupOf } from './filters.ts';

export function destinationPalette(stories: readonly Story[]): Record<string, string> {
  return Object.fromEntries(
    stories.filter((s) => !s.fiction).map((s) => [s.id, DESTINATION[destinationGroupOf(s)].color]),
  );
}
