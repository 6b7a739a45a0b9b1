/**
 * The interface in Korean: `?lang=ko` turns every interface word Korean (headings, buttons, the
 * timeline, the key, the route in words, the step controls) while the people's own words stay
 * as published; the language is marked on the instance (and on <html> for the page's owner);
 * and two instances on one page each keep their own language.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launch, openPage, seriousViolations, waitForMapReady, type Watched } from './harness.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * English interface words that must be gone in Korean. Each is checked against the instance's
 * interface text only: the story's own words (marked `lang="en"`) are left out first.
 */
const ENGLISH = [
  'All journeys',
  'Previous',
  'Next',
  'Step 3 of',
  'Where',
  'When',
  'Route in words',
  'Now at step',
  'Places are shown only roughly',
  'Key',
  'Timeline of',
  'date stated',
  'estimate',
  'no date in the text',
  'Skip to the story',
  'Steps of the journey',
  'End of the journey',
  'Quotes are from',
  'Summary in our words',
  'About this story',
  'not translated',
  'inferred',
  'route not stated',
  'Zoom in',
  'Loading the map',
  'Language',
  'Present',
  'Print handout',
];

/** The instance's interface text: its text, names and titles, without the story's own words. */
function interfaceText(instance: Locator): Promise<string> {
  return instance.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[lang="en"]').forEach((node) => node.remove());
    const attributes = [
      ...copy.querySelectorAll('[aria-label], [title], [aria-valuetext]'),
    ].flatMap((node) =>
      ['aria-label', 'title', 'aria-valuetext'].map((name) => node.getAttribute(name) ?? ''),
    );
    return [copy.textContent ?? '', ...attributes].join('\n');
  });
}

