/**
 * Never a blank map: in a Chromium started without WebGL (both contexts null), every story is
 * drawn by the SVG renderer, follows the keys with its camera, and passes axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadAndCompile } from '../../src/data/load.ts';
import { launch, openPage, seriousViolations } from './harness.ts';

const root = new URL('../..', import.meta.url).pathname;
const { index } = loadAndCompile({ root });

let browser: Browser;
beforeAll(async () => {
  browser = await launch(['--disable-webgl', '--disable-webgl2']);
});
afterAll(async () => {
  await browser?.close();
});

describe('without WebGL', () => {
  it('the browser really has no WebGL', async () => {
    const { page, close } = await openPage(browser, '?');
    try {
      const contexts = await page.evaluate(() => {
        const canvas = document.createElement('canvas');
        return [canvas.getContext('webgl2'), canvas.getContext('webgl')].map((c) => c === null);
      });
      expect(contexts).toEqual([true, true]);
    } finally {
      await close();
    }
  });

  it.each(index!.stories.map((s) => [s.id, s.steps.length, s] as const))(
    '%s is drawn in SVG at each place’s precision, steps with the keys, its camera moves, and axe passes',
    async (id, steps, story) => {
      const { page, close, errors, outside } = await openPage(browser, `?story=${id}&step=0`, {
        reducedMotion: 'reduce',
        // axe is added as an inline script, which the app's CSP rightly refuses.
        bypassCSP: true,
      });
      try {
        const svg = page.locator('svg[data-renderer="svg"]');
        await svg.waitFor({ timeout: 60_000 });
        await expect(svg.getAttribute('data-story')).resolves.toBe(id);
        // The notice comes once the SVG map is ready, a moment after its first frame.
        await expect.poll(() => page.locator('[data-fallback="no-webgl"]').count()).toBe(1);
        await expect.poll(() => svg.locator('[data-step]').count()).toBeGreaterThan(0);
        const views = new Set([await svg.getAttribute('viewBox')]);
        for (let step = 1; step < steps; step++) {
          await page.keyboard.press('ArrowRight');
          await page.waitForURL(new RegExp(`step=${step}`));
          await expect.poll(() => svg.getAttribute('data-step')).toBe(String(step));
          views.add(await svg.getAttribute('viewBox'));
        }
        // A place is drawn at its precision and no finer: a dot only for a town or finer.
        const dots = await svg
          .locator(`circle[data-story="${id}"]`)
          .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-step'))));
        const points = story.steps.filter((st) => st.mark === 'point').map((st) => st.index);
        expect([...new Set(dots)].sort((a, b) => a - b)).toEqual(points);
        // The camera framed more than one view on the way.
        expect(views.size).toBeGreaterThan(1);
        expect(await seriousViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
        expect(outside).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});
