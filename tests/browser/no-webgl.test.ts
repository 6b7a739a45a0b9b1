/**
 * Never a blank map: in a Chromium started without WebGL (both contexts null), every story is
 * drawn by the SVG renderer, follows the keys with its camera, and passes axe.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadAndCompile } from '../../src/data/load.ts';
import { launch, openPage } from './harness.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const root = new URL('../..', import.meta.url).pathname;
const { index } = loadAndCompile({ root });

let browser: Browser;
beforeAll(async () => {
  browser = await launch(['--disable-webgl', '--disable-webgl2']);
});
afterAll(async () => {
  await browser?.close();
});

async function serious(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (c: Document) => Promise<{ violations: { id: string; impact: string | null }[] }>;
        };
      }
    ).axe;
    return (await axe.run(document)).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id);
  });
}

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
        await expect(page.locator('[data-fallback="no-webgl"]').count()).resolves.toBe(1);
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
        expect(await serious(page)).toEqual([]);
        expect(errors).toEqual([]);
        expect(outside).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});
