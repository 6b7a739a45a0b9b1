/**
 * Real Chromium for browser tests: Debian's build via playwright-core, WebGL on the CPU, and a
 * page that records every request leaving the origin and every page error.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { inject } from 'vitest';
// The style's own list: a leg layer left out of it can be neither clicked nor tested.
import { ROUTE_LAYERS } from '../../src/map/style/routes.ts';

export const SCREENSHOTS = 'test-results/screenshots';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page (or in a frame), one line each. */
export async function seriousViolations(page: Page | Frame): Promise<string[]> {
  // Evaluated, not added as a script tag: a page's CSP (embed.html's, a host page's) forbids
  // inline scripts, and evaluating is not subject to it.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (c: Document) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return launchChromium(extraArgs);
}

export interface Watched {
  page: Page;
  /** Requests that tried to leave the origin; each was blocked. */
  outside: string[];
  /**
   * Uncaught exceptions, console errors and console warnings: every browser test expects none,
   * and a test that provokes one on purpose filters out exactly that one.
   */
  errors: string[];
  close: () => Promise<void>;
}

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function openPage(
  browser: Browser,
  path: string,
  options: BrowserContextOptions & {
    before?: (page: Page) => Promise<unknown>;
    /** Where `path` is resolved; the built app's server unless given (a file:// page, say). */
    base?: string;
  } = {},
): Promise<Watched> {
  const { before, base = baseUrl(), ...contextOptions } = options;
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    ...contextOptions,
  });
  const page = await context.newPage();
  // A file:// page's origin is opaque: its own folder stands in for it.
  const origin = base.startsWith('file:') ? new URL('.', base).href : new URL(base).origin;
  const outside: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    const type = message.type();
    if (type === 'error') errors.push(`console: ${message.text()}`);
    else if (type === 'warning') errors.push(`console warning: ${message.text()}`);
  });
  if (before) await before(page);
  await page.goto(new URL(path, base).href);
  return { page, outside, errors, close: () => context.close() };
}

export async function waitForMapReady(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('jm:map-ready').length > 0, null, {
    timeout: 60_000,
  });
}

/** Resolves when the map has finished moving and drawing. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const el = document.querySelector('.map') as HTMLElement & {
          journeyMap?: { map: import('maplibre-gl').Map };
        };
        const map = el.journeyMap?.map;
        if (!map) return resolve();
        const check = () => {
          if (!map.isMoving() && map.loaded() && map.areTilesLoaded()) resolve();
          else map.once('idle', () => resolve());
        };
        // Let any camera move that has just been asked for begin first.
        requestAnimationFrame(() => requestAnimationFrame(check));
      }),
  );
}

export interface MapState {
  story: string;
  step: number;
  routeFeatures: { story: string; step: number; basis: string; fiction: boolean }[];
  /** Whether each of the points is inside the visible map. */
  inView: boolean[];
  layers: string[];
  zoom: number;
}

/** The map's state, read through MapLibre: layers, rendered features and camera. */
export async function mapState(page: Page, points: [number, number][] = []): Promise<MapState> {
  return page.evaluate(
    ([pts, layers]) => {
      const el = document.querySelector('.map') as HTMLElement & {
        journeyMap: { map: import('maplibre-gl').Map };
      };
      const map = el.journeyMap.map;
      const canvas = map.getCanvas();
      const width = canvas.clientWidth;
      const height = canvas.clientHeight;
      return {
        story: String(map.getGlobalState().story),
        step: Number(map.getGlobalState().step),
        routeFeatures: map.queryRenderedFeatures({ layers }).map((f) => ({
          story: String(f.properties.story),
          step: Number(f.properties.step),
          basis: String(f.properties.basis),
          fiction: Boolean(f.properties.fiction),
        })),
        inView: pts.map(([lng, lat]) => {
          // Journeys cross the antimeridian: look for the copy of the point nearest the centre.
          const centre = map.getCenter().lng;
          let near = lng;
          while (near - centre > 180) near -= 360;
          while (centre - near > 180) near += 360;
          const { x, y } = map.project([near, lat]);
          return x >= 0 && y >= 0 && x <= width && y <= height;
        }),
        layers: map.getStyle().layers.map((l) => l.id),
        zoom: map.getZoom(),
      };
    },
    [points, [...ROUTE_LAYERS] as string[]] as [[number, number][], string[]],
  );
}
