/**
 * The six journeys in real Chromium, against the production build: each loads from its URL with
 * its own words, draws its route, frames its step, stays offline and raises no errors.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadAndCompile } from '../../src/data/load.ts';
import { normaliseForQuote } from '../../src/data/verbatim.ts';
import {
  launch,
  mapState,
  openPage,
  SCREENSHOTS,
  waitForMapIdle,
  waitForMapReady,
} from './harness.ts';

const root = new URL('../..', import.meta.url).pathname;
const { index } = loadAndCompile({ root });
const seeds = ['000_963a6d4afd6004cd.txt', '001_cd0cffe542287d6b.txt']
  .map((f) => normaliseForQuote(readFileSync(`${root}/data/sources/${f}`, 'utf8')))
  .join('\n');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('?story=<id>&step=0', () => {
  it.each(index.stories.map((s) => [s.id, s] as const))(
    '%s loads with a verbatim excerpt, its route drawn and its first step in view',
    async (id, story) => {
      const { page, outside, errors, close } = await openPage(browser, `?story=${id}&step=0`);
      try {
        const first = story.steps[0]!;
        // A first step with a content warning stays closed until the reader opens it.
        if (first.warnings.length > 0 && first.excerpts.every((e) => e.warnings.length > 0)) {
          await expect(page.locator(`[id$="-step-${id}-0"] blockquote`).count()).resolves.toBe(0);
          await page
            .locator(`[id$="-step-${id}-0"]`)
            .getByRole('button', { name: 'Show this part' })
            .click();
        }
        const quote = page.locator(`[id$="-step-${id}-0"] blockquote p`).first();
        await quote.waitFor();
        const text = (await quote.textContent())!.trim();
        const expected = first.excerpts.find((e) => e.warnings.length === 0) ?? first.excerpts[0]!;
        expect(text).toBe(expected.text);
        expect(seeds).toContain(normaliseForQuote(text));
        await expect(page.locator('.attribution').first().textContent()).resolves.toContain('LiNK');

        await waitForMapReady(page);
        await waitForMapIdle(page);
        const state = await mapState(page, [story.steps[0]!.anchor]);
        expect(state.story).toBe(id);
        expect(state.step).toBe(0);
        const own = state.routeFeatures.filter((f) => f.story === id);
        expect(own.length).toBeGreaterThan(0);
        expect(own.every((f) => f.fiction === story.fiction)).toBe(true);
        expect(state.inView).toEqual([true]);

        await page.screenshot({ path: `${SCREENSHOTS}/${id}.png` });
        expect(outside).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});

describe('every step', () => {
  it('joseph: stepping through all nine steps keeps each step in view and the URL in step', async () => {
    const story = index.stories.find((s) => s.id === 'joseph')!;
    const { page, outside, errors, close } = await openPage(browser, '?story=joseph&step=0', {
      reducedMotion: 'reduce',
    });
    try {
      await waitForMapReady(page);
      for (let i = 1; i < story.steps.length; i++) {
        await page.keyboard.press('ArrowRight');
        await page.waitForURL(new RegExp(`step=${i}$`));
        await waitForMapIdle(page);
        const state = await mapState(page, [story.steps[i]!.anchor]);
        expect(state.step, `step ${i}`).toBe(i);
        expect(state.inView, `step ${i} in view`).toEqual([true]);
      }
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the overview', () => {
  it('shows all six journeys, Loh Kiwan marked as fiction, with every route drawn', async () => {
    const { page, outside, errors, close } = await openPage(browser, '');
    try {
      await expect(page.locator('.card h3').allTextContents()).resolves.toHaveLength(6);
      const kiwan = page.locator('.card.fiction');
      await expect(kiwan.textContent()).resolves.toMatch(/Fiction/i);
      await waitForMapReady(page);
      await waitForMapIdle(page);
      const state = await mapState(page);
      expect(state.story).toBe('');
      const drawn = new Set(state.routeFeatures.map((f) => f.story));
      expect([...drawn].sort()).toEqual(index.stories.map((s) => s.id).sort());
      expect(
        state.routeFeatures.filter((f) => f.fiction).every((f) => f.story === 'loh-kiwan'),
      ).toBe(true);
      await page.screenshot({ path: `${SCREENSHOTS}/overview.png` });
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
