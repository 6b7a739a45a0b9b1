/**
 * The journeys' legs, one layer per basis, and the typical route's corridor. A leg's basis
 * alone sets its dash; fiction sets only its colour; a flight only its width (see symbology.ts).
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { LegBasis } from '../../data/types.ts';
import { BASIS, CORRIDOR, FICTION, LEG_BASES, LEG_WIDTHS, MODE } from '../symbology.ts';
import { highlight, isOpen, overview, travelled } from './state.ts';

export const legLayerId = (basis: LegBasis) => `legs-${basis}` as const;

/**
 * The layers that draw journeys' legs: the ones a click picks and tests query. Each carries
 * `metadata['jm:pick']`, so a reader of the style finds them without this list.
 */
export const ROUTE_LAYERS = LEG_BASES.map(legLayerId);

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

function legLayer(basis: LegBasis): LayerSpecification {
  const symbol = BASIS[basis];
  return {
    id: legLayerId(basis),
    type: 'line',
    source: 'legs',
    metadata: { 'jm:pick': true, 'jm:basis': basis },
    filter: ['==', ['get', 'basis'], basis] as FilterSpecification,
    layout: { 'line-cap': symbol.dash ? 'butt' : 'round', 'line-join': 'round' },
    paint: {
      'line-color': journeyColor,
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

export function legLayers(): LayerSpecification[] {
  // Least certain first, so a stated line draws over a faint one where they meet.
  return [...LEG_BASES].reverse().map(legLayer);
}
