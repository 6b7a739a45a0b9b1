/**
 * Picks the renderer for a map area: MapLibre where WebGL2 works, the SVG geography otherwise,
 * or whichever `?renderer=` asks for. Each is loaded only when it is used.
 */
import type { MapRenderer, RendererKind, RendererOptions } from './renderer.ts';
import { supportsWebGL2 } from './webgl.ts';

/** Why the SVG map is drawn instead of MapLibre; `null` when it was asked for or not used. */
export type FallbackReason = 'no-webgl' | 'gpu' | 'worker' | 'context-lost';

export interface Chosen {
  renderer: MapRenderer;
  fallback: FallbackReason | null;
}

async function svg(options: RendererOptions): Promise<MapRenderer> {
  const { createSvgRenderer } = await import('./svg/index.ts');
  return createSvgRenderer(options);
}

/**
 * Why MapLibre could not start, when the SVG map can stand in: maplibre-gl throws
 * `GPUInitializationError` when it cannot get a WebGL2 context, and the controller a
 * `WorkerFailure` when the map's worker never started. Matched by name so that this module
 * need not load maplibre-gl to know.
 */
function fallbackFor(error: unknown): FallbackReason | null {
  if (!(error instanceof Error)) return null;
  if (error.name === 'GPUInitializationError') return 'gpu';
  if (error.name === 'WorkerFailure') return 'worker';
  return null;
}

export async function chooseRenderer(
  options: RendererOptions,
  prefer?: RendererKind,
): Promise<Chosen> {
  if (prefer === 'svg') return { renderer: await svg(options), fallback: null };
  // A probe costs a context of its own, but finding out inside MapLibre costs its whole load.
  if (prefer !== 'maplibre' && !supportsWebGL2())
    return { renderer: await svg(options), fallback: 'no-webgl' };
  try {
    const { createMapLibreRenderer } = await import('./controller.ts');
    return { renderer: await createMapLibreRenderer(options), fallback: null };
  } catch (error) {
    const fallback = fallbackFor(error);
    if (!fallback) throw error;
    // Whatever a half-made MapLibre map left in the container goes with it.
    options.container.replaceChildren();
    return { renderer: await svg(options), fallback };
  }
}
