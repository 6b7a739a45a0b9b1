/**
 * Korean on the map is legible: the fiction mark's words, drawn by the map's own font stack
 * along a line and at a point, look alike, and unlike the empty boxes a missing glyph draws.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { FICTION } from '../../src/map/symbology.ts';
import { launch, openPage, waitForMapIdle, waitForMapReady } from './harness.ts';
import { differing, drawLabel, ink, TOFU } from './labels.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('Hangul labels', () => {
  it('the fiction mark in Korean draws the same along a line as at a point, and not as empty boxes', async () => {
    const { page, close } = await openPage(browser, '?');
    try {
      await waitForMapReady(page);
      await page.evaluate(async () => {
        const el = document.querySelector('.map') as HTMLElement & {
          journeyMap: { whenLabelsReady(): Promise<void> };
        };
        await el.journeyMap.whenLabelsReady();
      });
      const text = FICTION.words.ko;
      const point = await drawLabel(page, text, 'point');
      const line = await drawLabel(page, text, 'line');
      const tofu = await drawLabel(page, TOFU, 'point');
      expect(ink(point)).toBeGreaterThan(40);
      // At most a fifth of the label's ink may move between the two placements…
      expect(differing(line, point)).toBeLessThan(ink(point) * 0.2);
      // …while a missing glyph's box differs from the real letters in most of it.
      expect(differing(point, tofu)).toBeGreaterThan(ink(point) * 0.5);
      expect(differing(line, tofu)).toBeGreaterThan(ink(point) * 0.5);
    } finally {
      await close();
    }
  });
});

describe('leg labels', () => {
  it('“by air” and the fiction mark are drawn once per leg, not once per tile', async () => {
    const { page, close } = await openPage(browser, '?story=joseph&step=7', {
      reducedMotion: 'reduce',
    });
    try {
      await waitForMapReady(page);
      await waitForMapIdle(page);
      // Zoomed out, a long flight and Loh Kiwan's legs span many tiles.
      await page.evaluate(() => {
        const el = document.querySelector('.map') as HTMLElement & {
          journeyMap: { map: import('maplibre-gl').Map };
        };
        el.journeyMap.map.jumpTo({ center: [180, 45], zoom: 1.2 });
      });
      await waitForMapIdle(page);
      const counts = await page.evaluate(() => {
        const el = document.querySelector('.map') as HTMLElement & {
          journeyMap: { map: import('maplibre-gl').Map };
        };
        const map = el.journeyMap.map;
        const per = (layer: string) => {
          const seen: Record<string, number> = {};
          for (const f of map.queryRenderedFeatures({ layers: [layer] })) {
            const key = `${f.properties.story}/${f.properties.step}`;
            seen[key] = (seen[key] ?? 0) + 1;
          }
          return seen;
        };
        return { modes: per('leg-modes'), fiction: per('fiction-label') };
      });
      expect(Object.keys(counts.modes)).toContain('joseph/7');
      for (const [leg, n] of Object.entries({ ...counts.modes, ...counts.fiction }))
        expect(n, leg).toBe(1);
    } finally {
      await close();
    }
  });
});
