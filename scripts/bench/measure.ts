/**
 * What the bench reads from a page. Both the app and the baseline expose their map as
 * `document.querySelector('.map').journeyMap.map`, so one set of probes serves both.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Map as MapLibreMap } from 'maplibre-gl';

type MapElement = HTMLElement & { journeyMap?: { map: MapLibreMap } };

/**
 * Resolves once the map has drawn nothing for `quietMs`: late font or label work after the
 * first idle must not spill into the next measurement.
 */
export async function settle(page: Page, quietMs = 500, maxMs = 15_000): Promise<void> {
  await page.evaluate(
    ([quiet, max]) =>
      new Promise<void>((resolve) => {
        const map = document.querySelector<MapElement>('.map')?.journeyMap?.map;
        if (!map) throw new Error('the page has no map');
        const begin = performance.now();
        let last = begin;
        const onRender = () => (last = performance.now());
        map.on('render', onRender);
        const check = () => {
          const now = performance.now();
          const quietNow = now - last >= quiet && !map.isMoving() && map.areTilesLoaded();
          if (quietNow || now - begin > max) {
            map.off('render', onRender);
            resolve();
          } else setTimeout(check, 50);
        };
        check();
      }),
    [quietMs, maxMs] as const,
  );
}

export interface StepTiming {
  /** From the key's event to the map's next `idle`. */
  ms: number;
  /** `requestAnimationFrame` timestamps from the key to that `idle`. */
  frames: number[];
  /** The step the map shows afterwards, from its global state. */
  step: number;
}

/**
 * Presses `key` with focus on the page and times the camera move it causes: a capturing
 * listener, which runs before the page's own, starts the clock and a rAF loop; the map's
 * next `idle` stops both.
 */
export async function timeStep(page: Page, key: string, timeout = 60_000): Promise<StepTiming> {
  await page.evaluate(() => {
    const map = document.querySelector<MapElement>('.map')?.journeyMap?.map;
    if (!map) throw new Error('the page has no map');
    const win = window as unknown as { __benchStep?: Promise<StepTiming> };
    win.__benchStep = new Promise((resolve) => {
      addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp;
          const frames: number[] = [];
          let recording = true;
          const tick = (time: number) => {
            frames.push(time);
            if (recording) requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
          map.once('idle', () => {
            recording = false;
            resolve({
              ms: performance.now() - start,
              frames,
              step: Number(map.getGlobalState().step),
            });
          });
        },
        { capture: true, once: true },
      );
    });
    (document.activeElement as HTMLElement | null)?.blur();
  });
  await page.keyboard.press(key);
  return page.evaluate(
    (limit) =>
      Promise.race([
        (window as unknown as { __benchStep: Promise<StepTiming> }).__benchStep,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('the map did not go idle after the key')), limit),
        ),
      ]),
    timeout,
  );
}

/** Presses a key and lets the page draw two frames, so animations start before the next. */
export async function pressAndLetDraw(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

/** The JS heap in use on the page's main thread after full garbage collections, in bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

export interface Resource {
  url: string;
  startTime: number;
  responseEnd: number;
}

export function resources(page: Page): Promise<Resource[]> {
  return page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => {
      const timing = entry as PerformanceResourceTiming;
      return { url: timing.name, startTime: timing.startTime, responseEnd: timing.responseEnd };
    }),
  );
}

/** First contentful paint: when the browser really put text or an image on screen. */
export function firstContentfulPaint(page: Page): Promise<number | null> {
  return page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  );
}

export interface MapSize {
  width: number;
  height: number;
  /** The room the app's camera keeps clear for its key (see src/map/frame.ts). */
  insets: { top?: number; right?: number; bottom?: number; left?: number };
}

/** The map's drawing size in CSS pixels, and the room its camera keeps clear for panels. */
export function mapSize(page: Page): Promise<MapSize> {
  return page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('.map') as
      (HTMLElement & { journeyMap?: { frameInsets(): MapSize['insets'] } }) | null;
    if (!el) throw new Error('the page has no map');
    const insets = el.journeyMap?.frameInsets() ?? {};
    const round = (n: number | undefined) => (n === undefined ? undefined : Math.round(n));
    return {
      width: el.clientWidth,
      height: el.clientHeight,
      insets: {
        top: round(insets.top),
        right: round(insets.right),
        bottom: round(insets.bottom),
        left: round(insets.left),
      },
    };
  });
}
