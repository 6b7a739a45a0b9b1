/**
 * A step change's cost on the main thread, per renderer: from the key to the first frame that
 * shows the new step (the SVG map's `data-current` changed, or MapLibre's first `render` after
 * the key), timed inside the page so the bench's own round trips are not counted.
 */
import type { Browser } from 'playwright-core';
import { coldPage, markTime } from './browser.ts';

export type Renderer = 'svg' | 'maplibre';

/** Milliseconds from each key to the first frame of its step, `moves` changes back and forth. */
export async function firstFrames(
  browser: Browser,
  appUrl: string,
  renderer: Renderer,
  story: string,
  step: number,
  moves: number,
): Promise<{ ms: number[]; errors: string[] }> {
  const { page, errors, close } = await coldPage(browser);
  try {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${appUrl}?story=${story}&step=${step}&renderer=${renderer}`);
    await markTime(page, 'jm:map-ready');
    // The load's tail (the steps laid out once the map is ready, late font faces) is not a step
    // change's cost: start from a quiet page, as the other step figures do.
    await page.waitForTimeout(1500);
    const ms: number[] = [];
    for (let i = 0; i < moves; i++) {
      const key = i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft';
      ms.push(
        await page.evaluate(
          ({ key, renderer }) =>
            new Promise<number>((resolve) => {
              const container = document.querySelector('.map') as HTMLElement & {
                journeyMap?: { map: import('maplibre-gl').Map };
              };
              const start = performance.now();
              const frame = () => requestAnimationFrame(() => resolve(performance.now() - start));
              if (renderer === 'svg') {
                const svg = container.querySelector('svg.svg-map')!;
                const seen = new MutationObserver(() => {
                  seen.disconnect();
                  frame();
                });
                seen.observe(svg, { attributes: true, attributeFilter: ['data-current'] });
              } else
                container.journeyMap!.map.once('render', () => resolve(performance.now() - start));
              document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
            }),
          { key, renderer },
        ),
      );
      // Let the map settle before the next key, as a reader would.
      await page.waitForTimeout(400);
    }
    return { ms, errors };
  } finally {
    await close();
  }
}
