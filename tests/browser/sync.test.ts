/**
 * One moment drives the map, the timeline and the story: whichever the reader moves, all three
 * and the URL agree, and the browser's back button restores the state before.
 */
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadAndCompile } from '../../src/data/load.ts';
import {
  launch,
  mapState,
  openPage,
  waitForMapIdle,
  waitForMapReady,
  type Watched,
} from './harness.ts';

const root = new URL('../..', import.meta.url).pathname;
const bella = loadAndCompile({ root }).index.stories.find((s) => s.id === 'bella')!;

let browser: Browser;
let watched: Watched;
let page: Page;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  watched = await openPage(browser, '?story=bella&step=0');
  page = watched.page;
  await waitForMapReady(page);
  await waitForMapIdle(page);
});
afterEach(async () => {
  expect(watched.outside).toEqual([]);
  expect(watched.errors).toEqual([]);
  await watched.close();
});

/** The step each view shows, read from each view itself. */
async function views(p: Page) {
  await waitForMapIdle(p);
  const url = new URL(p.url());
  const slider = p.getByRole('slider', { name: /Timeline/ });
  const active = await p.locator('article.step[aria-current="step"]').getAttribute('data-step');
  const map = await mapState(p);
  return {
    url: { story: url.searchParams.get('story'), step: Number(url.searchParams.get('step')) },
    timeline: Number(await slider.getAttribute('aria-valuenow')) - 1,
    story: Number(active),
    map: map.step,
  };
}

function all(step: number) {
  return { url: { story: 'bella', step }, timeline: step, story: step, map: step };
}

