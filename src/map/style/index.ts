/**
 * The map's style: an offline basemap from Natural Earth, and the journeys drawn over it, in
 * the vocabulary of symbology.ts. Only the step labels read the step from global state: they
 * are laid out from a small source of their own.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { JourneyGeometry } from '../../data/types.ts';
import { basemapLayers, riverLayers } from './basemap.ts';
import { corridorLayers, legLayers } from './routes.ts';
import { areaLayers, pointLayers } from './places.ts';
import { corridorMidpoints, labelLayers, legMidpoints } from './labels.ts';

export { CORRIDOR_LAYERS, FICTION_LAYERS, ROUTE_LAYERS, legLayerId } from './routes.ts';
export { POINT_LAYER } from './places.ts';
export { COLORS } from '../symbology.ts';

export interface StyleInput {
  world: FeatureCollection;
  eastAsia: FeatureCollection;
  geometry: JourneyGeometry;
  fontFaces: StyleSpecification['font-faces'];
  font: string;
  /** Story id to the colour the overview draws it in (where it ends); see exploreColor. */
  palette?: Readonly<Record<string, string>>;
}

export type Language = 'en' | 'ko';

export function buildStyle({
  world,
  eastAsia,
  geometry,
  fontFaces,
  font,
  palette = {},
}: StyleInput): StyleSpecification {
  return {
    version: 8,
    name: 'Journey Map',
    // No `glyphs`: labels are drawn locally from the bundled fonts below.
    'font-faces': fontFaces,
    state: {
      story: { default: '' },
      step: { default: 0 },
      highlight: { default: '' },
      lang: { default: 'en' },
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
      'leg-labels': { type: 'geojson', data: legMidpoints(geometry.legs) },
      corridors: { type: 'geojson', data: geometry.corridors },
      'corridor-labels': { type: 'geojson', data: corridorMidpoints(geometry.corridors) },
    },
    layers: [
      ...basemapLayers(),
      ...areaLayers(),
      ...riverLayers(),
      ...corridorLayers(),
      ...legLayers(palette),
      ...pointLayers(palette),
      ...labelLayers(font),
    ],
  };
}
