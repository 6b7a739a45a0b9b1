/**
 * Whether this browser can run MapLibre at all. maplibre-gl 6 draws with WebGL2 only, so a
 * browser with only WebGL1 counts as without: it gets the map in words (or the SVG map), never a
 * "try again" that cannot work.
 */
let known: boolean | undefined;

/** Asked once per page: the page opening (src/map/preload.ts) and each map area share it. */
export function supportsWebGL2(): boolean {
  known ??= probe();
  return known;
}

function probe(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2');
    const ok = context !== null;
    // Give the context back at once: browsers allow only a few at a time.
    context?.getExtension('WEBGL_lose_context')?.loseContext();
    return ok;
  } catch {
    return false;
  }
}
