/**
 * The MapLibre map with the app's options and controls. The app's map (controller.ts) and the
 * bench's bare page both make theirs here, so the bench compares like with like.
 */
import * as maplibregl from 'maplibre-gl';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import markerCss from './marker.css?inline';
import { adoptCss, styleRootOf } from '../app/adopt.ts';
import type { Language } from '../data/types.ts';
import { m, say } from '../i18n/index.ts';

/** MapLibre's own interface words that this map shows, in the map's language. */
function mapLocale(lang: Language): Record<string, string> {
  const o = say(lang);
  return {
    'Map.Title': m.app_region_map({}, o),
    'NavigationControl.ZoomIn': m.map_zoom_in({}, o),
    'NavigationControl.ZoomOut': m.map_zoom_out({}, o),
    'AttributionControl.ToggleAttribution': m.map_toggle_attribution({}, o),
  };
}

/**
 * Renames MapLibre's controls in another language. MapLibre reads its locale only when a
 * control is made, so the words are set on the elements it made.
 */
export function relabelMap(map: maplibregl.Map, lang: Language): void {
  const o = say(lang);
  const container = map.getContainer();
  const name = (selector: string, words: string) => {
    for (const element of container.querySelectorAll(selector)) {
      if (element.hasAttribute('title')) element.setAttribute('title', words);
      element.setAttribute('aria-label', words);
    }
  };
  name('canvas.maplibregl-canvas', m.app_region_map({}, o));
  name('.maplibregl-ctrl-zoom-in', m.map_zoom_in({}, o));
  name('.maplibregl-ctrl-zoom-out', m.map_zoom_out({}, o));
  name('.maplibregl-ctrl-attrib-button', m.map_toggle_attribution({}, o));
  // Our sources carry no attribution of their own: the credit is the whole of it.
  const credit = container.querySelector('.maplibregl-ctrl-attrib-inner');
  if (credit) credit.textContent = m.map_basemap_credit({}, o);
}

export function newMap(
  container: HTMLElement,
  style: maplibregl.StyleSpecification,
  {
    fadeDuration,
    lang = 'en',
    cooperative = false,
  }: { fadeDuration: number; lang?: Language; cooperative?: boolean },
): maplibregl.Map {
  // Into the container's own root: a map inside a shadow root never sees the document's sheets.
  const root = styleRootOf(container);
  adoptCss(root, 'maplibre-gl', maplibreCss);
  adoptCss(root, 'marker', markerCss);
  const map = new maplibregl.Map({
    container,
    style,
    // Replaced before the first frame by the opening step's frame.
    center: [125, 38],
    zoom: 1,
    maxZoom: 8,
    minZoom: 0,
    // Arrow keys belong to the story (ArrowRight is "next step"), not to panning.
    keyboard: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    // Hangul comes from the bundled Korean font in `font-faces`, never from local fonts.
    localIdeographFontFamily: false,
    attributionControl: {
      compact: true,
      customAttribution: m.map_basemap_credit({}, say(lang)),
    },
    // In an embed, the page scrolls over the map; Ctrl+scroll or two fingers zoom it.
    cooperativeGestures: cooperative,
    fadeDuration,
    // Set once: the controls keep the language the map was made in.
    locale: mapLocale(lang),
    // Tiles that have left the view are kept for 3 zoom levels' worth of views, not MapLibre's
    // 5. A story jumps between a few far-apart views, so the two extra levels were rarely shown
    // again, yet across eight sources they held megabytes of heap and GPU buffers, which matters
    // on school computers and phones.
    // The sources are small GeoJSON, so a tile needed again is cut again quickly.
    maxTileCacheZoomLevels: 3,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
  return map;
}
