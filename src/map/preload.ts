/**
 * Starts the downloads a page with a map needs as it opens, so they arrive while the story
 * renders: the basemap and route geometry for either renderer, and MapLibre's code when it will
 * draw. Asked for from script, not in index.html, because only the URL says whether the page
 * shows a map (the lesson page, the presenter view and an unknown story do not; the SVG map
 * and the handout never run MapLibre), and Chromium warns of every preload left unused.
 * MapLibre's code is a `preload`, not a `modulepreload`: a preloaded module is compiled as soon
 * as it arrives, which holds up the story.
 */
import geometryUrl from 'virtual:journeys-geo';
import { world, eastAsia } from 'virtual:basemap';
import { readRenderer } from '../app/url.ts';
import { supportsWebGL2 } from './webgl.ts';

/** The map's code beside this file, written in by the build (scripts/vite-plugin-journeys.ts). */
const MAP_CODE: string = '__JM_MAP_CODE__';

/** The modes that draw a map (src/present/mode-url.ts), and those that draw it with MapLibre. */
const MAP_MODES = new Set([null, 'app', 'present', 'handout']);
const LIVE_MODES = new Set([null, 'app', 'present']);

/** `url` is resolved as `fetch` would (the page's base) or, for code, beside this module. */
function preload(doc: Document, as: 'fetch' | 'script', url: string): void {
  const link = doc.createElement('link');
  link.rel = 'preload';
  link.as = as;
  link.crossOrigin = 'anonymous';
  link.href = new URL(url, as === 'script' ? import.meta.url : doc.baseURI).href;
  doc.head.append(link);
}

export function preloadMap(doc: Document, search: string, knownStory: (id: string) => boolean) {
  // Left unset by the dev server (modules one by one) and the one-file build (all inline).
  if (!MAP_CODE.endsWith('.js')) return;
  const params = new URLSearchParams(search);
  const mode = params.get('mode');
  const story = params.get('story');
  if (!MAP_MODES.has(mode) || (story !== null && !knownStory(story.trim()))) return;
  for (const url of [world, eastAsia, geometryUrl]) if (url) preload(doc, 'fetch', url);
  const renderer = readRenderer(search);
  if (!LIVE_MODES.has(mode) || renderer === 'svg') return;
  if (renderer !== 'maplibre' && !supportsWebGL2()) return;
  preload(doc, 'script', MAP_CODE);
}
