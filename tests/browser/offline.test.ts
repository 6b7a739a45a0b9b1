/**
 * The one-file build (`npm run build:offline`) opened from disk over file://, as from a USB
 * stick, with every request that is not the file itself (or data: and blob: URLs inside it)
 * blocked by the test: the map with Latin and Hangul labels, the timeline, all six stories and
 * the presenter view.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { OFFLINE_FILE } from '../../scripts/vite-plugin-offline.ts';
import { loadAndCompile } from '../../src/data/load.ts';
import { launch, mapState, openPage, waitForMapIdle, waitForMapReady } from './harness.ts';
import { differing, drawLabel, ink, TOFU } from './labels.ts';

const folder = fileURLToPath(new URL('../../dist-offline/', import.meta.url));
const file = pathToFileURL(`${folder}${OFFLINE_FILE}`).href;
const { index } = loadAndCompile({ root: fileURLToPath(new URL('../..', import.meta.url)) });

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Every request the page made, whatever the test let through. */
function requests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(r.url()));
  return seen;
}

const open = (path: string) => openPage(browser, path, { base: file });

describe('the one-file build over file://', () => {
  it('is one HTML file and nothing else', () => {
    expect(readdirSync(folder)).toEqual([OFFLINE_FILE]);
    expect(statSync(`${folder}${OFFLINE_FILE}`).size).toBeGreaterThan(1_000_000);
    expect(existsSync(`${folder}index.html`)).toBe(false);
  });

  it('shows all six journeys on the map and the timeline, with nothing fetched but itself', async () => {
    let seen: string[] = [];
    const { page, outside, errors, close } = await openPage(browser, '', {
      base: file,
      before: async (p) => {
        seen = requests(p);
      },
    });
    try {
      await expect(page.locator('.card h3').allTextContents()).resolves.toHaveLength(6);
      await expect(page.locator('.card.fiction').textContent()).resolves.toMatch(/Fiction/i);
      // Each journey is on the timeline: in a lane of its own, or in the band of the undated.
      const onTimeline = await page
        .locator('.timeline-area [data-story]')
        .evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.story))]);
      expect(onTimeline.sort()).toEqual(index.stories.map((s) => s.id).sort());
      await waitForMapReady(page);
      await waitForMapIdle(page);
      const state = await mapState(page);
      const drawn = new Set(state.routeFeatures.map((f) => f.story));
      expect([...drawn].sort()).toEqual(index.stories.map((s) => s.id).sort());
      // MapLibre ran on its worker (not the SVG fallback), started from inside the file.
      await expect(page.locator('.map canvas').count()).resolves.toBe(1);
      await expect(page.getByText('This is a simpler map').count()).resolves.toBe(0);
      expect(seen.filter((u) => !/^(data|blob):/.test(u))).toEqual([file]);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('labels the map in Latin and Hangul letters from its own fonts, not empty boxes', async () => {
    const { page, outside, errors, close } = await open('?story=jin-kyung&step=1');
    try {
      await waitForMapReady(page);
      await page.evaluate(async () => {
        const el = document.querySelector('.map') as HTMLElement & {
          journeyMap: { whenLabelsReady(): Promise<void> };
        };
        await el.journeyMap.whenLabelsReady();
      });
      const latin = await drawLabel(page, 'Shenyang', 'point');
      const hangul = await drawLabel(page, '선양', 'point');
      const tofu = await drawLabel(page, TOFU, 'point');
      for (const letters of [latin, hangul]) {
        expect(ink(letters)).toBeGreaterThan(40);
        expect(differing(letters, tofu)).toBeGreaterThan(ink(letters) * 0.5);
      }
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('runs the presenter view beside the audience window, in step both ways', async () => {
    const { page, outside, errors, close } = await open(
      '?story=joseph&step=0&mode=present&session=usb12345',
    );
    try {
      await page.waitForSelector('[data-progress]');
      const [popup] = await Promise.all([
        page.context().waitForEvent('page'),
        page.keyboard.press('p'),
      ]);
      await popup.waitForSelector('[data-presenter]');
      expect(popup.url().startsWith(file)).toBe(true);
      const progress = (p: Page, text: string) =>
        p.waitForFunction(
          (t) => document.querySelector('[data-progress]')?.textContent === t,
          text,
          { timeout: 10_000 },
        );
      await progress(popup, 'Step 1 of 9');
      await page.keyboard.press('PageDown');
      await progress(popup, 'Step 2 of 9');
      await popup.keyboard.press('End');
      await progress(page, 'Step 9 of 9');
      expect(await popup.locator('[data-notes]').count()).toBeGreaterThan(0);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
