/** Where MapLibre's worker comes from: its own file beside the app. */
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export default new URL(workerUrl, import.meta.url).href;
