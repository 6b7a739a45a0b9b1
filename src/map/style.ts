/**
 * The map's style: an offline basemap from Natural Earth, and the journeys drawn over it.
 *
 * Which journey is open reaches the style as global state (`['global-state', 'story']`); which
 * of its steps the reader has travelled, and which is current, as feature state (see
 * step-state.ts), so a step change restyles the route without laying it out again. Only the step
 * labels read the step from global state: they are laid out from a small source of their own.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { JourneyGeometry } from '../data/types.ts';

export const COLORS = {
  sea: '#cfe0ea',
  land: '#f6f3ec',
  border: '#a39b8b',
  river: '#3f7cb0',
  label: '#5d564b',
  halo: '#ffffff',
  corridor: '#7d7d7d',
  fiction: '#7B3FA0',
};

/** The layers that draw journeys' legs; tests query these. */
export const ROUTE_LAYERS = [
  'legs-typical',
  'legs-inferred',
  'legs-stated',
  'fiction-legs',
] as const;

const story: ExpressionSpecification = ['global-state', 'story'];
const step: ExpressionSpecification = ['global-state', 'step'];
const travelled: ExpressionSpecification = ['boolean', ['feature-state', 'travelled'], false];
const current: ExpressionSpecification = ['boolean', ['feature-state', 'current'], false];
const highlight: ExpressionSpecification = ['global-state', 'highlight'];
const isOpen: ExpressionSpecification = ['==', ['get', 'story'], story];
const overview: ExpressionSpecification = ['==', story, ''];

/** Lines: the part travelled is bold, the part ahead faint, other journeys fainter still. */
const legOpacity: ExpressionSpecification = [
  'case',
  overview,
  ['case', ['any', ['==', highlight, ''], ['==', ['get', 'story'], highlight]], 0.9, 0.25],
  ['!', isOpen],
  0.18,
  travelled,
  1,
  0.45,
];

const legWidth: ExpressionSpecification = [
  '*',
  // A flight is drawn lighter than a journey over land or water.
  ['case', ['==', ['get', 'mode'], 'air'], 0.7, 1],
  [
    'case',
    overview,
    ['case', ['==', ['get', 'story'], highlight], 5, 3],
    ['!', isOpen],
    2,
    travelled,
    4.5,
    2.5,
  ],
];

/** How each leg was travelled, written along it; nothing when the text does not say. */
const MODE_WORDS: ExpressionSpecification = [
  'match',
  ['get', 'mode'],
  'foot',
  'on foot',
  'river',
  'across the river',
  'train',
  'by train',
  'bus',
  'by bus',
  'car',
  'by car',
  'air',
  'by air',
  '',
];

/** A width that keeps `km` on the ground at mid latitudes, at every zoom. */
function groundWidth(km: number, minPx: number): ExpressionSpecification {
  // At zoom z one pixel spans about 117 km / 2^z around 42° N.
  const perPxAtZ0 = 117;
  const at = (z: number) => Math.max(minPx, (km / perPxAtZ0) * 2 ** z);
  return ['interpolate', ['exponential', 2], ['zoom'], 0, at(0), 4, at(4), 12, at(12)];
}

function leg(id: string, basis: string, dash: number[] | undefined): LayerSpecification {
  return {
    id,
    type: 'line',
    source: 'legs',
    filter: [
      'all',
      ['==', ['get', 'basis'], basis],
      ['!', ['get', 'fiction']],
    ] as FilterSpecification,
    layout: { 'line-cap': dash ? 'butt' : 'round', 'line-join': 'round' },
    paint: {
      'line-color': ['get', 'color'],
      'line-width': legWidth,
      'line-opacity': legOpacity,
      ...(dash ? { 'line-dasharray': dash } : {}),
    },
  };
}

function fictionLeg(
  id: string,
  basis: ExpressionSpecification,
  dash: number[],
): LayerSpecification {
  return {
    id,
    type: 'line',
    source: 'legs',
    filter: ['all', ['get', 'fiction'], basis] as FilterSpecification,
    layout: { 'line-cap': 'butt', 'line-join': 'round' },
    paint: {
      'line-color': COLORS.fiction,
      'line-width': legWidth,
      'line-opacity': legOpacity,
      'line-dasharray': dash,
    },
  };
}

export interface StyleInput {
  world: FeatureCollection;
  eastAsia: FeatureCollection;
  geometry: JourneyGeometry;
  fontFaces: StyleSpecification['font-faces'];
  font: string;
}

