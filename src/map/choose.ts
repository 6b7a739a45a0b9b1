/**
 * Picks the renderer for a map area: MapLibre where WebGL2 works, the SVG geography otherwise,
 * or whichever `?renderer=` asks for. Each is loaded only when it is used.
 */
import type { MapRenderer, RendererKind, RendererOptions } from './renderer.ts';

export async function createRenderer(
  options: RendererOptions,
  // The SVG renderer arrives with the never-blank issue; until then MapLibre is the only one.
  _prefer?: RendererKind,
): Promise<MapRenderer> {
  const { createMapLibreRenderer } = await import('./controller.ts');
  return createMapLibreRenderer(options);
}
