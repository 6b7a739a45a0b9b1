/**
 * What must hold whatever the reader does: no blank page when something fails, accessibility,
 * care with distressing passages, reduced motion, layouts from phone to projector, and a map that
 * draws with bundled fonts and nothing from elsewhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { loadAndCompile } from '../../src/data/load.ts';
import { legPaths } from '../../src/map/paths.ts';
import {
  launch,
  mapState,
  openPage,
  seriousViolations,
  waitForMapIdle,
  waitForMapReady,
} from './harness.ts';
import { reviewScreenshot } from './review.ts';

const root = new URL('../..', import.meta.url).pathname;
const { index, geometry } = loadAndCompile({ root });
const story = (id: string) => index.stories.find((s) => s.id === id)!;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Legs the map draws now, whichever map element holds the live map. */
function legsDrawn(page: Page): Promise<number> {
  return page.evaluate(() => {
    const el = [...document.querySelectorAll('.map')].find(
      (e) => (e as HTMLElement & { journeyMap?: unknown }).journeyMap,
    ) as (HTMLElement & { journeyMap: { map: import('maplibre-gl').Map } }) | undefined;
    const map = el?.journeyMap.map;
    if (!map || !map.isStyleLoaded()) return 0;
    return map.querySourceFeatures('legs').length;
  });
}

