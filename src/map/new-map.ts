/**
 * The MapLibre map with the app's options and controls. The app's map (controller.ts) and the
 * bench's bare page both make theirs here, so the bench compares like with like.
 */
import * as maplibregl from 'maplibre-gl';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import markerCss from './marker.css?inline';
import { adoptCss, styleRootOf } from '../app/adopt.ts';

export function newMap(
  container: HTMLElement,
  style: maplibregl.StyleSpecification,
  { fadeDuration, cooperative = false }: { fadeDuration: number; cooperative?: boolean },
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
      customAttribution: 'Basemap: Natural Earth (public domain)',
    },
    // In an embed, the page scrolls over the map; Ctrl+scroll or two fingers zoom it.
    cooperativeGestures: cooperative,
    fadeDuration,
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
