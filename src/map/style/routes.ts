/**
 * The journeys' legs, one layer per basis, and the typical route's corridor. A leg's basis
 * alone sets its dash; fiction sets only its colour; a flight only its width (see symbology.ts).
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { LegBasis } from '../../data/types.ts';
import { BASIS, CORRIDOR, FICTION, LEG_BASES, LEG_WIDTHS, MODE } from '../symbology.ts';
import { highlight, isOpen, overview, travelled } from './state.ts';

/** A leg layer's id; fiction's legs have layers of their own, so they can be switched off. */
export const legLayerId = (basis: LegBasis, fiction = false) =>
  fiction ? (`fiction-legs-${basis}` as const) : (`legs-${basis}` as const);

/** The layers that draw fiction's legs, and only them. */
export const FICTION_LAYERS = LEG_BASES.map((b) => legLayerId(b, true));

/**
 * The layers that draw journeys' legs: the ones a click picks and tests query. Each carries
 * `metadata['jm:pick']`, so a reader of the style finds them without this list.
 */
export const ROUTE_LAYERS = [...LEG_BASES.map((b) => legLayerId(b)), ...FICTION_LAYERS];

/** The typical route's layers: the corridor and its label. */
export const CORRIDOR_LAYERS = ['corridor', 'corridor-label'] as const;

/** Lines: the part travelled is bold, the part ahead faint, other journeys fainter still. */
function legOpacity(scale: number): ExpressionSpecification {
  return [
    '*',
    scale,
    [
      'case',
      overview,
      ['case', ['any', ['==', highlight, ''], ['==', ['get', 'story'], highlight]], 0.9, 0.25],
      ['!', isOpen],
      0.18,
      travelled,
      1,
      0.45,
    ],
  ];
}

function legWidth(scale: number): ExpressionSpecification {
  return [
    '*',
    scale,
    ['match', ['get', 'mode'], 'air', MODE.air.widthScale, 1],
    [
      'case',
      overview,
      ['case', ['==', ['get', 'story'], highlight], LEG_WIDTHS.highlighted, LEG_WIDTHS.overview],
      ['!', isOpen],
      LEG_WIDTHS.other,
      travelled,
      LEG_WIDTHS.travelled,
      LEG_WIDTHS.ahead,
    ],
  ];
}

/** A journey's own colour, or fiction's. */
export const journeyColor: ExpressionSpecification = [
  'case',
  ['get', 'fiction'],
  FICTION.color,
  ['get', 'color'],
];

/**
 * In the overview (explore), a journey takes the colour of where it ends (`palette`, story id to
 * colour); an open journey keeps its own. Fiction keeps fiction's colour everywhere.
 */
export function exploreColor(palette: Readonly<Record<string, string>>): ExpressionSpecification {
  const pairs = Object.entries(palette).flat();
  if (pairs.length === 0) return journeyColor;
  return [
    'case',
    ['get', 'fiction'],
    FICTION.color,
    overview,
    ['match', ['get', 'story'], ...pairs, ['get', 'color']] as unknown as ExpressionSpecification,
    ['get', 'color'],
  ];
}

/** A leg layer's own filter, before the explore view narrows it to the journeys shown. */
export function legFilter(basis: LegBasis, fiction: boolean): FilterSpecification {
  return [
    'all',
    ['==', ['get', 'basis'], basis],
    fiction ? ['get', 'fiction'] : ['!', ['get', 'fiction']],
  ] as FilterSpecification;
}

function legLayer(
  basis: LegBasis,
  fiction: boolean,
  palette: Readonly<Record<string, string>>,
): LayerSpecification {
  const symbol = BASIS[basis];
  return {
    id: legLayerId(basis, fiction),
    type: 'line',
    source: 'legs',
    metadata: { 'jm:pick': true, 'jm:basis': basis, 'jm:fiction': fiction },
    filter: legFilter(basis, fiction),
    layout: { 'line-cap': symbol.dash ? 'butt' : 'round', 'line-join': 'round' },
    paint: {
      'line-color': exploreColor(palette),
      'line-width': legWidth(symbol.widthScale),
      'line-opacity': legOpacity(symbol.opacityScale),
      ...(symbol.dash ? { 'line-dasharray': [...symbol.dash] } : {}),
    },
  };
}

export function corridorLayers(): LayerSpecification[] {
  return [
    {
      id: 'corridor',
      type: 'line',
      source: 'corridors',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': CORRIDOR.color,
        'line-opacity': CORRIDOR.opacity,
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          1,
          CORRIDOR.width[0],
          6,
          CORRIDOR.width[1],
        ],
      },
    },
  ];
}

export function legLayers(palette: Readonly<Record<string, string>> = {}): LayerSpecification[] {
  // Least certain first, so a stated line draws over a faint one where they meet; fiction's
  // layers above, as they were when it shared the layers of its basis.
  const order = [...LEG_BASES].reverse();
  return [
    ...order.map((b) => legLayer(b, false, palette)),
    ...order.map((b) => legLayer(b, true, palette)),
  ];
}