describe('accessibility (axe-core)', () => {
  it.each([
    ['the overview', ''],
    ['a story', '?story=bella&step=2'],
    ['fiction', '?story=loh-kiwan&step=1'],
    ['a story on a phone', '?story=joseph&step=3'],
  ])('%s has no serious or critical violations', async (_name, path) => {
    const phone = path.includes('joseph');
    // axe is injected as an inline script, which the app's Content-Security-Policy forbids.
    const { page, errors, close } = await openPage(browser, path, {
      bypassCSP: true,
      ...(phone ? { viewport: { width: 360, height: 740 } } : {}),
    });
    try {
      await waitForMapReady(page);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the check itself catches a button with no name (a control for the tests above)', async () => {
    const { page, close } = await openPage(browser, '', { bypassCSP: true });
    try {
      await page.evaluate(() => document.body.append(document.createElement('button')));
      const found = await seriousViolations(page);
      expect(found.some((v) => v.startsWith('button-name'))).toBe(true);
    } finally {
      await close();
    }
  });

  it('the map has a name and a text alternative: the route in words', async () => {
    const { page, close } = await openPage(browser, '?story=bella&step=0');
    try {
      const region = page.getByRole('region', { name: /Map of journey: Bella/ });
      await expect(region.count()).resolves.toBe(1);
      const describedBy = await region.getAttribute('aria-describedby');
      const words = await page.locator(`#${describedBy}`).textContent();
      expect(words).toContain(
        'From Hyesan, North Korea, across the Yalu River (inferred) into China; six months in China; then to South Korea',
      );
    } finally {
      await close();
    }
  });
});

describe('never a blank page', () => {
  it('an unknown story id gets a readable message and a way back', async () => {
    const { page, errors, close } = await openPage(browser, '?story=nobody&step=2');
    try {
      await expect(
        page.getByRole('heading', { name: /There is no journey called “nobody”/ }).count(),
      ).resolves.toBe(1);
      await page.getByRole('button', { name: 'See all journeys' }).click();
      await page.waitForURL((url) => !url.search.includes('story='));
      await expect(page.locator('.card').count()).resolves.toBe(6);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('without WebGL the story and timeline work, the map is drawn in SVG and says why, and the route is in words', async () => {
    const { page, close } = await openPage(browser, '?story=joseph&step=4', {
      before: (p) =>
        p.addInitScript(() => {
          const original = HTMLCanvasElement.prototype.getContext;
          HTMLCanvasElement.prototype.getContext = function (
            this: HTMLCanvasElement,
            type: string,
            ...rest: unknown[]
          ) {
            if (/webgl/.test(type)) return null;
            return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
          } as typeof original;
        }),
    });
    try {
      const notice = page.locator('[data-fallback="no-webgl"]');
      await expect(notice.textContent()).resolves.toContain('WebGL');
      const svg = page.locator('svg[data-renderer="svg"]');
      await expect(svg.getAttribute('data-step')).resolves.toBe('4');
      await expect(
        page.locator('[id$="-step-joseph-4"] blockquote').first().textContent(),
      ).resolves.toContain('Yanji');
      await expect(
        page.getByRole('slider', { name: /Timeline/ }).getAttribute('aria-valuenow'),
      ).resolves.toBe('5');
      // The route in words describes the map, one click away.
      const words = page.locator('[id$="-route-in-words"]');
      await expect(words.count()).resolves.toBe(1);
      const id = await words.getAttribute('id');
      await expect(page.locator(`[aria-describedby="${id}"]`).count()).resolves.toBe(1);
      await page.getByText('Route in words').click();
      await expect(words.isVisible()).resolves.toBe(true);
      await svg.focus();
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/step=5/);
      await expect.poll(() => svg.getAttribute('data-step')).toBe('5');
    } finally {
      await close();
    }
  });

  it('a basemap that fails to load: routes on a plain background, a notice, and a retry that works', async () => {
    let fail = true;
    const { page, close } = await openPage(browser, '?story=bella&step=1', {
      before: (p) =>
        p.route(/world-[^/]*\.json$/, (route) =>
          fail ? route.fulfill({ status: 404, body: 'gone' }) : route.continue(),
        ),
    });
    try {
      const notice = page.locator('[data-basemap="missing"]');
      await expect(notice.textContent()).resolves.toMatch(/basemap didn’t load/);
      // Routes and places still draw, on a plain background.
      await expect.poll(() => legsDrawn(page), { timeout: 60_000 }).toBeGreaterThan(0);
      await expect(
        page.locator('[id$="-step-bella-1"] blockquote').first().isVisible(),
      ).resolves.toBe(true);
      fail = false;
      await page.getByRole('button', { name: 'Try the basemap again' }).click();
      await notice.waitFor({ state: 'detached', timeout: 60_000 });
      await expect.poll(() => legsDrawn(page), { timeout: 60_000 }).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });
});

describe('loading', () => {
  /** Records every size the map's box takes, from the moment it is in the page. */
  function recordMapSizes(page: Page) {
    return page.addInitScript(() => {
      const sizes: string[] = [];
      (window as unknown as { mapSizes: string[] }).mapSizes = sizes;
      const observer = new ResizeObserver(([entry]) => {
        const { width, height } = entry!.contentRect;
        sizes.push(`${Math.round(width)}×${Math.round(height)}`);
      });
      new MutationObserver((_, self) => {
        const map = document.querySelector('.map');
        if (!map) return;
        observer.observe(map);
        self.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
  }
  const mapSizes = (page: Page) =>
    page.evaluate(() => (window as unknown as { mapSizes: string[] }).mapSizes);

  // A map resized while it loads lays out and draws again: seconds where WebGL runs on the CPU.
  it('the map keeps its size while it loads, whatever the timeline measures', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 800, height: 700 },
    ]) {
      const { page, close } = await openPage(browser, '?story=joseph&step=6', {
        viewport,
        before: recordMapSizes,
      });
      try {
        await waitForMapReady(page);
        const sizes = await mapSizes(page);
        expect(sizes.length, `${viewport.width}px: ${sizes.join(', ')}`).toBe(1);
      } finally {
        await close();
      }
    }
  });
});

describe('the story while the map loads', () => {
  /** Holds the world basemap, and with it the map's load, until `release` is called. */
  async function openHeld(path: string, anchoring: boolean) {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const watched = await openPage(browser, path, {
      before: async (p) => {
        await p.route(/world-[^/]*\.json$/, async (route) => {
          await held;
          await route.continue();
        });
        // As in a browser that does not anchor scrolling: the panel must keep its place itself.
        if (!anchoring)
          await p.addInitScript(() => {
            // A constructed sheet: the page's CSP refuses a `<style>` element.
            const sheet = new CSSStyleSheet();
            sheet.replaceSync('.scroller { overflow-anchor: none; }');
            document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
          });
      },
    });
    await watched.page.waitForFunction(
      () => performance.getEntriesByName('jm:story-visible').length > 0,
    );
    return { ...watched, release };
  }

  /** Which steps are left unlaid until scrolled to, and how far the step `n` is from the top. */
  function panel(page: Page, n: number) {
    return page.evaluate(async (n) => {
      // Read once a frame is done, resize observers included: where the page left it.
      for (let i = 0; i < 2; i++)
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const scroller = document.querySelector('[id$="-story-panel"] .scroller')!;
      const items = [...scroller.querySelectorAll('.steps > li')];
      const card = scroller.querySelector(`[data-step="${n}"]`)!;
      const top = card.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      return {
        // Never drawn yet: skipped at a guessed height. Steps drawn once and skipped again later
        // keep their true heights (see the test after these).
        deferred: items.flatMap((li, i) => (li.classList.contains('deferred') ? [i] : [])),
        fromTop: Math.round(top),
        /** Unrounded: scroll offsets here are whole pixels, so a step sits up to 1 px off its line. */
        exactTop: top,
        current: Number(scroller.querySelector('[aria-current="step"]')?.getAttribute('data-step')),
      };
    }, n);
  }

  const browsers = [
    { anchoring: true, as: 'with scroll anchoring' },
    { anchoring: false, as: 'without scroll anchoring' },
  ];

  it.each(browsers)(
    'lays out only the steps near the opening one, then all of them, keeping the reader’s place, $as',
    async ({ anchoring }) => {
      const { page, close, release, errors } = await openHeld('?story=joseph&step=6', anchoring);
      try {
        const loading = await panel(page, 6);
        expect(loading.deferred).toEqual([0, 1, 2, 3, 4, 8]);
        expect(loading.current).toBe(6);
        release();
        await waitForMapReady(page);
        const ready = await panel(page, 6);
        expect(ready.deferred).toEqual([]);
        expect(ready.current).toBe(6);
        // The panel puts the step's top 12 px below its own, but the scroll offset is a whole
        // number of pixels, so each reading can be up to a pixel off that line, on either side
        // (11.03 while loading and 12.39 once ready, measured): not a move of the reader's place.
        expect(Math.abs(loading.exactTop - 12)).toBeLessThan(1);
        expect(Math.abs(ready.exactTop - 12)).toBeLessThan(1);
        expect(loading.fromTop).toBeGreaterThanOrEqual(10);
        expect(loading.fromTop).toBeLessThanOrEqual(14);
        expect(new URL(page.url()).searchParams.get('step')).toBe('6');
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  it('keeps its step in place when a step above grows as one below shrinks, without scroll anchoring', async () => {
    const { page, close, release, errors } = await openHeld('?story=joseph&step=6', false);
    try {
      release();
      await waitForMapReady(page);
      const before = await panel(page, 6);
      // The list keeps its height, so only the steps themselves see the change (as when a font
      // arrives while steps are skipped again at their remembered heights).
      await page.evaluate(() => {
        const items = document.querySelectorAll<HTMLElement>('[id$="-story-panel"] .steps > li');
        items[0]!.style.paddingBottom = '48px';
        items[items.length - 1]!.style.marginBottom = '-48px';
      });
      expect(await panel(page, 6)).toEqual(before);
      expect(new URL(page.url()).searchParams.get('step')).toBe('6');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('once every step is drawn, steps far off screen are skipped again, at their true heights', async () => {
    const { page, close, release, errors } = await openHeld('?story=joseph&step=6', true);
    try {
      release();
      await waitForMapReady(page);
      const before = await panel(page, 6);
      const steps = () =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('[id$="-story-panel"] .steps > li')].map(
            (li) => ({
              height: Math.round(li.getBoundingClientRect().height * 10) / 10,
              skipped: !li.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }),
            }),
          ),
        );
      // Skipping starts two frames after every step is drawn, and Chromium decides what is off
      // screen at a rendering update: wait for it rather than for a number of frames.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('[id$="-story-panel"] .steps > li')]
          .slice(0, 3)
          .every((li) => !li.firstElementChild!.checkVisibility({ contentVisibilityAuto: true })),
      );
      const skipping = await steps();
      // A font face arriving re-lays out all text on the page; skipped steps are left out of it.
      expect(skipping.slice(0, 3).map((s) => s.skipped)).toEqual([true, true, true]);
      expect(skipping[6]!.skipped).toBe(false);
      // A constructed sheet: the page's CSP refuses a `<style>` element.
      await page.evaluate(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('.steps > li { content-visibility: visible !important }');
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      });
      const drawn = await steps();
      expect(drawn.every((s) => !s.skipped)).toBe(true);
      expect(skipping.map((s) => s.height)).toEqual(drawn.map((s) => s.height));
      expect(await panel(page, 6)).toEqual(before);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each(browsers)(
    'lays out every step before it moves to another, so the step lands where it belongs, $as',
    async ({ anchoring }) => {
      const { page, close, release } = await openHeld('?story=joseph&step=6', anchoring);
      try {
        await page.keyboard.press('ArrowLeft');
        await page.waitForURL(/step=5/);
        const moved = await panel(page, 5);
        expect(moved.deferred).toEqual([]);
        expect(moved.current).toBe(5);
        expect(moved.fromTop).toBeGreaterThanOrEqual(10);
        expect(moved.fromTop).toBeLessThanOrEqual(14);
        release();
        await waitForMapReady(page);
        expect(await panel(page, 5)).toEqual(moved);
        expect(new URL(page.url()).searchParams.get('step')).toBe('5');
      } finally {
        await close();
      }
    },
  );
});

describe('content warnings', () => {
  it('keep flagged passages closed until the reader shows them, and can be skipped', async () => {
    const { page, close } = await openPage(browser, '?story=joseph&step=1');
    try {
      const step = page.locator('[id$="-step-joseph-1"]');
      await expect(
        step.getByRole('note', { name: 'Content warning' }).textContent(),
      ).resolves.toContain('starvation');
      await expect(step.textContent()).resolves.not.toContain('died of starvation');
      await expect(step.textContent()).resolves.toContain('better rice');
      await step.getByRole('button', { name: 'Show this part' }).click();
      await expect(step.textContent()).resolves.toContain('my father died of starvation');

      const next = page.locator('[id$="-step-joseph-2"]');
      await next.getByRole('button', { name: 'Skip to the next step' }).click();
      await page.waitForURL(/step=3/);
      await expect(page.locator('[id$="-step-joseph-2"]').textContent()).resolves.not.toContain(
        'North Korean prison',
      );
    } finally {
      await close();
    }
  });
});

describe('motion', () => {
  const at = (step: number) => {
    const [lng, lat] = story('joseph').steps[step]!.anchor;
    return `${lng.toFixed(3)},${lat.toFixed(3)}`;
  };

  /** The marker's positions from Joseph's step `from` to the next, until it has arrived. */
  async function markerTrail(from: number, reduced: boolean) {
    const { page, close } = await openPage(
      browser,
      `?story=joseph&step=${from}`,
      reduced ? { reducedMotion: 'reduce' } : {},
    );
    try {
      await waitForMapReady(page);
      await waitForMapIdle(page);
      await page.evaluate(() => {
        const trail: string[] = [];
        (window as unknown as { trail: string[] }).trail = trail;
        // The marker is added to the page only once it first stands somewhere.
        new MutationObserver((records) => {
          for (const r of records) trail.push((r.target as HTMLElement).dataset.lngLat ?? '');
        }).observe(document.body, {
          subtree: true,
          attributes: true,
          attributeFilter: ['data-lng-lat'],
        });
      });
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(new RegExp(`step=${from + 1}`));
      await waitForMapIdle(page);
      return await page.evaluate(() => {
        const marker = document.querySelector<HTMLElement>('.jm-marker');
        return {
          trail: (window as unknown as { trail: string[] }).trail,
          hidden: !marker || marker.hidden,
          mark: marker?.dataset.mark,
          at: marker?.dataset.lngLat,
        };
      });
    } finally {
      await close();
    }
  }

  it('from an area to a point the marker appears there, travelling from no invented spot', async () => {
    // Step 5 is six months somewhere in China; step 6 is Shenyang.
    const { trail, hidden, mark, at: end } = await markerTrail(5, false);
    // The marker is first put on the page where it stands, so the trail may miss that one.
    expect(trail.filter((p) => p !== at(6))).toEqual([]);
    expect([hidden, mark, end]).toEqual([false, 'point', at(6)]);
  });

  it('on an area step the marker is no pin: the state of Virginia is its area, highlighted', async () => {
    const { hidden, mark } = await markerTrail(6, true);
    expect([hidden, mark]).toEqual([true, 'area']);
  });

  it('the marker rings a few times where it arrives, once the camera stops, not while the map loads; nothing animates forever', async () => {
    // Hoeryong at steps 1 and 2: a point, where the marker stands as a pin.
    const { page, close } = await openPage(browser, '?story=joseph&step=1');
    const state = () =>
      page.evaluate(() => ({
        ring: document.querySelector<HTMLElement>('.jm-marker')?.dataset.ring ?? null,
        animations: document.getAnimations().map((a) => ({
          name: (a as CSSAnimation).animationName,
          iterations: a.effect!.getTiming().iterations,
        })),
      }));
    try {
      const whileLoading = await page.waitForFunction(
        () => {
          const marker = document.querySelector<HTMLElement>('.jm-marker');
          const status = document.querySelector<HTMLElement>('.map-view')?.dataset.status;
          return marker && status === 'loading' ? { ring: marker.dataset.ring ?? null } : null;
        },
        null,
        { polling: 'raf', timeout: 60_000 },
      );
      expect(await whileLoading.jsonValue()).toEqual({ ring: null });

      await waitForMapReady(page);
      const drawn = await state();
      expect(drawn.ring).toBe('0');
      expect(drawn.animations).toContainEqual({ name: 'jm-pulse', iterations: 3 });

      // Whether the camera was still moving at each ring.
      await page.evaluate(() => {
        const marker = document.querySelector<HTMLElement>('.jm-marker')!;
        const map = (
          document.querySelector('.map') as HTMLElement & {
            journeyMap: { map: import('maplibre-gl').Map };
          }
        ).journeyMap.map;
        const moving: boolean[] = [];
        (window as unknown as { movingAtRing: boolean[] }).movingAtRing = moving;
        new MutationObserver(() => moving.push(map.isMoving())).observe(marker, {
          attributeFilter: ['data-ring'],
        });
      });
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/step=2/);
      await page.waitForFunction(
        () => document.querySelector<HTMLElement>('.jm-marker')?.dataset.ring === '1',
      );
      expect(
        await page.evaluate(() => (window as unknown as { movingAtRing: boolean[] }).movingAtRing),
      ).toEqual([false]);
      const arrived = await state();
      expect(arrived.animations).toContainEqual({ name: 'jm-pulse-again', iterations: 3 });
      expect(arrived.animations.filter((a) => a.iterations === Infinity)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('layout', () => {
  it('on a 360 px phone the map sits on top and the story below it, with no sideways scroll', async () => {
    const { page, close } = await openPage(browser, '?story=bella&step=0', {
      viewport: { width: 360, height: 740 },
    });
    try {
      await waitForMapReady(page);
      const map = await page.locator('.map-area').boundingBox();
      const story = await page.locator('.story-area').boundingBox();
      expect(map!.y).toBeLessThan(story!.y);
      expect(story!.height).toBeGreaterThan(200);
      expect(map!.width).toBeGreaterThanOrEqual(350);
      await expect(
        page.evaluate(() => document.documentElement.scrollWidth),
      ).resolves.toBeLessThanOrEqual(360);
      await reviewScreenshot(page, 'phone-bella');
    } finally {
      await close();
    }
  });

  it('on a 1920 px projector the type is large', async () => {
    const { page, close } = await openPage(browser, '?story=bella&step=1', {
      viewport: { width: 1920, height: 1080 },
    });
    try {
      const size = await page.evaluate(() =>
        parseFloat(getComputedStyle(document.documentElement).fontSize),
      );
      expect(size).toBeGreaterThanOrEqual(20);
      await waitForMapReady(page);
      await reviewScreenshot(page, 'projector-bella');
    } finally {
      await close();
    }
  });
});

describe('the map', () => {
  it('labels with bundled fonts, including Korean, and no glyph server', async () => {
    const fonts: string[] = [];
    const { page, outside, close } = await openPage(browser, '?story=jin-kyung&step=1', {
      before: async (p) => {
        p.on('request', (r) => {
          if (r.url().endsWith('.woff2')) fonts.push(r.url());
        });
      },
    });
    try {
      await waitForMapReady(page);
      await waitForMapIdle(page);
      const style = await page.evaluate(() => {
        const el = document.querySelector('.map') as HTMLElement & {
          journeyMap: { map: import('maplibre-gl').Map };
        };
        const s = el.journeyMap.map.getStyle();
        return { glyphs: s.glyphs, faces: Object.keys(s['font-faces'] ?? {}) };
      });
      expect(style.glyphs).toBeUndefined();
      expect(style.faces).toEqual(['Noto Sans Regular']);
      expect(fonts.some((u) => /noto-sans-kr-\d+-400/.test(u))).toBe(true);
      expect(fonts.some((u) => /noto-sans-latin-400/.test(u))).toBe(true);
      expect(outside).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each(['joseph', 'loh-kiwan'])(
    'has every label’s glyphs before the first move (%s): no font file is added while the reader steps through, and the warm-up leaves nothing behind',
    async (id) => {
      const { page, errors, close } = await openPage(browser, `?story=${id}&step=0`, {
        reducedMotion: 'reduce',
      });
      const fontsNow = () => page.evaluate(() => document.fonts.size);
      try {
        await waitForMapReady(page);
        const warmed = await page.evaluate(async () => {
          const { journeyMap } = document.querySelector('.map') as HTMLElement & {
            journeyMap: { map: import('maplibre-gl').Map; whenLabelsReady(): Promise<void> };
          };
          await journeyMap.whenLabelsReady();
          const { map } = journeyMap;
          return {
            layers: map
              .getStyle()
              .layers.map((l) => l.id)
              .filter((l) => l.startsWith('glyph-warmup')),
            source: map.getSource('glyph-warmup') !== undefined,
          };
        });
        expect(warmed).toEqual({ layers: [], source: false });
        await waitForMapIdle(page);
        const before = await fontsNow();
        const last = story(id).steps.length - 1;
        for (let step = 1; step <= last; step++) {
          await page.keyboard.press('ArrowRight');
          await page.waitForURL(new RegExp(`step=${step}(?!\\d)`));
          await waitForMapIdle(page);
        }
        expect((await mapState(page)).step).toBe(last);
        expect(await fontsNow()).toBe(before);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  it('draws the Yalu and Tumen from the Natural Earth border, and a crossing as a band', async () => {
    const { page, close } = await openPage(browser, '?story=jin-kyung&step=1');
    try {
      await waitForMapReady(page);
      await waitForMapIdle(page);
      const drawn = await page.evaluate(() => {
        const el = document.querySelector('.map') as HTMLElement & {
          journeyMap: { map: import('maplibre-gl').Map };
        };
        const map = el.journeyMap.map;
        return {
          rivers: map
            .queryRenderedFeatures({ layers: ['rivers'] })
            .map((f) => String(f.properties.river)),
          bands: map
            .queryRenderedFeatures({ layers: ['river-bands'] })
            .map((f) => String(f.properties.place)),
        };
      });
      expect(new Set(drawn.rivers)).toEqual(new Set(['yalu', 'tumen']));
      expect(new Set(drawn.bands)).toEqual(new Set(['tumen-river']));
    } finally {
      await close();
    }
  });

  it('the whole journey is framed clear of the open key', async () => {
    const { page, close } = await openPage(browser, '?story=joseph&step=0');
    try {
      await waitForMapReady(page);
      await waitForMapIdle(page);
      const anchors = story('joseph').steps.map((s) => s.anchor);
      const hidden = await page.evaluate((points) => {
        const el = document.querySelector('.map') as HTMLElement & {
          journeyMap: { map: import('maplibre-gl').Map };
        };
        const area = el.getBoundingClientRect();
        const key = document.querySelector('details.legend[open]')!.getBoundingClientRect();
        return points
          .map((p, step) => {
            const { x, y } = el.journeyMap.map.project(p);
            const at = { x: area.left + x, y: area.top + y };
            const inMap =
              at.x >= area.left && at.x <= area.right && at.y >= area.top && at.y <= area.bottom;
            const underKey =
              at.x >= key.left && at.x <= key.right && at.y >= key.top && at.y <= key.bottom;
            return inMap && !underKey
              ? null
              : `step ${step} at ${Math.round(at.x)},${Math.round(at.y)}`;
          })
          .filter(Boolean);
      }, anchors);
      expect(hidden).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a step change restyles the route through feature state, step by step', async () => {
    const { page, close } = await openPage(browser, '?story=joseph&step=5', {
      reducedMotion: 'reduce',
    });
    const legId = (step: number) =>
      geometry.legs.features.findIndex(
        (f) => f.properties.story === 'joseph' && f.properties.step === step,
      );
    try {
      await waitForMapReady(page);
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/step=6/);
      await waitForMapIdle(page);
      const seen = await page.evaluate(
        ({ legs }) => {
          const { map } = (
            document.querySelector('.map') as HTMLElement & {
              journeyMap: { map: import('maplibre-gl').Map };
            }
          ).journeyMap;
          const points = map.queryRenderedFeatures({ layers: ['step-points'] });
          return {
            legs: legs.map((id) => map.getFeatureState({ source: 'legs', id })),
            current: points
              .filter((f) => f.state.current)
              .map((f) => `${f.properties.story}/${f.properties.step}`),
          };
        },
        // Joseph's step 5 is reached without a leg of its own; 4 is the last leg before 6.
        { legs: [legId(4), legId(6), legId(7)] },
      );
      expect(legId(7)).toBeGreaterThan(-1);
      expect(seen.legs).toEqual([
        { travelled: true, current: false },
        { travelled: true, current: true },
        {},
      ]);
      expect(seen.current).toEqual(['joseph/6']);
    } finally {
      await close();
    }
  });

  it('pixel test: the travelled train leg to Shenyang is drawn in Joseph’s colour', async () => {
    const { page, close } = await openPage(browser, '?story=joseph&step=6', {
      reducedMotion: 'reduce',
    });
    try {
      await waitForMapReady(page);
      await waitForMapIdle(page);
      const path = legPaths(geometry.legs).get('joseph/6')!;
      const middle = path[Math.floor(path.length / 2)]!;
      const point = await page.evaluate((p) => {
        const el = document.querySelector('.map') as HTMLElement & {
          journeyMap: { map: import('maplibre-gl').Map };
        };
        const { x, y } = el.journeyMap.map.project(p);
        const box = el.getBoundingClientRect();
        return { x: Math.round(box.left + x), y: Math.round(box.top + y) };
      }, middle);
      const png = PNG.sync.read(
        // 15 px square: wide enough to hold a whole dash of the cited leg's dash-dot pattern.
        await page.screenshot({ clip: { x: point.x - 7, y: point.y - 7, width: 15, height: 15 } }),
      );
      const target = [0xd5, 0x5e, 0x00];
      const tolerance = 40;
      let matches = 0;
      for (let i = 0; i < png.data.length; i += 4)
        if (target.every((c, k) => Math.abs(png.data[i + k]! - c) <= tolerance)) matches++;
      expect(story('joseph').color.toLowerCase()).toBe('#d55e00');
      expect(matches).toBeGreaterThan(8);
    } finally {
      await close();
    }
  });
});

describe('the bundle', () => {
  it('every script the page runs, MapLibre’s worker included, names a source map that is served', async () => {
    const scripts = new Set<string>();
    const { page, close } = await openPage(browser, '?story=bella&step=1', {
      before: async (p) => {
        p.context().on('request', (r) => {
          if (/\.m?js$/.test(new URL(r.url()).pathname)) scripts.add(r.url());
        });
      },
    });
    try {
      await waitForMapReady(page);
      const urls = [...scripts];
      expect(urls.some((url) => /maplibre-gl-worker/.test(url))).toBe(true);
      const maps = await page.evaluate(async (list) => {
        const out: { script: string; map: string; status: number; readable: boolean }[] = [];
        for (const script of list) {
          const code = await (await fetch(script)).text();
          const name = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1] ?? '';
          const map = name ? new URL(name, script).href : '';
          const response = map ? await fetch(map) : undefined;
          const json = response?.ok
            ? ((await response.json()) as { sources?: string[]; sourcesContent?: unknown[] })
            : {};
          out.push({
            script: script.split('/').pop()!,
            map,
            status: response?.status ?? 0,
            readable:
              (json.sources?.length ?? 0) > 0 &&
              json.sourcesContent?.length === json.sources?.length,
          });
        }
        return out;
      }, urls);
      expect(maps.filter((m) => m.status !== 200 || !m.readable)).toEqual([]);
    } finally {
      await close();
    }
  });
});
