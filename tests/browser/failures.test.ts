/**
 * Never a blank page: each failure is made by intercepting requests (or breaking the map's
 * graphics) in the browser, and each ends in a readable state with a way on: the journey's
 * data, a font, the map's worker, a lost WebGL context, a link to a step that does not exist,
 * a malformed link, and a slow network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, openPage, waitForMapReady } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const progress = (page: Page) => page.locator('.stepper .count').textContent();
const svgStep = (page: Page) => page.locator('svg.svg-map').getAttribute('data-current');
/** The language the MapLibre map's labels are drawn in. */
const labelLanguage = (page: Page) =>
  page.evaluate(() => {
    const { map } = (
      document.querySelector('.map') as HTMLElement & {
        journeyMap: { map: import('maplibre-gl').Map };
      }
    ).journeyMap;
    return map.getGlobalState().lang as string;
  });
/**
 * Console lines a deliberately failed request leaves: the browser's own, and MapLibre's warning
 * for each font file it could not fetch. Anything else is the app's, and counts.
 */
const failedLoads = (errors: string[]) =>
  errors.filter(
    (e) =>
      !/Failed to load resource|ERR_FAILED|net::/.test(e) &&
      !/Ignoring the font face at \S*noto-sans-kr-[^ ]*\.woff2: AJAXError: Failed to fetch/.test(e),
  );

describe('the journeys’ map data fails to load', () => {
  it.each([
    ['a 404', (r: import('playwright-core').Route) => r.fulfill({ status: 404, body: 'gone' })],
    ['an abort', (r: import('playwright-core').Route) => r.abort('failed')],
    [
      'bad JSON',
      (r: import('playwright-core').Route) =>
        r.fulfill({ status: 200, contentType: 'application/json', body: '{"type":' }),
    ],
  ])(
    'on %s: a clear message, the story and the route in words, and a retry that works',
    async (_n, fail) => {
      let failing = true;
      const { page, close } = await openPage(browser, '?story=joseph&step=2', {
        before: (p) =>
          p.route(/journeys-[^/]*\.json$/, (route) => (failing ? fail(route) : route.continue())),
      });
      try {
        const alert = page.getByRole('alert');
        await expect(alert.textContent()).resolves.toMatch(/The map didn’t load/);
        expect(await alert.textContent()).toMatch(/journey data|geometry/);
        // Nothing else is lost: the story, the timeline and the route in words are all there.
        expect(await page.locator('[id$="-step-joseph-2"] h3').count()).toBe(1);
        expect(await page.locator('.timeline-area').isVisible()).toBe(true);
        expect(await page.locator('.route-in-words').first().textContent()).toMatch(/Hoeryong/);
        failing = false;
        await page.getByRole('button', { name: 'Try the map again' }).click();
        await waitForMapReady(page);
        await alert.waitFor({ state: 'detached' });
        expect(await page.locator('.map canvas').count()).toBe(1);
      } finally {
        await close();
      }
    },
  );
});

