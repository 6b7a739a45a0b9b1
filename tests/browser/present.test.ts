/**
 * The classroom: presenter mode's keys, the content-warning gate, blanking, jump-to-step and
 * autoplay on a 1920×1080 projector; the presenter view kept in step through BroadcastChannel
 * between two pages of one context; the handout; and axe in every mode.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  launch,
  mapState,
  openPage,
  seriousViolations,
  waitForMapIdle,
  waitForMapReady,
} from './harness.ts';

const PROJECTOR = { width: 1920, height: 1080 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const progress = (page: Page) => page.locator('[data-progress]').first().textContent();
const stepInUrl = (page: Page) => Number(new URL(page.url()).searchParams.get('step'));

async function expectStep(page: Page, n: number, of = 9) {
  await page.waitForFunction(
    (text) => document.querySelector('[data-progress]')?.textContent === text,
    `Step ${n} of ${of}`,
    { timeout: 10_000 },
  );
  expect(await progress(page)).toBe(`Step ${n} of ${of}`);
}

describe('presenter mode (?mode=present)', () => {
  it('moves with every clicker and keyboard key, and the map follows the moment', async () => {
    const { page, errors, outside, close } = await openPage(
      browser,
      '?story=joseph&step=4&mode=present',
      { viewport: PROJECTOR },
    );
    try {
      await waitForMapReady(page);
      await expectStep(page, 5);
      const moves: [key: string, step: number][] = [
        ['PageDown', 6],
        ['ArrowRight', 7],
        ['Space', 8],
        ['Shift+Space', 7],
        ['PageUp', 6],
        ['ArrowLeft', 5],
        ['End', 9],
        ['Home', 1],
      ];
      for (const [key, step] of moves) {
        await page.keyboard.press(key);
        await expectStep(page, step);
        expect(stepInUrl(page)).toBe(step - 1);
      }
      await waitForMapIdle(page);
      const map = await mapState(page);
      expect([map.story, map.step]).toEqual(['joseph', 0]);
      expect(new URL(page.url()).searchParams.get('mode')).toBe('present');
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await close();
    }
  });

  it('sets body text at 28 px or more on a 1920×1080 projector, excerpts larger', async () => {
    const { page, close } = await openPage(browser, '?story=joseph&step=4&mode=present', {
      viewport: PROJECTOR,
    });
    try {
      await page.waitForSelector('.present-slide blockquote');
      const sizes = await page.evaluate(() => ({
        body: parseFloat(getComputedStyle(document.querySelector('[data-present]')!).fontSize),
        where: parseFloat(
          getComputedStyle(document.querySelector('.present-slide .where')!).fontSize,
        ),
        quote: parseFloat(
          getComputedStyle(document.querySelector('.present-slide blockquote')!).fontSize,
        ),
      }));
      expect(sizes.body).toBeGreaterThanOrEqual(28);
      expect(sizes.where).toBeGreaterThanOrEqual(28);
      expect(sizes.quote).toBeGreaterThan(sizes.body);
    } finally {
      await close();
    }
  });

  it('puts a full-screen gate before a warned step: Enter shows it, → skips it', async () => {
    const { page, errors, close } = await openPage(browser, '?story=joseph&step=0&mode=present', {
      viewport: PROJECTOR,
    });
    try {
      await expectStep(page, 1);
      await page.keyboard.press('PageDown');
      await expectStep(page, 2);
      // The gate, and nothing of the step behind it.
      await page.waitForSelector('[data-gate]');
      expect(await page.locator('.present-slide').count()).toBe(0);
      expect(await page.locator('[data-gate]').textContent()).toContain('starvation');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.present-slide blockquote');
      expect(await page.locator('[data-gate]').count()).toBe(0);
      // The next warned step: → skips it without showing it.
      await page.keyboard.press('PageDown');
      await expectStep(page, 3);
      await page.waitForSelector('[data-gate]');
      await page.keyboard.press('ArrowRight');
      await expectStep(page, 4);
      await page.waitForSelector('[data-gate]');
      await page.getByRole('button', { name: /Show this part/ }).click();
      await page.waitForSelector('.present-slide blockquote');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('blanks with B and with ".", jumps with a number and Enter, and leaves with Esc', async () => {
    const { page, errors, close } = await openPage(browser, '?story=joseph&step=4&mode=present', {
      viewport: PROJECTOR,
    });
    try {
      await expectStep(page, 5);
      await page.keyboard.press('b');
      await page.waitForSelector('[data-blank]');
      await page.keyboard.press('b');
      await page.waitForSelector('[data-blank]', { state: 'detached' });
      await page.keyboard.press('.');
      await page.waitForSelector('[data-blank]');
      await page.keyboard.press('.');
      await page.waitForSelector('[data-blank]', { state: 'detached' });
      await page.keyboard.press('8');
      await page.keyboard.press('Enter');
      await expectStep(page, 8);
      expect(stepInUrl(page)).toBe(7);
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-present]', { state: 'detached' });
      expect(new URL(page.url()).searchParams.has('mode')).toBe(false);
      // Back in the ordinary app, at the same step, with its own keys working again.
      await page.waitForSelector('.stepper');
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '6');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('autoplay moves on by itself and stops at a content-warning gate', async () => {
    const { page, errors, close } = await openPage(browser, '?story=joseph&step=0&mode=present', {
      viewport: PROJECTOR,
    });
    try {
      await expectStep(page, 1);
      await page.keyboard.press('-'); // slower, then faster twice: the pace changes both ways
      expect(await page.locator('[data-pace]').textContent()).toBe('20 s a step');
      await page.keyboard.press('+');
      await page.keyboard.press('+');
      await page.keyboard.press('+');
      expect(await page.locator('[data-pace]').textContent()).toBe('5 s a step');
      await page.keyboard.press('a');
      await page.waitForSelector('[data-gate]', { timeout: 20_000 });
      await expectStep(page, 2);
      expect(await page.getByRole('button', { name: 'Play (A)' }).count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('presenter mode for every reader', () => {
  it('announces each step briefly and politely, never the whole slide', async () => {
    const { page, close } = await openPage(browser, '?story=joseph&step=3&mode=present', {
      viewport: PROJECTOR,
    });
    try {
      await expectStep(page, 4);
      const live = page.locator('[data-present] [aria-live="polite"]');
      await page.keyboard.press('PageDown');
      await expectStep(page, 5);
      await expect.poll(() => live.textContent()).toMatch(/^\s*Step 5 of 9\s*$/);
      // A step behind a content warning is announced as such, not read out.
      await page.keyboard.press('Home');
      await page.keyboard.press('PageDown');
      await expect.poll(() => live.textContent()).toMatch(/Step 2 of 9: Content warning/);
      expect(await page.locator('[aria-live="assertive"]').count()).toBe(0);
    } finally {
      await close();
    }
  });

  it('at 200% zoom nothing is lost or scrolls sideways, and pinch zoom is never blocked', async () => {
    // 200% zoom on a 1920×1080 screen is a 960×540 CSS-pixel window at twice the density.
    const { page, errors, close } = await openPage(browser, '?story=joseph&step=4&mode=present', {
      viewport: { width: 960, height: 540 },
      deviceScaleFactor: 2,
    });
    try {
      await expectStep(page, 5);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      for (const name of [/Leave/, /Presenter view/, /Play/])
        await expect(page.getByRole('button', { name }).first().isVisible()).resolves.toBe(true);
      expect(await page.locator('.present-slide blockquote').first().isVisible()).toBe(true);
      const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
      expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1(\.0)?\b/);
      const touchAction = await page.evaluate(() =>
        [document.documentElement, document.body, document.querySelector('[data-present]')!].map(
          (el) => getComputedStyle(el).touchAction,
        ),
      );
      expect(touchAction.filter((t) => t === 'none')).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('presenter view (?mode=presenter)', () => {
  it('stays in step with the audience window both ways, and each goes on when the other closes', async () => {
    const audience = await openPage(browser, '?story=joseph&step=4&mode=present&session=abcd1234', {
      viewport: PROJECTOR,
    });
    try {
      const { page } = audience;
      await expectStep(page, 5);
      // P opens the presenter view on the same session.
      const [popup] = await Promise.all([
        page.context().waitForEvent('page'),
        page.keyboard.press('p'),
      ]);
      await popup.waitForSelector('[data-presenter]');
      expect(new URL(popup.url()).searchParams.get('session')).toBe('abcd1234');
      expect(new URL(popup.url()).searchParams.get('mode')).toBe('presenter');
      await expectStep(popup, 5);
      expect(await popup.locator('[data-questions] li').count()).toBeGreaterThanOrEqual(2);
      expect(await popup.locator('[data-elapsed]').textContent()).toMatch(/^\d\d:\d\d$/);

      await page.keyboard.press('PageDown');
      await expectStep(page, 6);
      await expectStep(popup, 6);
      expect(await popup.locator('[data-notes]').textContent()).toContain('halmoni');

      await popup.keyboard.press('PageDown');
      await expectStep(popup, 7);
      await expectStep(page, 7);

      // A gate shown from the presenter view opens on the projector too.
      await popup.keyboard.press('Home');
      await popup.keyboard.press('PageDown');
      await expectStep(page, 2);
      await page.waitForSelector('[data-gate]');
      await popup.keyboard.press('s');
      await page.waitForSelector('[data-gate]', { state: 'detached' });
      await page.waitForSelector('.present-slide blockquote');

      await popup.close();
      await page.keyboard.press('End');
      await expectStep(page, 9);
      expect(audience.errors).toEqual([]);
    } finally {
      await audience.close();
    }
  });

  it('says so, instead of failing silently, in a browser without BroadcastChannel', async () => {
    const { page, errors, close } = await openPage(browser, '?story=joseph&step=2&mode=presenter', {
      before: (p) =>
        p.addInitScript(() => {
          delete (globalThis as { BroadcastChannel?: unknown }).BroadcastChannel;
        }),
    });
    try {
      await page.waitForSelector('[data-presenter]');
      await expect(page.locator('[data-presenter] .link').textContent()).resolves.toMatch(
        /cannot link two windows/,
      );
      // The view itself still works on its own.
      await page.keyboard.press('PageDown');
      await expectStep(page, 4);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('ignores messages that are not its own well-formed ones', async () => {
    const { page, errors, close } = await openPage(
      browser,
      '?story=joseph&step=4&mode=presenter&session=zzzz9999',
    );
    try {
      await expectStep(page, 5);
      await page.evaluate(() => {
        const channel = new BroadcastChannel('journey-map:present:joseph:zzzz9999');
        for (const bad of [
          'step 8',
          null,
          {
            app: 'journey-map',
            kind: 'state',
            sender: 'x',
            story: 'joseph',
            step: -1,
            revealed: [],
          },
          { app: 'journey-map', kind: 'state', sender: 'x', story: 'joseph', step: 7 },
          { app: 'other', kind: 'state', sender: 'x', story: 'joseph', step: 7, revealed: [] },
          { app: 'journey-map', kind: 'state', sender: 'x', story: 'bella', step: 2, revealed: [] },
        ])
          channel.postMessage(bad);
        channel.postMessage({
          app: 'journey-map',
          kind: 'state',
          sender: 'x',
          story: 'joseph',
          step: 6,
          revealed: [],
        });
        channel.close();
      });
      // Only the last, well-formed message moves it.
      await expectStep(page, 7);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('handout (?mode=handout)', () => {
  it('holds the route, the excerpts with their source and the questions, and withholds warned passages', async () => {
    const { page, errors, close } = await openPage(browser, '?story=joseph&mode=handout');
    try {
      await page.waitForSelector('[data-handout] [data-questions]');
      const text = (await page.locator('[data-handout]').textContent()) ?? '';
      expect(text).toContain('Most of you may know me as Joseph');
      expect(text).toContain('What does his name mean, and why does it matter to him?');
      expect(text).toContain('A passage with a content warning, not printed.');
      expect(text).toContain('Age guidance');
      expect(text).not.toContain('my father died of starvation');
      expect(await page.locator('[data-route]').textContent()).not.toBe('');
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: 'Print', exact: true }).isVisible()).toBe(
        false,
      );
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the lesson page (?mode=lesson)', () => {
  it('lists every journey for a teacher, and one is presented from it with the keyboard alone, to its last step', async () => {
    const { page, errors, outside, close } = await openPage(browser, '?mode=lesson', {
      viewport: PROJECTOR,
    });
    try {
      await page.waitForSelector('[data-lesson]');
      const stories = page.locator('[data-lesson-story]');
      expect(await stories.count()).toBe(6);
      const kiwan = page.locator('[data-lesson-story="loh-kiwan"]');
      expect(await kiwan.textContent()).toContain('This story is fiction');
      const joseph = page.locator('[data-lesson-story="joseph"]');
      const text = (await joseph.textContent()) ?? '';
      expect(text).toContain('Age guidance');
      expect(text).toContain('13+');
      expect(text).toMatch(/9 steps; about \d+ min to read the excerpts aloud \(an estimate/);
      expect(text).toContain('What does his name mean, and why does it matter to him?');

      // Keyboard only: focus the button by tabbing to it, Enter presents, the clicker's keys walk
      // the story, and Enter opens each content-warning gate.
      const button = joseph.getByRole('button', { name: 'Present this: Joseph' });
      for (let i = 0; i < 80 && !(await button.evaluate((b) => b === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-present]');
      expect(new URL(page.url()).searchParams.get('mode')).toBe('present');
      await expectStep(page, 1);
      for (let n = 2; n <= 9; n++) {
        await page.keyboard.press('PageDown');
        await expectStep(page, n);
        if (await page.locator('[data-gate]').count()) {
          await page.keyboard.press('Enter');
          await page.waitForSelector('.present-slide blockquote');
        }
      }
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await close();
    }
  });
});

/** Share of a page's pixels with real colour (not white, black or grey): where the map is. */
function colourful(png: PNG): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 8) n++;
  }
  return n / (png.width * png.height);
}

