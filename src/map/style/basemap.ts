/** The offline basemap from Natural Earth: sea, land, borders and the border rivers. */
import type { LayerSpecification } from 'maplibre-gl';
import { COLORS } from '../symbology.ts';
import { layerIs } from './state.ts';

export function basemapLayers(): LayerSpecification[] {
  return [
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
  ];
}

/** Drawn over the river bands, so the river shows through its band. */
export function riverLayers(): LayerSpecification[] {
  return [
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
  ];
}
