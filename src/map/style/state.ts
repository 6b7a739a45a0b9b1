/**
 * Expressions the style's parts share: what is open, travelled and current, and the language.
 *
 * Which journey is open reaches the style as global state (`['global-state', 'story']`); which
 * of its steps the reader has travelled, and which is current, as feature state (see
 * step-state.ts), so a step change restyles the route without laying it out again.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { Words } from '../symbology.ts';

export const story: ExpressionSpecification = ['global-state', 'story'];
export const step: ExpressionSpecification = ['global-state', 'step'];
export const highlight: ExpressionSpecification = ['global-state', 'highlight'];
export const lang: ExpressionSpecification = ['global-state', 'lang'];
export const travelled: ExpressionSpecification = [
  'boolean',
  ['feature-state', 'travelled'],
  false,
];
export const current: ExpressionSpecification = ['boolean', ['feature-state', 'current'], false];
export const isOpen: ExpressionSpecification = ['==', ['get', 'story'], story];
export const overview: ExpressionSpecification = ['==', story, ''];
export const korean: ExpressionSpecification = ['==', lang, 'ko'];

export const layerIs = (name: string): FilterSpecification => ['==', ['get', 'layer'], name];

/** Words in the reader's language. */
export function say(words: Words): ExpressionSpecification {
  return ['case', korean, words.ko, words.en];
}

/** A feature's name in the reader's language, the English one where there is no Korean. */
export function nameOf(en: string, ko: string): ExpressionSpecification {
  return [
    'case',
    ['all', korean, ['!=', ['coalesce', ['get', ko], ''], '']],
    ['get', ko],
    ['get', en],
  ];
}

/** A width that keeps `km` on the ground at mid latitudes, at every zoom. */
export function groundWidth(km: number, minPx: number): ExpressionSpecification {
  // At zoom z one pixel spans about 117 km / 2^z around 42° N.
  const perPxAtZ0 = 117;
  const at = (z: number) => Math.max(minPx, (km / perPxAtZ0) * 2 ** z);
  return ['interpolate', ['exponential', 2], ['zoom'], 0, at(0), 4, at(4), 12, at(12)];
}