const layerIs = (name: string): FilterSpecification => ['==', ['get', 'layer'], name];

export function buildStyle({
  world,
  eastAsia,
  geometry,
  fontFaces,
  font,
}: StyleInput): StyleSpecification {
  const text = { 'text-font': [font] };
  return {
    version: 8,
    name: 'Journey Map',
    // No `glyphs`: labels are drawn locally from the bundled fonts below.
    'font-faces': fontFaces,
    state: {
      story: { default: '' },
      step: { default: 0 },
      highlight: { default: '' },
    },
    sources: {
      world: { type: 'geojson', data: world, tolerance: 0.5 },
      'east-asia': { type: 'geojson', data: eastAsia, tolerance: 0.3 },
      // `generateId`: a feature's id is its index, which step-state.ts sets feature state by.
      legs: { type: 'geojson', data: geometry.legs, generateId: true },
      halos: { type: 'geojson', data: geometry.halos, tolerance: 0.5, generateId: true },
      bands: { type: 'geojson', data: geometry.bands, generateId: true },
      points: { type: 'geojson', data: geometry.points, generateId: true },
      labels: { type: 'geojson', data: geometry.points },
      corridors: { type: 'geojson', data: geometry.corridors },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } },
      {
        id: 'world-land',
        type: 'fill',
        source: 'world',
        filter: layerIs('land'),
        paint: { 'fill-color': COLORS.land },
      },
      {
        id: 'east-asia-land',
        type: 'fill',
        source: 'east-asia',
        filter: layerIs('land'),
        minzoom: 3,
        paint: { 'fill-color': COLORS.land },
      },
      {
        id: 'world-borders',
        type: 'line',
        source: 'world',
        filter: layerIs('border'),
        paint: { 'line-color': COLORS.border, 'line-width': 0.7 },
      },
      {
        id: 'east-asia-borders',
        type: 'line',
        source: 'east-asia',
        filter: layerIs('border'),
        minzoom: 4,
        paint: { 'line-color': COLORS.border, 'line-width': 0.9 },
      },
      {
        id: 'halos',
        type: 'fill',
        source: 'halos',
        filter: ['all', isOpen, ['!', ['get', 'fiction']]] as FilterSpecification,
        paint: {
          'fill-color': ['get', 'color'],
          'fill-opacity': ['case', current, 0.2, 0.05],
        },
      },
      {
        id: 'halos-outline',
        type: 'line',
        source: 'halos',
        filter: isOpen as FilterSpecification,
        paint: {
          'line-color': ['get', 'color'],
          'line-width': 1.5,
          'line-dasharray': [2, 2],
          'line-opacity': ['case', current, 0.8, 0],
        },
      },
      {
        id: 'fiction-halos',
        type: 'fill',
        source: 'halos',
        filter: ['all', isOpen, ['get', 'fiction']] as FilterSpecification,
        paint: {
          'fill-color': COLORS.fiction,
          'fill-opacity': ['case', current, 0.16, 0.04],
        },
      },
      {
        id: 'river-bands',
        type: 'line',
        source: 'bands',
        filter: isOpen as FilterSpecification,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': ['get', 'color'],
          'line-opacity': ['case', current, 0.3, 0.08],
          // Never a point: at least 25 km wide (DOMAIN "Border crossings").
          'line-width': groundWidth(25, 6),
        },
      },
      {
        id: 'rivers',
        type: 'line',
        source: 'east-asia',
        filter: layerIs('river'),
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': COLORS.river,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.2, 7, 2.5],
        },
      },
      {
        id: 'corridor',
        type: 'line',
        source: 'corridors',
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': COLORS.corridor,
          'line-opacity': 0.16,
          'line-width': ['interpolate', ['linear'], ['zoom'], 1, 8, 6, 36],
        },
      },
      leg('legs-typical', 'typical', [0.6, 1.8]),
      leg('legs-inferred', 'inferred', [2.2, 1.6]),
      leg('legs-stated', 'stated', undefined),
      // Fiction stays on layers of its own: its own colour, and labelled along the line.
      fictionLeg('fiction-legs', ['==', ['get', 'basis'], 'stated'], [3, 1.2]),
      fictionLeg('fiction-legs-unstated', ['!=', ['get', 'basis'], 'stated'], [0.8, 1.6]),
      {
        id: 'step-points',
        type: 'circle',
        source: 'points',
        filter: ['any', overview, isOpen] as FilterSpecification,
        paint: {
          'circle-color': ['case', ['get', 'fiction'], COLORS.fiction, ['get', 'color']],
          'circle-radius': ['case', ['all', isOpen, current], 7, overview, 3.5, 4.5],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
          'circle-opacity': ['case', overview, 0.8, travelled, 1, 0.55],
        },
      },
      {
        id: 'leg-modes',
        type: 'symbol',
        source: 'legs',
        filter: ['all', isOpen, ['!=', ['get', 'mode'], 'unknown']] as FilterSpecification,
        layout: {
          ...text,
          'symbol-placement': 'line-center',
          'text-field': MODE_WORDS,
          'text-size': 12,
          'text-offset': [0, -0.9],
          'text-keep-upright': true,
        },
        paint: {
          'text-color': ['case', ['get', 'fiction'], COLORS.fiction, '#222222'],
          'text-halo-color': COLORS.halo,
          'text-halo-width': 2,
        },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'world',
        filter: layerIs('country-label'),
        layout: {
          ...text,
          'text-field': [
            'format',
            ['get', 'name_en'],
            {},
            '\n',
            {},
            ['get', 'name_ko'],
            { 'font-scale': 0.85 },
          ],
          'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10, 5, 14],
          'text-transform': 'none',
          'text-letter-spacing': 0.04,
          'text-max-width': 8,
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: {
          'text-color': COLORS.label,
          'text-halo-color': COLORS.halo,
          'text-halo-width': 1.5,
        },
      },
      {
        id: 'river-labels',
        type: 'symbol',
        source: 'east-asia',
        filter: layerIs('river'),
        minzoom: 4.5,
        layout: {
          ...text,
          'symbol-placement': 'line',
          'symbol-spacing': 250,
          'text-field': ['concat', ['get', 'name_en'], ' · ', ['get', 'name_ko']],
          'text-size': 12,
          'text-offset': [0, -0.8],
        },
        paint: {
          'text-color': COLORS.river,
          'text-halo-color': COLORS.halo,
          'text-halo-width': 1.5,
        },
      },
      {
        id: 'corridor-label',
        type: 'symbol',
        source: 'corridors',
        minzoom: 2.5,
        layout: {
          ...text,
          'symbol-placement': 'line',
          'symbol-spacing': 400,
          'text-field': ['concat', ['get', 'label'], ' (generic, not one person’s route)'],
          'text-size': 11,
        },
        paint: { 'text-color': '#555555', 'text-halo-color': COLORS.halo, 'text-halo-width': 1.5 },
      },
      {
        id: 'fiction-label',
        type: 'symbol',
        source: 'legs',
        filter: ['get', 'fiction'] as FilterSpecification,
        layout: {
          ...text,
          'symbol-placement': 'line',
          'symbol-spacing': 300,
          'text-field': 'Fiction · 소설',
          'text-size': 12,
          'text-offset': [0, -0.9],
        },
        paint: {
          'text-color': COLORS.fiction,
          'text-halo-color': COLORS.halo,
          'text-halo-width': 2,
        },
      },
      {
        id: 'step-labels-other',
        type: 'symbol',
        source: 'labels',
        filter: [
          'all',
          isOpen,
          ['!=', ['get', 'label'], ''],
          ['!=', ['get', 'step'], step],
        ] as FilterSpecification,
        layout: {
          ...text,
          'text-field': ['get', 'label'],
          'text-size': 11,
          'text-anchor': 'top',
          'text-offset': [0, 0.7],
          'text-max-width': 10,
          'text-optional': true,
        },
        paint: { 'text-color': '#444444', 'text-halo-color': COLORS.halo, 'text-halo-width': 1.5 },
      },
      {
        id: 'step-labels',
        type: 'symbol',
        source: 'labels',
        filter: [
          'all',
          isOpen,
          ['!=', ['get', 'label'], ''],
          ['==', ['get', 'step'], step],
        ] as FilterSpecification,
        layout: {
          ...text,
          'text-field': [
            'format',
            ['get', 'label'],
            {},
            '\n',
            {},
            ['get', 'label_ko'],
            { 'font-scale': 0.85 },
          ],
          'text-size': 14,
          'text-anchor': 'top',
          'text-offset': [0, 0.9],
          'text-max-width': 10,
          'text-allow-overlap': true,
        },
        paint: { 'text-color': '#111111', 'text-halo-color': COLORS.halo, 'text-halo-width': 2 },
      },
    ],
  };
}
