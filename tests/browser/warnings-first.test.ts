/**
 * Warnings come before what they warn of (DOMAIN rule 6): with no passage revealed, the page's
 * visible text holds none of the words the content warnings cover, on the overview and on
 * each story's first view; once the reader shows a story's passages, its full forms appear.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadAndCompile } from '../../src/data/load.ts';
import { launch, openPage } from './harness.ts';

const root = new URL('../..', import.meta.url).pathname;
const { index } = loadAndCompile({ root });

/** Phrases the issue names as given away before their warning. */
const FIXED = [
  'After his father died of starvation',
  'where she was sold, and later sold again',
  'where his mother dies',
  'left on the streets',
  'Sold a second time',
  'His father’s death',
  'His mother’s death',
  'Left on the streets',
];

/** Everything kept behind a gate: full titles, summaries and headings, and flagged passages. */
const GATED = index.stories.flatMap((story) => [
  ...[story.titleFull?.en, story.summaryFull?.en].filter((t): t is string => !!t),
  ...story.steps.flatMap((step) => [
    ...(step.headingFull ? [step.headingFull.en] : []),
    ...(step.warnings.length > 0
      ? step.excerpts.filter((e) => e.warnings.length > 0).map((e) => e.text)
      : []),
  ]),
]);

const flat = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();
const visibleText = async (page: Page) => flat(await page.evaluate(() => document.body.innerText));
const shownOf = (text: string, phrases: string[]) => phrases.filter((p) => text.includes(flat(p)));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('warnings come first', () => {
  it('the data has gated forms to look for', () => {
    expect(GATED.length).toBeGreaterThan(FIXED.length);
  });

  it('the overview shows none of the warned phrases, and each card’s warning comes first', async () => {
    const { page, errors, close } = await openPage(browser, '');
    try {
      await page.getByRole('heading', { name: /journeys, in their own words/ }).waitFor();
      expect(shownOf(await visibleText(page), [...FIXED, ...GATED])).toEqual([]);
      const firstLines = await page.$$eval('.card', (cards) =>
        cards.map((c) => (c.firstElementChild as HTMLElement).className),
      );
      const warned = index.stories.map((s) => (s.warnings.length > 0 ? 'warnings' : ''));
      firstLines.forEach((cls, i) => {
        if (warned[i]) expect(cls).toContain('warnings');
      });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each(index.stories.map((s) => s.id))(
    '?story=%s&step=0 shows none of the warned phrases until the reader shows them',
    async (id) => {
      const story = index.stories.find((s) => s.id === id)!;
      const { page, errors, close } = await openPage(browser, `?story=${id}&step=0`);
      try {
        await page.locator('.intro h2').waitFor();
        expect(shownOf(await visibleText(page), [...FIXED, ...GATED])).toEqual([]);
        if (story.warnings.length > 0) {
          // The intro's warning note comes before the title and the summary.
          const before = await page.evaluate(() => {
            const note = document.querySelector('.intro .warnings');
            const title = document.querySelector('.intro h2');
            return !!note && !!title && !!(note.compareDocumentPosition(title) & 4);
          });
          expect(before).toBe(true);
          // The probe can fail: once shown, the story's full forms are on the page.
          await page.getByRole('button', { name: 'Show all passages in this story' }).click();
          const full = [story.summaryFull?.en, ...story.steps.map((s) => s.headingFull?.en)];
          const text = await visibleText(page);
          for (const phrase of full.filter((p): p is string => !!p))
            expect(text).toContain(flat(phrase));
        }
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});