/** Waits until the story panel's scroll has stayed put for ten frames in a row. */
async function settled(p: Page) {
  await p.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const scroller = document.querySelector('.scroller') as HTMLElement;
        let last = scroller.scrollTop;
        let still = 0;
        const frame = () => {
          still = scroller.scrollTop === last ? still + 1 : 0;
          last = scroller.scrollTop;
          if (still >= 10) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/**
 * What the page shows, read in each of `frames` animation frames: the camera, the panel's
 * scroll, the current step and the URL. Each distinct reading is returned once, so a page where
 * nothing moves gives exactly one.
 */
async function readingsOver(p: Page, frames = 90) {
  return p.evaluate(
    (count) =>
      new Promise<string[]>((resolve) => {
        const el = document.querySelector('.map') as HTMLElement & {
          journeyMap: { map: import('maplibre-gl').Map };
        };
        const map = el.journeyMap.map;
        const scroller = document.querySelector('.scroller') as HTMLElement;
        const seen = new Set<string>();
        let left = count;
        const frame = () => {
          const { lng, lat } = map.getCenter();
          const current = document.querySelector('article.step[aria-current="step"]');
          seen.add(
            JSON.stringify({
              camera: [lng, lat, map.getZoom(), map.getBearing(), map.getPitch()],
              moving: map.isMoving(),
              scrollTop: scroller.scrollTop,
              step: current?.getAttribute('data-step'),
              url: location.search,
            }),
          );
          if (--left > 0) requestAnimationFrame(frame);
          else resolve([...seen]);
        };
        requestAnimationFrame(frame);
      }),
    frames,
  );
}

describe('moving the story', () => {
  it('clicking a timeline mark moves the map, the story and the URL', async () => {
    const mark = page.locator('.mark.selected[data-step="3"] circle');
    await mark.click();
    await page.waitForURL(/step=3/);
    await settled(page);
    expect(await views(page)).toEqual(all(3));
    const anchor = bella.steps[3]!.anchor;
    expect((await mapState(page, [anchor])).inView).toEqual([true]);
    // The story panel scrolled the step into view.
    await expect(page.locator('[id$="-step-bella-3"]').isVisible()).resolves.toBe(true);
  });

  it('ArrowRight moves every view one step, and ArrowLeft back', async () => {
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/step=1/);
    await settled(page);
    expect(await views(page)).toEqual(all(1));
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/step=2/);
    await settled(page);
    expect(await views(page)).toEqual(all(2));
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(/step=1/);
    await settled(page);
    expect(await views(page)).toEqual(all(1));
  });

  it('the story is at the new step at once, while the map still moves there', async () => {
    // Measured in the page, two frames after the key, so a slow test runner cannot see it late.
    await page.evaluate(() => {
      (window as unknown as { measured: Promise<unknown> }).measured = new Promise<{
        cardFromTop: number;
        mapMoving: boolean;
      }>((resolve) => {
        addEventListener(
          'keydown',
          () =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                const scroller = document.querySelector('.scroller')!;
                const card = document.querySelector('article.step[data-step="1"]')!;
                const map = (
                  document.querySelector('.map') as HTMLElement & {
                    journeyMap: { map: import('maplibre-gl').Map };
                  }
                ).journeyMap.map;
                resolve({
                  cardFromTop: Math.round(
                    card.getBoundingClientRect().top - scroller.getBoundingClientRect().top,
                  ),
                  mapMoving: map.isMoving(),
                });
              }),
            ),
          { once: true, capture: true },
        );
      });
    });
    await page.keyboard.press('ArrowRight');
    const now = (await page.evaluate(
      () => (window as unknown as { measured: Promise<unknown> }).measured,
    )) as { cardFromTop: number; mapMoving: boolean };
    await page.waitForURL(/step=1/);
    // A smooth scroll would be only part of the way by now.
    expect(now.cardFromTop).toBeGreaterThanOrEqual(10);
    expect(now.cardFromTop).toBeLessThanOrEqual(14);
    expect(now.mapMoving).toBe(true);
  });

  it('PageDown, End and Home work like a presenter’s clicker', async () => {
    await page.keyboard.press('PageDown');
    await page.waitForURL(/step=1/);
    await page.keyboard.press('End');
    await page.waitForURL(new RegExp(`step=${bella.steps.length - 1}`));
    await settled(page);
    expect(await views(page)).toEqual(all(bella.steps.length - 1));
    await page.keyboard.press('Home');
    await page.waitForURL(/step=0/);
    await settled(page);
    expect(await views(page)).toEqual(all(0));
  });

  it('the timeline slider moves by keyboard', async () => {
    const slider = page.getByRole('slider', { name: /Timeline of Bella/ });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/step=2/);
    await settled(page);
    // Two presses, two steps: the app's own key handler did not move it a second time.
    expect(await views(page)).toEqual(all(2));
    await expect(slider.getAttribute('aria-valuetext')).resolves.toContain(
      'Across the frozen river',
    );
  });

  it('dragging the timeline cursor moves the story, snapping to steps', async () => {
    const box = async (step: number) =>
      (await page.locator(`.mark.selected[data-step="${step}"] circle`).boundingBox())!;
    const from = await box(0);
    const to = await box(4);
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2 + 3, to.y + to.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.waitForURL(/step=4/);
    await settled(page);
    expect(await views(page)).toEqual(all(4));
  });

  it('clicking a step’s point on the map moves the story to it', async () => {
    const point = await page.evaluate((anchor) => {
      const el = document.querySelector('.map') as HTMLElement & {
        journeyMap: { map: import('maplibre-gl').Map };
      };
      const { x, y } = el.journeyMap.map.project(anchor);
      const rect = el.getBoundingClientRect();
      return { x: rect.left + x, y: rect.top + y };
    }, bella.steps[5]!.anchor);
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(/step=5/);
    await settled(page);
    expect(await views(page)).toEqual(all(5));
  });

  it('scrolling the story moves the map, the timeline and the URL', async () => {
    await page.locator('.scroller').evaluate((el) => {
      const target = el.querySelector('[id$="-step-bella-4"]') as HTMLElement;
      el.scrollTop += target.getBoundingClientRect().top - el.getBoundingClientRect().top - 4;
    });
    await page.waitForURL(/step=4/);
    await settled(page);
    expect(await views(page)).toEqual(all(4));
  });

  it('a fast scroll through every step ends on the step in view, with no jitter', async () => {
    // Scroll to the bottom in small jumps, one per frame, as a flick of the wheel would.
    await page.locator('.scroller').evaluate(async (el) => {
      for (let i = 0; i < 40; i++) {
        el.scrollTop += 60;
        await new Promise((r) => requestAnimationFrame(r));
      }
      const last = el.querySelector('[id$="-step-bella-5"]') as HTMLElement;
      el.scrollTop += last.getBoundingClientRect().top - el.getBoundingClientRect().top - 4;
    });
    await page.waitForURL(/step=5/);
    await settled(page);
    const before = await views(page);
    expect(before).toEqual(all(5));
    // Nothing keeps moving on its own afterwards: not the camera, the panel, the step or the URL.
    const readings = await readingsOver(page);
    expect(readings).toHaveLength(1);
    expect(JSON.parse(readings[0]!)).toMatchObject({ moving: false, step: '5' });
    expect(await views(page)).toEqual(before);
  });

  it('the back button restores the previous state, and forward returns', async () => {
    await page.locator('.mark.selected[data-step="2"] circle').click();
    await page.waitForURL(/step=2/);
    await settled(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/step=3/);
    await settled(page);
    await page.goBack();
    await page.waitForURL(/step=2/);
    await settled(page);
    expect(await views(page)).toEqual(all(2));
    await page.goBack();
    await page.waitForURL(/step=0/);
    await settled(page);
    expect(await views(page)).toEqual(all(0));
    await page.goForward();
    await page.waitForURL(/step=2/);
    await settled(page);
    expect(await views(page)).toEqual(all(2));
  });

  it('Back pressed right after a step ends on the step before, the story where it belongs', async () => {
    await page.locator('.mark.selected[data-step="2"] circle').click();
    await page.waitForURL(/step=2/);
    await settled(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/step=3/);
    // No waiting for anything to settle on step 3: Back comes at once.
    await page.goBack();
    await page.waitForURL(/step=2/);
    await settled(page);
    // Nothing carries the story on to step 3 afterwards.
    await waitForMapIdle(page);
    const readings = await readingsOver(page);
    expect(readings).toHaveLength(1);
    expect(JSON.parse(readings[0]!)).toMatchObject({ moving: false, step: '2' });
    expect(await views(page)).toEqual(all(2));
    const active = page.locator('[id$="-step-bella-2"]');
    const offset = await active.evaluate(
      (el) =>
        el.getBoundingClientRect().top -
        (el.closest('.scroller') as HTMLElement).getBoundingClientRect().top,
    );
    // The step sits where the panel puts a step it brings into view (StoryPanel's ALIGN).
    expect(Math.abs(offset - 12)).toBeLessThan(2);
  });

  it('“All journeys” returns to the overview, and back reopens the story', async () => {
    await page.getByRole('button', { name: /All journeys/ }).click();
    await page.waitForURL((url) => !url.search.includes('story='));
    await expect(page.locator('.card').count()).resolves.toBe(6);
    await waitForMapIdle(page);
    expect((await mapState(page)).story).toBe('');
    await page.goBack();
    await page.waitForURL(/story=bella/);
    await waitForMapIdle(page);
    expect((await mapState(page)).story).toBe('bella');
  });
});

describe('?embed=1', () => {
  it('rewrites the frame’s URL on each step but adds nothing to the host’s history', async () => {
    const embed = await openPage(browser, '?story=bella&step=0&embed=1');
    try {
      await embed.page.locator('[id$="-step-bella-0"]').waitFor();
      const before = await embed.page.evaluate(() => history.length);
      await embed.page.keyboard.press('ArrowRight');
      await embed.page.waitForURL(/step=1/);
      await embed.page.keyboard.press('ArrowRight');
      await embed.page.waitForURL(/step=2/);
      expect(new URL(embed.page.url()).searchParams.get('embed')).toBe('1');
      await expect(embed.page.evaluate(() => history.length)).resolves.toBe(before);
      expect(embed.errors).toEqual([]);
    } finally {
      await embed.close();
    }
  });
});
