/**
 * The height an embed asks for at a width: the element gets it from CSS (`aspect-ratio` within
 * its min and max heights, embed-css.ts); the iframe, which cannot size itself, asks its host
 * page for the same height in px. Pure, so it is unit-tested.
 */
import { DEFAULT_MAX_HEIGHT, DEFAULT_MIN_HEIGHT, type EmbedOptions } from './options.ts';

/** The element's `aspect-ratio`, width over height. */
export const ASPECT = 16 / 10;

/** A bound in px; lengths in other units than px fall back to the defaults' px. */
function px(length: string, fallback: string): number {
  const match = /^(\d+(?:\.\d+)?)px$/.exec(length) ?? /^(\d+)px$/.exec(fallback);
  return Number(match![1]);
}

export function preferredHeight(
  width: number,
  { minHeight, maxHeight }: Pick<EmbedOptions, 'minHeight' | 'maxHeight'>,
): number {
  const min = px(minHeight, DEFAULT_MIN_HEIGHT);
  const max = Math.max(min, px(maxHeight, DEFAULT_MAX_HEIGHT));
  return Math.round(Math.min(max, Math.max(min, width / ASPECT)));
}