/** The current step's quoted passages, exactly as shown. */
function currentQuotes(page: Page) {
  return page.locator('article.step[aria-current="step"] blockquote').evaluateAll((quotes) =>
    quotes.map((q) => ({
      lang: q.getAttribute('lang'),
      text: q.querySelector('p')!.textContent,
    })),
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('?lang=ko', () => {
  let watched: Watched;
  let page: Page;
  let app: Locator;

  beforeAll(async () => {
    // axe is injected as an inline script, which the app's Content-Security-Policy forbids.
    watched = await openPage(browser, '?story=bella&step=2&lang=ko', { bypassCSP: true });
    page = watched.page;
    app = page.locator('.journey-map');
    await app.locator('article.step[aria-current="step"]').waitFor();
    await waitForMapReady(page);
  });
  afterAll(async () => {
    await watched?.close();
  });

  it('marks the language on the instance and on the page it owns', async () => {
    expect(await app.getAttribute('lang')).toBe('ko');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    expect(await page.title()).toBe('여정 지도');
    expect(await app.locator('label.lang select').inputValue()).toBe('ko');
  });

  it('speaks Korean in the header, the step controls, the story, the timeline, the key and the route', async () => {
    const steps = await app.locator('article.step').count();
    const text = (selector: string) => app.locator(selector).first().textContent();
    expect(await text('button.back')).toContain('모든 여정');
    expect(await text('nav.stepper')).toContain('이전');
    expect(await text('nav.stepper')).toContain('다음');
    expect(await text('nav.stepper .count')).toBe(`${steps}단계 중 3단계`);
    expect(await text('article.step[aria-current="step"] .step-number')).toBe(
      `${steps}단계 중 3단계`,
    );
    expect(await app.locator('article.step[aria-current="step"] dt').allTextContents()).toEqual(
      expect.arrayContaining(['어디서', '언제']),
    );
    expect(await text('.skip-link')).toBe('이야기로 바로 가기');
    expect(await app.locator('section.map-area').getAttribute('aria-label')).toBe('지도');
    expect(await app.locator('section.timeline-area').getAttribute('aria-label')).toBe('타임라인');
    expect(await app.locator('[role="slider"]').getAttribute('aria-label')).toBe(
      'Bella의 여정 타임라인',
    );
    expect(await app.locator('[role="slider"]').getAttribute('aria-valuetext')).toMatch(
      new RegExp(`^${steps}단계 중 3단계: `),
    );
    expect(await text('.timeline .legend')).toContain('글에 나온 날짜');
    expect(await text('details.legend summary')).toBe('범례');
    expect(await app.locator('.maplibregl-ctrl-zoom-in').getAttribute('title')).toBe('확대');
    expect(await text('details.route-in-words summary')).toBe('글로 보는 경로');
    const route = (await text('details.route-in-words p'))!;
    // Composed at run time from the data and the Korean messages, with Korean place names.
    expect(route).toMatch(/^북한 혜산에서 출발/);
    expect(route).toContain(' → ');
    expect(await text('details.route-in-words div p:nth-of-type(2)')).toMatch(
      new RegExp(`^지금 ${steps}단계 중 3단계: `),
    );
    expect(await text('.story-area .intro')).toContain('요약은 저희가 썼습니다');
  });

  it('leaves no English interface word', async () => {
    const words = await interfaceText(app);
    expect(ENGLISH.filter((english) => words.includes(english))).toEqual([]);
  });

  it('keeps the people’s own words as published, marked as English', async () => {
    const korean = await currentQuotes(page);
    const english = await openPage(browser, '?story=bella&step=2');
    try {
      await english.page.locator('article.step[aria-current="step"]').waitFor();
      const original = await currentQuotes(english.page);
      expect(original.length).toBeGreaterThan(0);
      expect(korean).toEqual(original);
      expect(korean.every((q) => q.lang === 'en')).toBe(true);
    } finally {
      await english.close();
    }
  });

  it('has no serious or critical accessibility violations, and no errors', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.outside).toEqual([]);
  });

  it('follows the language menu: English again, on the instance, the page and the URL', async () => {
    await app.locator('label.lang select').selectOption('en');
    await expect.poll(() => app.getAttribute('lang')).toBe('en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await app.locator('nav.stepper').textContent()).toContain('Previous');
    expect(await app.locator('details.route-in-words summary').textContent()).toBe(
      'Route in words',
    );
    // MapLibre's own controls, made in Korean, are renamed.
    expect(await app.locator('.maplibregl-ctrl-zoom-in').getAttribute('title')).toBe('Zoom in');
    expect(await app.locator('.maplibregl-ctrl-attrib-inner').textContent()).toBe(
      'Basemap: Natural Earth (public domain)',
    );
    expect(await page.evaluate(() => location.search)).not.toContain('lang=');
  });
});

describe('the classroom modes in Korean', () => {
  it('presenter mode and the handout speak Korean, the route in words too', async () => {
    const present = await openPage(browser, '?story=joseph&step=0&mode=present&lang=ko');
    try {
      const stage = present.page.locator('[data-present]');
      await stage.locator('[data-progress]').waitFor();
      const steps = await stage.locator('.strip li').count();
      expect(await stage.locator('[data-progress]').textContent()).toBe(`${steps}단계 중 1단계`);
      expect(await stage.locator('.tools').textContent()).toContain('발표자 보기 (P)');
      const words = await interfaceText(present.page.locator('.journey-map'));
      expect(
        ['Presenter view', 'Full screen', 'Leave', 'Step 1 of'].filter((w) => words.includes(w)),
      ).toEqual([]);
      expect(present.errors).toEqual([]);
    } finally {
      await present.close();
    }
    const handout = await openPage(browser, '?story=joseph&mode=handout&lang=ko');
    try {
      const route = handout.page.locator('[data-handout] [data-route]');
      await route.waitFor();
      expect(await route.textContent()).toMatch(/^북한 회령에서 출발/);
      expect(await handout.page.locator('[data-handout] h2').allTextContents()).toEqual(
        expect.arrayContaining(['지도로 보는 경로', '글로 보는 경로', '언제, 어디서']),
      );
      expect(handout.errors).toEqual([]);
    } finally {
      await handout.close();
    }
  });
});

describe('a language the app does not speak', () => {
  it('is English, with no error', async () => {
    const { page, errors, close } = await openPage(browser, '?story=bella&step=0&lang=xx');
    try {
      const app = page.locator('.journey-map');
      await app.locator('article.step[aria-current="step"]').waitFor();
      expect(await app.getAttribute('lang')).toBe('en');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await app.locator('nav.stepper').textContent()).toContain('Next');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

// One instance in English in the page, one in Korean inside a shadow root.
const HOST_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Host page</title>
    <style>.slot { width: 900px; height: 560px; }</style>
  </head>
  <body>
    <div id="english" class="slot"></div>
    <div id="korean" class="slot"></div>
    <script type="module">
      import { index, mountJourneyMap } from './assets/journey-map.js';
      const shadow = document.getElementById('korean').attachShadow({ mode: 'open' });
      mountJourneyMap(document.getElementById('english'), { index, story: 'bella', step: 1 });
      mountJourneyMap(shadow, { index, story: 'bella', step: 1, lang: 'ko' });
    </script>
  </body>
</html>`;

describe('two instances in two languages on one page', () => {
  let watched: Watched;
  let english: Locator;
  let korean: Locator;

  beforeAll(async () => {
    if (!existsSync(`${root}/dist/assets/journey-map.js`))
      execFileSync('node', ['node_modules/vite/bin/vite.js', 'build', '--mode', 'library'], {
        cwd: root,
        stdio: 'inherit',
      });
    watched = await openPage(browser, 'languages.html', {
      before: (p) =>
        p.route('**/languages.html', (route) =>
          route.fulfill({ contentType: 'text/html', body: HOST_PAGE }),
        ),
    });
    english = watched.page.locator('#english .journey-map');
    korean = watched.page.locator('#korean .journey-map');
    // Once both maps are made, their own controls (named in the instance's language) are in.
    for (const instance of [english, korean])
      await instance.locator('canvas.maplibregl-canvas').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await watched?.close();
  });

  it('each speaks its own, and the host page keeps its own lang', async () => {
    expect(await english.getAttribute('lang')).toBe('en');
    expect(await korean.getAttribute('lang')).toBe('ko');
    expect(await watched.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await watched.page.title()).toBe('Host page');
    expect(await english.locator('nav.stepper').textContent()).toContain('Previous');
    expect(await korean.locator('nav.stepper').textContent()).toContain('이전');
    expect(await english.locator('details.route-in-words summary').textContent()).toBe(
      'Route in words',
    );
    expect(await korean.locator('details.route-in-words summary').textContent()).toBe(
      '글로 보는 경로',
    );
    const words = await interfaceText(korean);
    expect(ENGLISH.filter((word) => words.includes(word))).toEqual([]);
    // The same check finds the words in the English instance, so it can fail.
    const englishWords = await interfaceText(english);
    const notAlwaysShown = ['not translated', 'Loading the map'];
    expect(
      ENGLISH.filter((word) => !notAlwaysShown.includes(word) && !englishWords.includes(word)),
    ).toEqual([]);
  });

  it('changing one’s language leaves the other’s', async () => {
    await english.locator('select').selectOption('ko');
    await expect.poll(() => english.getAttribute('lang')).toBe('ko');
    await korean.locator('select').selectOption('en');
    await expect.poll(() => korean.getAttribute('lang')).toBe('en');
    expect(await english.locator('nav.stepper').textContent()).toContain('이전');
    expect(await korean.locator('nav.stepper').textContent()).toContain('Previous');
    expect(await watched.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(watched.errors).toEqual([]);
    expect(watched.outside).toEqual([]);
  });
});