describe('the Korean font fails to load', () => {
  it('the map names places in English and says so, rather than drawing empty boxes', async () => {
    const { page, errors, close } = await openPage(browser, '?story=jin-kyung&step=1&lang=ko', {
      before: (p) => p.route(/noto-sans-kr-[^/]*\.woff2$/, (r) => r.abort('failed')),
    });
    try {
      await waitForMapReady(page);
      const notice = page.locator('[data-hangul="missing"]');
      await notice.waitFor();
      expect(await notice.getAttribute('lang')).toBe('en');
      expect(await notice.textContent()).toMatch(/Korean letters could not be loaded/);
      // The labels read the map's `lang` global state (style/state.ts).
      expect(await labelLanguage(page)).toBe('en');
      expect(failedLoads(errors)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('with the font there, the same page keeps its Korean names (a control for the test above)', async () => {
    const { page, close } = await openPage(browser, '?story=jin-kyung&step=1&lang=ko');
    try {
      await waitForMapReady(page);
      await page.waitForTimeout(500);
      expect(await page.locator('[data-hangul="missing"]').count()).toBe(0);
      expect(await labelLanguage(page)).toBe('ko');
    } finally {
      await close();
    }
  });
});

describe('the full map cannot run', () => {
  it('a blocked worker: the SVG map takes over, says why, and follows the story', async () => {
    const { page, errors, close } = await openPage(browser, '?story=joseph&step=2', {
      before: (p) => p.route(/maplibre-gl-worker[^/]*\.mjs$/, (r) => r.abort('failed')),
    });
    try {
      await waitForMapReady(page);
      await expect(page.locator('[data-fallback="worker"]').count()).resolves.toBe(1);
      expect(await page.locator('.map canvas').count()).toBe(0);
      expect(await svgStep(page)).toBe('joseph/2');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => svgStep(page)).toBe('joseph/3');
      expect(await progress(page)).toBe('Step 4 of 9');
      expect(failedLoads(errors).filter((e) => !/worker/i.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a lost WebGL context: the SVG map takes over at the same step, and says why', async () => {
    const { page, close } = await openPage(browser, '?story=joseph&step=5');
    try {
      await waitForMapReady(page);
      await page.evaluate(() => {
        const canvas = document.querySelector('.map canvas') as HTMLCanvasElement;
        canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext();
      });
      await page.locator('[data-fallback="context-lost"]').waitFor();
      await expect.poll(() => svgStep(page)).toBe('joseph/5');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => svgStep(page)).toBe('joseph/4');
    } finally {
      await close();
    }
  });

  it('?renderer=svg with WebGL there: the SVG map, no notice, and MapLibre never fetched', async () => {
    const fetched: string[] = [];
    const { page, errors, close } = await openPage(browser, '?story=bella&step=1&renderer=svg', {
      before: async (p) => void p.on('request', (r) => fetched.push(r.url())),
    });
    try {
      await waitForMapReady(page);
      expect(await page.locator('svg.svg-map').count()).toBe(1);
      expect(await page.locator('.map canvas').count()).toBe(0);
      expect(await page.locator('[data-fallback]').count()).toBe(0);
      expect(fetched.filter((u) => /maplibre-gl-worker/.test(u))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('links that name no real place in a story', () => {
  it.each([
    ['99', 'Step 9 of 9', '8'],
    ['-3', 'Step 1 of 9', '0'],
    ['two', 'Step 1 of 9', '0'],
  ])(
    'step=%s: the nearest step, a message that says so, and a way on',
    async (asked, shown, urlStep) => {
      const { page, errors, close } = await openPage(browser, `?story=joseph&step=${asked}`);
      try {
        const notice = page.locator('[data-step-notice]');
        await notice.waitFor();
        expect(await notice.textContent()).toContain(`(step=${asked})`);
        expect(await progress(page)).toBe(shown);
        await page.waitForURL(new RegExp(`step=${urlStep}(?!\\d)`));
        if (urlStep !== '0') {
          await notice.getByRole('button', { name: 'Start from the first step' }).click();
          await expect.poll(() => progress(page)).toBe('Step 1 of 9');
        } else await notice.getByRole('button', { name: 'OK' }).click();
        await notice.waitFor({ state: 'detached' });
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  it('a step that exists gets no message (a control for the test above)', async () => {
    const { page, close } = await openPage(browser, '?story=joseph&step=3');
    try {
      await expect.poll(() => progress(page)).toBe('Step 4 of 9');
      expect(await page.locator('[data-step-notice]').count()).toBe(0);
    } finally {
      await close();
    }
  });

  it('a malformed link (a broken escape, no step): the not-found page and a way back', async () => {
    const { page, errors, close } = await openPage(browser, '?story=%E0%A4%A&step=&lang=%FF');
    try {
      await expect(
        page.getByRole('heading', { name: /There is no journey called/ }).count(),
      ).resolves.toBe(1);
      await page.getByRole('button', { name: 'See all journeys' }).click();
      await expect(page.locator('.card').count()).resolves.toBe(6);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('a slow network (3G)', () => {
  it('puts the story’s words on screen before the map is ready', async () => {
    const { page, errors, close } = await openPage(browser, 'about:blank');
    try {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      // DevTools' "Fast 3G": 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trips (×3.75, as
      // DevTools applies it).
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 562.5,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await page.goto(new URL('?story=joseph&step=1', baseUrl()).href, { waitUntil: 'commit' });
      await page.waitForFunction(
        () => performance.getEntriesByName('jm:story-visible').length > 0,
        null,
        { timeout: 60_000 },
      );
      const mapReady = await page.evaluate(
        () => performance.getEntriesByName('jm:map-ready').length,
      );
      expect(mapReady).toBe(0);
      expect(await page.locator('[id$="-step-joseph-1"] h3').isVisible()).toBe(true);
      // …and the map follows, on the same slow line.
      await waitForMapReady(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