describe('the printed handout (page.pdf)', () => {
  it('prints the route map as a picture, the timeline, the excerpts and the questions, without the app around it', async () => {
    const { page, errors, close } = await openPage(browser, '?story=joseph&mode=handout');
    const dir = mkdtempSync(join(tmpdir(), 'handout-'));
    try {
      await page.waitForSelector('[data-handout-map] svg path', { state: 'attached' });
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: join(dir, 'handout.pdf'), format: 'A4' });
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'handout.pdf'), '-'], {
        encoding: 'utf8',
      }).replace(/\s+/g, ' ');
      expect(text).toContain('Joseph: from Hoeryong to the United States');
      expect(text).toContain('Most of you may know me as Joseph');
      expect(text).toContain('What does his name mean, and why does it matter to him?');
      expect(text).toContain('When and where');
      expect(text).toContain('Hoeryong');
      expect(text).not.toContain('my father died of starvation');
      // The app's own header and buttons are not on paper.
      expect(text).not.toContain('All journeys');
      expect(text).not.toContain('Print handout');

      execFileSync('pdftoppm', [
        '-r',
        '50',
        '-f',
        '1',
        '-l',
        '1',
        '-png',
        join(dir, 'handout.pdf'),
        join(dir, 'page'),
      ]);
      const first = readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.png'))!;
      const png = PNG.sync.read(readFileSync(join(dir, first)));
      // The map fills a good part of the first page with sea, land and route colours; a blank
      // box or a page of text alone would have almost none.
      // About 0.3 here; a page of text alone is under 0.02.
      expect(colourful(png)).toBeGreaterThan(0.2);
      expect(errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await close();
    }
  });
});

describe('accessibility in the classroom modes (axe-core)', () => {
  it.each([
    ['presenter mode', '?story=joseph&step=4&mode=present'],
    ['the warning gate', '?story=joseph&step=1&mode=present'],
    ['the presenter view', '?story=joseph&step=4&mode=presenter'],
    ['the handout', '?story=loh-kiwan&mode=handout'],
    ['the lesson page', '?mode=lesson'],
    ['the handout in print preview', '?story=joseph&mode=handout&print'],
  ])('%s has no serious or critical violations', async (_name, path) => {
    const { page, close } = await openPage(browser, path, { viewport: PROJECTOR, bypassCSP: true });
    try {
      await page.waitForSelector('[data-present], [data-presenter], [data-handout], [data-lesson]');
      if (path.endsWith('&print')) {
        await page.waitForSelector('[data-handout-map] svg', { state: 'attached' });
        await page.emulateMedia({ media: 'print' });
      }
      if (path.includes('mode=present&') || path.endsWith('mode=present'))
        await waitForMapReady(page);
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });
});
