/**
 * Words on the map, in the reader's language (`['global-state', 'lang']`): country and river
 * names, each leg's mode and the fiction mark, the typical route's name with its source, and
 * step names. A leg's words are placed once, at its midpoint: placed along the line, a label
 * is repeated on every tile the line crosses.
 */
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  Point,
  Position,
} from 'geojson';
import type { CorridorProperties, LegProperties } from '../../data/types.ts';
import { COLORS, CORRIDOR, FICTION, MODE, LEG_MODES } from '../symbology.ts';
import { isOpen, layerIs, nameOf, say, step } from './state.ts';

/** The point halfway along a line, by distance in degrees: enough to place a label. */
export function midpoint(coordinates: Position[]): Position {
  if (coordinates.length < 2) return coordinates[0] ?? [0, 0];
  const lengths = coordinates
    .slice(1)
    .map((p, i) => Math.hypot(p[0]! - coordinates[i]![0]!, p[1]! - coordinates[i]![1]!));
  let left = lengths.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    const d = lengths[i]!;
    if (left <= d && d > 0) {
      const a = coordinates[i]!;
      const b = coordinates[i + 1]!;
      const t = left / d;
      return [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
    }
    left -= d;
  }
  return coordinates.at(-1)!;
}

function firstLine(geometry: LineString | MultiLineString): Position[] {
  return geometry.type === 'LineString' ? geometry.coordinates : (geometry.coordinates[0] ?? []);
}

/** One point per leg, at its middle, carrying the leg's properties. */
export function legMidpoints(
  legs: FeatureCollection<LineString | MultiLineString, LegProperties>,
): FeatureCollection<Point, LegProperties> {
  return {
    type: 'FeatureCollection',
    features: legs.features.map((f) => ({
      type: 'Feature',
      properties: f.properties,
      geometry: { type: 'Point', coordinates: midpoint(firstLine(f.geometry)) },
    })),
  };
}

export function corridorMidpoints(
  corridors: FeatureCollection<LineString, CorridorProperties>,
): FeatureCollection<Point, CorridorProperties> {
  return {
    type: 'FeatureCollection',
    features: corridors.features.map((f): Feature<Point, CorridorProperties> => ({
      type: 'Feature',
      properties: f.properties,
      geometry: { type: 'Point', coordinates: midpoint(f.geometry.coordinates) },
    })),
  };
}

const MODE_WORDS = [
  'match',
  ['get', 'mode'],
  ...LEG_MODES.filter((m) => MODE[m].along.en).flatMap((m) => [m, say(MODE[m].along)]),
  '',
];

export function labelLayers(font: string): LayerSpecification[] {
  const text = { 'text-font': [font] };
  return [
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'world',
      filter: layerIs('country-label'),
      layout: {
        ...text,
        'text-field': nameOf('name_en', 'name_ko'),
        'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10, 5, 14],
        'text-transform': 'none',
        'text-letter-spacing': 0.04,
        'text-max-width': 8,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': COLORS.label, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.5 },
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
        'text-field': nameOf('name_en', 'name_ko'),
        'text-size': 12,
        'text-offset': [0, -0.8],
      },
      paint: { 'text-color': COLORS.river, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.5 },
    },
    {
      id: 'corridor-label',
      type: 'symbol',
      source: 'corridor-labels',
      minzoom: 2.5,
      layout: {
        ...text,
        'text-field': ['concat', say(CORRIDOR.words), ' · ', ['get', 'source']],
        'text-size': 11,
        'text-max-width': 14,
      },
      paint: { 'text-color': '#555555', 'text-halo-color': COLORS.halo, 'text-halo-width': 1.5 },
    },
    {
      id: 'leg-modes',
      type: 'symbol',
      source: 'leg-labels',
      filter: ['all', isOpen, ['!=', ['get', 'mode'], 'unknown']] as FilterSpecification,
      layout: {
        ...text,
        'text-field': MODE_WORDS as never,
        'text-size': 12,
        'text-anchor': 'top',
        'text-offset': [0, 0.6],
      },
      paint: {
        'text-color': ['case', ['get', 'fiction'], FICTION.color, COLORS.text],
        'text-halo-color': COLORS.halo,
        'text-halo-width': 2,
      },
    },
    {
      id: 'fiction-label',
      type: 'symbol',
      source: 'leg-labels',
      filter: ['get', 'fiction'] as FilterSpecification,
      layout: {
        ...text,
        'text-field': say(FICTION.words),
        'text-size': 12,
        'text-anchor': 'bottom',
        'text-offset': [0, -0.6],
      },
      paint: { 'text-color': FICTION.color, 'text-halo-color': COLORS.halo, 'text-halo-width': 2 },
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
        'text-field': nameOf('label', 'label_ko'),
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
        'text-field': nameOf('label', 'label_ko'),
        'text-size': 14,
        'text-anchor': 'top',
        'text-offset': [0, 0.9],
        'text-max-width': 10,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#111111', 'text-halo-color': COLORS.halo, 'text-halo-width': 2 },
    },
  ];
}
