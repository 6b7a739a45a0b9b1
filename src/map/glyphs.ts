/**
 * Gets the map's labels ready before the reader's first move.
 *
 * MapLibre draws each glyph the first time a label needs it, and downloads the style's font file
 * for it first (see `font-faces` in style.ts). Each of those files becomes a `FontFace` in the
 * page's `document.fonts`, and Chromium then lays out all the text on the page again, story
 * included. Left to the map, those relayouts happened in the middle of the reader's step changes,
 * while the camera moved, and cost the move frames. Drawing every character the labels can show,
 * once, while the reader reads the opening step, moves all of it out of the moves.
 */
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

const WARMUP = 'glyph-warmup';

function collect(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') for (const char of value) into.add(char);
  else if (Array.isArray(value)) for (const item of value) collect(item, into);
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) collect(item, into);
}

/**
 * The characters labels can show, by how they are placed: MapLibre asks a label along a line
 * for the vertical forms of its Hangul and punctuation too (in case the line turns upright),
 * which a label at a point never needs. Each is a font face and a glyph of its own.
 */
export interface LabelText {
  point: string;
  line: string;
}

const PLACEMENTS = ['point', 'line'] as const;

/**
 * Every character a label of `style` can show: the strings in its symbol layers' `text-field`s
 * and the string values of the sources they read. Some never reach a label (ids, colours);
 * drawing those few extra glyphs costs less than keeping a second list of what labels read.
 */
export function labelCharacters(style: StyleSpecification): LabelText {
  const chars = { point: new Set<string>(), line: new Set<string>() };
  for (const layer of style.layers) {
    if (layer.type !== 'symbol') continue;
    const placement = layer.layout?.['symbol-placement'] ?? 'point';
    const into = chars[placement === 'point' ? 'point' : 'line'];
    collect(layer.layout?.['text-field'], into);
    const source = style.sources[layer.source];
    if (source?.type !== 'geojson' || typeof source.data !== 'object') continue;
    const data = source.data as { features?: { properties?: unknown }[] };
    for (const feature of data.features ?? []) {
      const properties = feature.properties;
      if (properties && typeof properties === 'object')
        for (const value of Object.values(properties))
          if (typeof value === 'string') collect(value, into);
    }
  }
  const text = (set: Set<string>) =>
    [...set]
      .filter((char) => /\S/u.test(char))
      .sort()
      .join('');
  return { point: text(chars.point), line: text(chars.line) };
}

/**
 * Draws the labels' characters once, invisibly, at the centre of the view, at a point and along
 * a line, then takes them away again. Resolves when the map has drawn them (its next `idle`: a
 * source's tile waits for its glyphs) and they are gone. The glyphs stay in MapLibre's cache
 * for the labels that need them later.
 */
export function warmGlyphs(map: MapLibreMap, text: LabelText, font: string): Promise<void> {
  const todo = PLACEMENTS.filter((placement) => text[placement]);
  if (todo.length === 0 || map.getSource(WARMUP)) return Promise.resolve();
  // Across the middle of the view: a line much shorter than a pixel is simplified away with
  // its label before any glyph is asked for.
  const { width, height } = map.getCanvas().getBoundingClientRect();
  const at = (x: number) => map.unproject([x, height / 2]).toArray();
  map.addSource(WARMUP, {
    type: 'geojson',
    data: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: at(width / 2) },
          properties: { placement: 'point' },
        },
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [at(width / 4), at((width * 3) / 4)],
          },
          properties: { placement: 'line' },
        },
      ],
    },
  });
  for (const placement of todo)
    map.addLayer({
      id: `${WARMUP}-${placement}`,
      type: 'symbol',
      source: WARMUP,
      filter: ['==', ['get', 'placement'], placement],
      layout: {
        'text-field': text[placement],
        'text-font': [font],
        'symbol-placement': placement,
        // Placed whatever is there, and kept out of the collision index, so that it neither
        // hides a real label nor answers `queryRenderedFeatures`. A line too short for the text
        // is enough: glyphs are asked for before MapLibre tries to fit the label.
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-opacity': 0 },
    });
  return new Promise((resolve) => {
    map.once('idle', () => {
      for (const placement of PLACEMENTS)
        if (map.getLayer(`${WARMUP}-${placement}`)) map.removeLayer(`${WARMUP}-${placement}`);
      if (map.getSource(WARMUP)) map.removeSource(WARMUP);
      resolve();
    });
  });
}
