/**
 * Hard use, with seeded randomness so a failure can be replayed: hundreds of fast step changes
 * from every input at once, the window resized and a phone turned in the middle of a camera
 * move, and the tab hidden during a move and during autoplay. Each ends with the map, marker,
 * timeline, story panel and URL agreeing on one step, no page error and no console error or
 * warning, and the heap no bigger than it was early in the run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { Story } from '../../src/data/types.ts';
import { loadAndCompile } from '../../src/data/load.ts';
import { launch, mapState, openPage, waitForMapIdle, waitForMapReady } from './harness.ts';

const root = new URL('../..', import.meta.url).pathname;
const { index } = loadAndCompile({ root });
const storyById = (id: string): Story => index!.stories.find((s) => s.id === id)!;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** mulberry32: a tiny seeded generator, so every run presses the same keys in the same order. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface MarkerState {
  at: [number, number] | null;
  hidden: boolean;
  travelling: boolean;
}

const marker = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('.map') as HTMLElement & {
      journeyMap: { marker(): MarkerState };
    };
    return el.journeyMap.marker();
  });

const urlState = (page: Page) => {
  const params = new URL(page.url()).searchParams;
  return { story: params.get('story') ?? '', step: Number(params.get('step')) };
};

/** Waits for the camera, the marker and the story panel's scroll all to come to rest. */
async function settle(page: Page): Promise<void> {
  await expect.poll(async () => (await marker(page)).travelling, { timeout: 20_000 }).toBe(false);
  await waitForMapIdle(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const scroller = document.querySelector('.scroller') as HTMLElement | null;
        let last = scroller?.scrollTop;
        let still = 0;
        const frame = () => {
          still = scroller?.scrollTop === last ? still + 1 : 0;
          last = scroller?.scrollTop;
          if (still >= 10) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
  await waitForMapIdle(page);
}

/**
 * Every view agrees with the URL's step: the map's state, the timeline slider, the story
 * panel's current card (and it is on screen), the step's place in view and the marker on it
 * (or hidden, for a step drawn as an area).
 */
async function expectConsistent(page: Page, label: string): Promise<void> {
  await settle(page);
  const url = urlState(page);
  const story = storyById(url.story);
  const step = story.steps[url.step]!;
  const map = await mapState(page, [step.anchor]);
  const views = await page.evaluate(() => {
    const slider = document.querySelector('[role="slider"]');
    const card = document.querySelector('article.step[aria-current="step"]') as HTMLElement | null;
    const scroller = document.querySelector('.scroller') as HTMLElement | null;
    const box = card?.getBoundingClientRect();
    const frame = scroller?.getBoundingClientRect();
    return {
      timeline: Number(slider?.getAttribute('aria-valuenow')) - 1,
      card: card ? Number(card.dataset.step) : null,
      cardOnScreen: !!box && !!frame && box.bottom > frame.top && box.top < frame.bottom,
    };
  });
  expect(
    {
      map: [map.story, map.step],
      timeline: views.timeline,
      card: views.card,
      cardOnScreen: views.cardOnScreen,
      inView: map.inView,
    },
    label,
  ).toEqual({
    map: [url.story, url.step],
    timeline: url.step,
    card: url.step,
    cardOnScreen: true,
    inView: [true],
  });
  const at = await marker(page);
  expect(at.travelling, label).toBe(false);
  if (step.mark === 'point') {
    expect(at.hidden, `${label}: the marker is shown on a point`).toBe(false);
    expect(at.at![0], label).toBeCloseTo(step.anchor[0], 3);
    expect(at.at![1], label).toBeCloseTo(step.anchor[1], 3);
  } else expect(at.hidden, `${label}: an area is its own marker`).toBe(true);
}

/** The JS heap after two full collections, through the DevTools protocol. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Where a step's mark on the timeline is, or null when it is not drawn. */
async function markCentre(page: Page, step: number) {
  const box = await page.locator(`.mark.selected[data-step="${step}"]`).first().boundingBox();
  return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
}

/** Where a step's point is on screen, when it is inside the map's own area. */
async function pointOnMap(page: Page, anchor: [number, number]) {
  return page.evaluate((lngLat) => {
    const el = document.querySelector('.map') as HTMLElement & {
      journeyMap: { map: import('maplibre-gl').Map };
    };
    const { x, y } = el.journeyMap.map.project(lngLat);
    const rect = el.getBoundingClientRect();
    if (x < 8 || y < 8 || x > rect.width - 8 || y > rect.height - 8) return null;
    return { x: rect.left + x, y: rect.top + y };
  }, anchor);
}

type Action = (page: Page, story: Story, random: () => number) => Promise<unknown>;

const pick = <T>(items: readonly T[], random: () => number): T =>
  items[Math.floor(random() * items.length)]!;

const KEYS = ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', 'Home', 'End'];

/** What the reader does, each with how often; map clicks are the fewest, as they are slowest. */
const ACTIONS: [weight: number, name: string, act: Action][] = [
  [52, 'key', (page, _s, random) => page.keyboard.press(pick(KEYS, random))],
  [
    14,
    'timeline click',
    async (page, story, random) => {
      const at = await markCentre(page, Math.floor(random() * story.steps.length));
      if (at) await page.mouse.click(at.x, at.y);
    },
  ],
  [
    8,
    'timeline drag',
    async (page, story, random) => {
      const from = await markCentre(page, Math.floor(random() * story.steps.length));
      const to = await markCentre(page, Math.floor(random() * story.steps.length));
      if (!from || !to) return;
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x + 3, to.y, { steps: 4 });
      await page.mouse.up();
    },
  ],
  [
    6,
    'map click',
    async (page, story, random) => {
      const at = await pointOnMap(page, pick(story.steps, random).anchor);
      if (at) await page.mouse.click(at.x, at.y);
    },
  ],
  [
    20,
    'panel scroll',
    (page, story, random) =>
      page.locator('.scroller').evaluate(
        (el, id) => {
          const card = el.querySelector(`[id$="-step-${id}"]`) as HTMLElement | null;
          if (card)
            el.scrollTop += card.getBoundingClientRect().top - el.getBoundingClientRect().top - 4;
        },
        `${story.id}-${Math.floor(random() * story.steps.length)}`,
      ),
  ],
];

function chooseAction(random: () => number): [string, Action] {
  const total = ACTIONS.reduce((sum, [w]) => sum + w, 0);
  let r = random() * total;
  for (const [weight, name, act] of ACTIONS) {
    if ((r -= weight) < 0) return [name, act];
  }
  return [ACTIONS[0]![1], ACTIONS[0]![2]];
}

describe('hard use', () => {
  it('500 fast step changes from keys, timeline, map and panel: one step at the end, no leak', async () => {
    const { page, errors, outside, close } = await openPage(browser, '?story=joseph&step=0');
    try {
      await waitForMapReady(page);
      await waitForMapIdle(page);
      // Visit every step once first: the map's tile and glyph caches fill as places are first
      // seen, which is growth up to a bound, not a leak; the run is measured over warm caches.
      for (let step = 1; step < storyById('joseph').steps.length; step++) {
        await page.keyboard.press('ArrowRight');
        await waitForMapIdle(page);
      }
      await page.keyboard.press('Home');
      await waitForMapIdle(page);
      const cdp = await page.context().newCDPSession(page);
      const random = prng(19);
      const done: Record<string, number> = {};
      let early = 0;
      for (let i = 1; i <= 500; i++) {
        const story = storyById(urlState(page).story);
        const [name, act] = chooseAction(random);
        await act(page, story, random);
        done[name] = (done[name] ?? 0) + 1;
        // Mostly no pause at all; now and then long enough for a move to begin.
        const pause = random();
        if (pause > 0.75) await page.waitForTimeout(Math.round((pause - 0.75) * 400));
        if (i === 50) {
          await expectConsistent(page, 'after 50 changes');
          await waitForMapIdle(page);
          early = await heapAfterGc(cdp);
        } else if (i % 150 === 0) await expectConsistent(page, `after ${i} changes`);
      }
      await expectConsistent(page, 'after 500 changes');
      await waitForMapIdle(page);
      const late = await heapAfterGc(cdp);
      expect(Object.keys(done).sort()).toEqual(ACTIONS.map(([, name]) => name).sort());
      expect(late / early, `heap ${late} after 500 changes, ${early} after 50`).toBeLessThan(1.1);
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await close();
    }
  }, 200_000);

  it.each([
    [
      'from 1920 to 360 px wide and back',
      { width: 1920, height: 1080 },
      { width: 360, height: 740 },
    ],
    ['turning a phone and back', { width: 390, height: 844 }, { width: 844, height: 390 }],
  ])('resizing %s in the middle of a camera move', async (_name, first, second) => {
    const { page, errors, close } = await openPage(browser, '?story=joseph&step=2', {
      viewport: first,
    });
    try {
      await waitForMapReady(page);
      await waitForMapIdle(page);
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/step=3(&|$)/);
      await page.setViewportSize(second);
      await expectConsistent(page, `at ${second.width}×${second.height}`);
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/step=4(&|$)/);
      await page.setViewportSize(first);
      await expectConsistent(page, `back at ${first.width}×${first.height}`);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('a hidden tab', () => {
  /**
   * Hiding a tab, as far as a page can tell: `visibilitychange` with `document.hidden`, and its
   * timers and frames stopped (the DevTools protocol freezes the page) until it is shown again.
   */
  async function hideFor(page: Page, cdp: CDPSession, ms: number) {
    await page.evaluate(() => {
      (window as unknown as { testHidden: boolean }).testHidden = true;
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
    await new Promise((resolve) => setTimeout(resolve, ms));
    await cdp.send('Page.setWebLifecycleState', { state: 'active' });
    await page.evaluate(() => {
      (window as unknown as { testHidden: boolean }).testHidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
    });
  }

  const hideable = {
    before: (page: Page) =>
      page.addInitScript(() => {
        const flag = window as unknown as { testHidden: boolean };
        flag.testHidden = false;
        Object.defineProperty(document, 'visibilityState', {
          get: () => (flag.testHidden ? 'hidden' : 'visible'),
        });
        Object.defineProperty(document, 'hidden', { get: () => flag.testHidden });
      }),
  };

  it('hidden during a camera move, it ends on the step once shown', async () => {
    const { page, errors, close } = await openPage(browser, '?story=joseph&step=1', hideable);
    try {
      await waitForMapReady(page);
      await waitForMapIdle(page);
      const cdp = await page.context().newCDPSession(page);
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/step=2(&|$)/);
      await hideFor(page, cdp, 1500);
      await expectConsistent(page, 'shown after a move');
      // And it goes on answering as before.
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/step=3(&|$)/);
      await expectConsistent(page, 'the next step');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('hidden during autoplay, autoplay goes on once shown and stops where it shows', async () => {
    // Autoplay stops at a content-warning gate: start where two steps without one follow.
    const story = storyById('joseph');
    const start = story.steps.findIndex(
      (s, i) =>
        i + 2 < story.steps.length &&
        s.warnings.length === 0 &&
        story.steps[i + 1]!.warnings.length === 0 &&
        story.steps[i + 2]!.warnings.length === 0,
    );
    expect(start).toBeGreaterThanOrEqual(0);
    const { page, errors, close } = await openPage(
      browser,
      `?story=joseph&step=${start}&mode=present`,
      { ...hideable, viewport: { width: 1280, height: 800 } },
    );
    try {
      await waitForMapReady(page);
      const cdp = await page.context().newCDPSession(page);
      for (let i = 0; i < 3; i++) await page.keyboard.press('+'); // the fastest pace, 5 s
      await page.keyboard.press('a');
      await page.waitForURL(new RegExp(`step=${start + 1}(&|$)`), { timeout: 15_000 });
      await hideFor(page, cdp, 2500);
      await page.waitForURL(new RegExp(`step=${start + 2}(&|$)`), { timeout: 15_000 });
      await page.keyboard.press('a'); // pause
      await settle(page);
      const url = urlState(page);
      const map = await mapState(page, [story.steps[url.step]!.anchor]);
      expect([map.story, map.step, map.inView]).toEqual(['joseph', url.step, [true]]);
      await expect
        .poll(() => page.locator('[data-progress]').first().textContent())
        .toBe(`Step ${url.step + 1} of ${story.steps.length}`);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
