/**
 * Each step's place, at the precision the text gives and no finer: halos and country shapes,
 * river bands, and points only for a town or finer (the `points` source holds no other step).
 */
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { AREA } from '../symbology.ts';
import { exploreColor, journeyColor } from './routes.ts';
import { current, groundWidth, isOpen, overview, travelled } from './state.ts';

export function areaLayers(): LayerSpecification[] {
  return [
    {
      id: 'halos',
      type: 'fill',
      source: 'halos',
      filter: isOpen as FilterSpecification,
      paint: {
        'fill-color': journeyColor,
        'fill-opacity': [
          'case',
          current,
          AREA.halo.fillOpacity.current,
          AREA.halo.fillOpacity.other,
        ],
      },
    },
    {
      id: 'halos-outline',
      type: 'line',
      source: 'halos',
      filter: isOpen as FilterSpecification,
      paint: {
        'line-color': journeyColor,
        'line-width': 1.5,
        'line-dasharray': [...AREA.halo.dash],
        'line-opacity': ['case', current, 0.8, 0],
      },
    },
    {
      id: 'river-bands',
      type: 'line',
      source: 'bands',
      filter: isOpen as FilterSpecification,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': journeyColor,
        'line-opacity': ['case', current, AREA.band.opacity.current, AREA.band.opacity.other],
        // Never a point: at least 25 km wide (DOMAIN "Border crossings").
        'line-width': groundWidth(AREA.band.km, AREA.band.minPx),
      },
    },
  ];
}

export const POINT_LAYER = 'step-points';

export function pointLayers(palette: Readonly<Record<string, string>> = {}): LayerSpecification[] {
  return [
    {
      id: POINT_LAYER,
      type: 'circle',
      source: 'points',
      metadata: { 'jm:pick': true },
      filter: ['any', overview, isOpen] as FilterSpecification,
      paint: {
        'circle-color': exploreColor(palette),
        'circle-radius': ['case', ['all', isOpen, current], 7, overview, 3.5, 4.5],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
        'circle-opacity': ['case', overview, 0.8, travelled, 1, 0.55],
      },
    },
  ];
}
