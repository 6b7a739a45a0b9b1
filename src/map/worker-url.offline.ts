/**
 * The one-file build's worker (vite.config.ts swaps this in for worker-url.ts): its source is
 * inlined and run from a Blob URL, as a page opened over file:// may not load a worker file.
 */
import source from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';

export default URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
