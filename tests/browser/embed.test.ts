/**
 * The embeds on a campaign page of another origin: two iframes (`embed.html`) and two
 * `<journey-map>` elements (`journey-map.js`), one of them far below the fold, under a hostile
 * stylesheet. The widget's files come from one server (with CORS, as the README asks), the host
 * page from a second, and a third origin tries to command a frame it was not allowed to.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server.ts';
import { launch, SCREENSHOTS, seriousViolations } from './harness.ts';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));

const HOSTILE = `
* { box-sizing: content-box !important; font: 30px serif !important; line-height: 3 !important }
div { padding: 20px !important }
canvas { display: none !important }
svg { width: 10px !important }
blockquote { display: none !important }
.probe { color: rgb(1, 2, 3); margin: 5px; }
`;

/** The host page; `W` is the widget's origin, `T` the third origin. */
function hostPage(W: string, T: string, H: string): string {
  const frame = (id: string, query: string) =>
    `<iframe id="${id}" title="Journey Map ${id}" src="${W}embed.html?${query}" style="width: 900px; height: 520px; border: 0"></iframe>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A campaign page</title>
    <style>${HOSTILE}</style>
  </head>
  <body>
    <main>
    <h1>A campaign page</h1>
    <p class="probe" id="probe-before">Styled before the widgets.</p>
    ${frame('frame-a', `story=bella&step=0&allow-origins=${encodeURIComponent(H.slice(0, -1))}&cta-label=Give&cta-href=${encodeURIComponent('https://example.org/give')}&utm_source=frame`)}
    <div style="width: 900px"><journey-map id="el-a" story="bella" step="2" cta-label="Bad" cta-href="javascript:alert(1)"></journey-map></div>
    ${frame('frame-b', 'story=joseph&step=1&controls=minimal&theme=dark')}
    <iframe id="third" title="Another site" src="${T}third.html" style="width: 10px; height: 10px; border: 0"></iframe>
    <div style="height: 4000px"></div>
    <div style="width: 900px"><journey-map id="el-far" story="minji" cta="always" cta-label="Help" cta-href="https://example.org/help?ref=jm"></journey-map></div>
    <p class="probe" id="probe-after">Styled after the widgets.</p>
    </main>
    <script src="./record.js"></script>
    <script type="module" src="${W}journey-map.js"></script>
    <script src="${W}embed-resize.js"></script>
  </body>
</html>`;
}

/** The Content Security Policy the README asks of a host page, for widget origin `W`. */
export function hostCsp(W: string): string {
  const w = W.slice(0, -1);
  return [
    "default-src 'self'",
    `script-src 'self' ${w}`,
    `style-src 'self' 'unsafe-inline'`,
    `font-src ${w}`,
    `connect-src ${w}`,
    `img-src 'self' data: blob:`,
    'worker-src blob:',
    `frame-src ${w}`,
  ].join('; ');
}

/** A page whose one widget is far below the fold, under the README's CSP. */
function farPage(W: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${hostCsp(W)}" />
    <title>A long campaign page</title>
  </head>
  <body>
    <main>
      <h1>A long campaign page</h1>
      <div style="height: 3000px"></div>
      <journey-map id="far" story="bella"></journey-map>
    </main>
    <script src="./violations.js"></script>
    <script type="module" src="${W}journey-map.js"></script>
  </body>
</html>`;
}

const VIOLATIONS = `window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

/** Runs before the widget's script: the page's globals and look, and a log of what they say. */
const RECORD = `
const pick = (el) => { const s = getComputedStyle(el); return [s.color, s.marginTop, s.fontFamily, s.fontSize, s.boxSizing, s.lineHeight].join('|'); };
window.hostLook = () => [pick(document.getElementById('probe-before')), pick(document.getElementById('probe-after')), pick(document.body)];
window.hostBefore = window.hostLook();
window.heard = [];
for (const name of ['journey-map:ready', 'journey-map:step', 'journey-map:complete', 'journey-map:cta'])
  document.addEventListener(name, (e) => heard.push({ via: 'event', from: e.target.id, name, detail: e.detail }));
window.addEventListener('message', (e) => {
  const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
  if (e.data && typeof e.data.type === 'string') {
    const { type, ...detail } = e.data;
    heard.push({ via: 'message', from: frame ? frame.id : '?', origin: e.origin, name: type, detail });
  }
});
window.hostKeys = Object.keys(window);
`;

/** The third origin: on request, sends a command to the host page's first frame. */
const THIRD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Third</title></head><body>
<script>
addEventListener('message', (e) => {
  if (e.data !== 'send') return;
  parent.frames[0].postMessage({ type: 'journey-map:next' }, '*');
  parent.frames[0].postMessage({ type: 'journey-map:go', story: 'joseph', step: 3 }, '*');
  parent.postMessage('sent', '*');
});
</script></body></html>`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let widget: StaticServer;
let host: StaticServer;
let third: StaticServer;
const outside: string[] = [];
const errors: string[] = [];
const warnings: string[] = [];
const requests: string[] = [];

interface Heard {
  via: 'event' | 'message';
  from: string;
  origin?: string;
  name: string;
  detail: Record<string, unknown>;
}

const heard = () => page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);

/** What one widget has said, by name. */
async function said(from: string, name: string): Promise<Heard[]> {
  return (await heard()).filter((h) => h.from === from && h.name === `journey-map:${name}`);
}

/** The frame an iframe element shows. */
async function frame(id: string, on: Page = page): Promise<Frame> {
  const handle = await on.locator(`#${id}`).elementHandle();
  const content = await handle!.contentFrame();
  if (!content) throw new Error(`#${id} has no frame`);
  return content;
}

/** The step the story panel marks as current, in an element (its shadow root) or a frame. */
async function currentStep(where: Locator | Frame): Promise<number> {
  const step = where.locator('article.step[aria-current="step"]').first();
  return Number(await step.getAttribute('data-step', { timeout: 60_000 }));
}

/** Where each widget is: [el-a, frame-a, frame-b]. */
async function where(): Promise<string[]> {
  const read = async (at: Locator | Frame) => {
    const title = await at.locator('header.bar h1').first().textContent({ timeout: 60_000 });
    return `${title?.trim()}#${await currentStep(at)}`;
  };
  return [
    await read(page.locator('#el-a')),
    await read(await frame('frame-a')),
    await read(await frame('frame-b')),
  ];
}

/** Posts a message from the host page to one of its frames. */
async function postTo(id: string, message: unknown) {
  await page.evaluate(
    ([frameId, data, origin]) =>
      (document.getElementById(frameId) as HTMLIFrameElement).contentWindow!.postMessage(
        data,
        origin,
      ),
    [id, message, widget.url.slice(0, -1)] as const,
  );
}

/** Calls a method of an element. */
async function call(id: string, method: 'go' | 'next' | 'previous', ...args: unknown[]) {
  await page.evaluate(
    ([elementId, name, rest]) => {
      const el = document.getElementById(elementId) as unknown as Record<
        string,
        (...a: unknown[]) => void
      >;
      el[name]!(...rest);
    },
    [id, method, args] as const,
  );
}

const BELLA = 'Bella: from Hyesan to Seoul';

beforeAll(async () => {
  widget = await serveFolder(dist, { cors: true });
  const folder = mkdtempSync(join(tmpdir(), 'jm-embed-'));
  host = await serveFolder(folder);
  third = await serveFolder(folder);
  writeFileSync(join(folder, 'host.html'), hostPage(widget.url, third.url, host.url));
  writeFileSync(join(folder, 'record.js'), RECORD);
  writeFileSync(join(folder, 'third.html'), THIRD);
  writeFileSync(join(folder, 'far.html'), farPage(widget.url));
  writeFileSync(join(folder, 'violations.js'), VIOLATIONS);
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const allowed = [widget.url, host.url, third.url];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed.some((o) => url.startsWith(o)) || /^(data|blob):/.test(url)) {
      requests.push(url);
      return route.continue();
    }
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(`${host.url}host.html?utm_source=campaign&utm_campaign=spring&other=1`);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await Promise.all([widget?.close(), host?.close(), third?.close()]);
});

describe('the embeds on a page of another origin', () => {
  let before: { href: string; history: number };

  beforeAll(async () => {
    before = await page.evaluate(() => ({ href: location.href, history: history.length }));
    // The two widgets above the fold start at once; the others stay posters until seen.
    await page.waitForFunction(
      () =>
        (window as unknown as { heard: Heard[] }).heard.filter(
          (h) => h.name === 'journey-map:ready',
        ).length >= 2,
      null,
      { timeout: 90_000 },
    );
  });

  it('shows an iframe below the fold as a poster until it is scrolled to', async () => {
    const b = await frame('frame-b');
    expect(await b.locator('.jm-poster').count()).toBe(1);
    expect(await b.locator('.journey-map').count()).toBe(0);
    expect(await b.locator('.jm-poster-title').textContent()).toMatch(/Joseph/);
    await page.locator('#frame-b').scrollIntoViewIfNeeded();
    await expect.poll(() => said('frame-b', 'ready'), { timeout: 60_000 }).toHaveLength(1);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('opens each widget at its deep link, the element inside a shadow root', async () => {
    expect(await where()).toEqual([`${BELLA}#2`, `${BELLA}#0`, expect.stringMatching(/#1$/)]);
    const ready = (await heard()).filter((h) => h.name === 'journey-map:ready');
    expect(ready.map((h) => [h.via, h.from, h.detail.story, h.detail.step]).sort()).toEqual([
      ['event', 'el-a', 'bella', 2],
      ['message', 'frame-a', 'bella', 0],
      ['message', 'frame-b', 'joseph', 1],
    ]);
    expect(ready.find((h) => h.via === 'message')!.origin).toBe(widget.url.slice(0, -1));
    const inShadow = await page.evaluate(() => {
      const el = document.getElementById('el-a')!;
      return {
        shadow: el.shadowRoot?.querySelector('.journey-map') !== null,
        light: el.querySelector('*') === null,
      };
    });
    expect(inShadow).toEqual({ shadow: true, light: true });
  });

  it('keeps the host’s hostile CSS out: text, map, quotes and SVG laid out as the app’s own', async () => {
    await page.locator('#el-a canvas.maplibregl-canvas').waitFor({ timeout: 60_000 });
    const look = await page.evaluate(() => {
      const r = document.getElementById('el-a')!.shadowRoot!;
      const style = (s: string) => getComputedStyle(r.querySelector(s)!);
      const box = (s: string) => r.querySelector(s)!.getBoundingClientRect();
      return {
        font: style('.journey-map h1').fontFamily,
        fontSize: parseFloat(style('.story-area').fontSize),
        lineHeight: style('.journey-map').lineHeight,
        boxSizing: style('.story-area').boxSizing,
        padding: style('.map-view').paddingTop,
        canvas: style('canvas.maplibregl-canvas').display,
        canvasWidth: box('canvas.maplibregl-canvas').width,
        quote: style('blockquote').display,
        quoteHeight: box('blockquote').height,
        svgWidth: box('.timeline svg').width,
      };
    });
    expect(look.font).toMatch(/^"?Noto Sans/);
    expect(look.fontSize).toBeLessThan(25);
    expect(look.lineHeight).not.toBe('90px');
    expect(look.boxSizing).toBe('border-box');
    expect(look.padding).toBe('0px');
    expect(look.canvas).toBe('block');
    expect(look.canvasWidth).toBeGreaterThan(300);
    expect(look.quote).toBe('block');
    expect(look.quoteHeight).toBeGreaterThan(20);
    expect(look.svgWidth).toBeGreaterThan(200);
  });

  it('leaves the host page’s own look as it was, and adds no global but the element', async () => {
    const host = await page.evaluate(() => {
      const w = window as unknown as {
        hostKeys: string[];
        hostLook(): string[];
        hostBefore: string[];
      };
      return {
        now: w.hostLook(),
        before: w.hostBefore,
        added: Object.keys(window).filter((k) => !w.hostKeys.includes(k) && k !== 'hostKeys'),
        defined: customElements.get('journey-map') !== undefined,
      };
    });
    expect(host.now).toEqual(host.before);
    expect(host.added).toEqual([]);
    expect(host.defined).toBe(true);
  });

  it('shows the far widget as a poster, with no map code, until it is scrolled to', async () => {
    const far = page.locator('#el-far');
    const poster = await page.evaluate(() => {
      const r = document.getElementById('el-far')!.shadowRoot!;
      return {
        app: r.querySelector('.journey-map') !== null,
        title: r.querySelector('.jm-poster-title')?.textContent,
        start: r.querySelector('button.jm-poster-start')?.textContent,
        map: r.querySelector('svg.jm-poster-map')?.getAttribute('aria-label'),
      };
    });
    expect(poster.app).toBe(false);
    expect(poster.title).toContain('Minji');
    expect(poster.start).toBe('Start');
    expect(poster.map).toMatch(/Route of the journey/);
    await page.screenshot({ path: `${SCREENSHOTS}/embed-host-before.png` });
    await far.scrollIntoViewIfNeeded();
    await far.locator('.journey-map').waitFor({ timeout: 60_000 });
    await expect.poll(() => said('el-far', 'ready'), { timeout: 60_000 }).toHaveLength(1);
    await far.locator('canvas.maplibregl-canvas').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: `${SCREENSHOTS}/embed-host-after.png` });
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('sizes the element to its container, within its min-height and max-height', async () => {
    const height = (id: string) =>
      page.evaluate((i) => document.getElementById(i)!.getBoundingClientRect().height, id);
    expect(await height('el-a')).toBeCloseTo(900 / 1.6, 0);
    await page.evaluate(
      () => (document.getElementById('el-a')!.parentElement!.style.width = '320px'),
    );
    expect(await height('el-a')).toBe(420);
    await page.evaluate(() => document.getElementById('el-a')!.setAttribute('min-height', '480'));
    expect(await height('el-a')).toBe(480);
    await page.evaluate(() => {
      const el = document.getElementById('el-a')!;
      el.parentElement!.style.width = '900px';
      el.setAttribute('max-height', '500px');
    });
    expect(await height('el-a')).toBe(500);
    await page.evaluate(() => {
      const el = document.getElementById('el-a')!;
      el.removeAttribute('min-height');
      el.removeAttribute('max-height');
    });
    expect(await height('el-a')).toBeCloseTo(900 / 1.6, 0);
  });

  it('gives an iframe the height it asks for, through embed-resize.js', async () => {
    const asked = await said('frame-a', 'resize');
    expect(asked.at(-1)!.detail).toEqual({ height: 563 });
    await expect
      .poll(() => page.evaluate(() => document.getElementById('frame-a')!.clientHeight))
      .toBe(563);
  });

  it('lets the page scroll over the map: cooperative gestures in an embed', async () => {
    const cooperative = await page.evaluate(() => {
      const map = document.getElementById('el-a')!.shadowRoot!.querySelector('.map') as Element & {
        journeyMap: { map: import('maplibre-gl').Map };
      };
      return map.journeyMap.map.cooperativeGestures.isEnabled();
    });
    expect(cooperative).toBe(true);
  });

  it('takes on the dark theme where asked, and only there', async () => {
    const surface = async (where: Frame) =>
      where.evaluate(() =>
        getComputedStyle(document.querySelector('.journey-map')!).getPropertyValue('--surface'),
      );
    expect(await surface(await frame('frame-b'))).toBe('#1d1f22');
    expect(await surface(await frame('frame-a'))).toBe('#fffdf9');
  });

  it('hides the timeline with controls="minimal"', async () => {
    const b = await frame('frame-b');
    expect(await b.locator('.timeline-area').isHidden()).toBe(true);
    expect(await (await frame('frame-a')).locator('.timeline-area').isVisible()).toBe(true);
  });

  it('steps only the widget clicked or focused, never the host URL or history', async () => {
    const el = page.locator('#el-a');
    await el.locator('nav.stepper button').last().click();
    await expect
      .poll(where, { timeout: 30_000 })
      .toEqual([`${BELLA}#3`, `${BELLA}#0`, expect.stringMatching(/#1$/)]);
    await el.locator('nav.stepper button').last().focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await where())[0], { timeout: 30_000 }).toBe(`${BELLA}#4`);
    // A key pressed on the host page moves none of them.
    await page.locator('body > main > h1').click();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
    await el.locator('nav.stepper button').first().click();
    await expect
      .poll(where, { timeout: 30_000 })
      .toEqual([`${BELLA}#3`, `${BELLA}#0`, expect.stringMatching(/#1$/)]);
    expect(await page.evaluate(() => ({ href: location.href, history: history.length }))).toEqual(
      before,
    );
  });

  it('says each step with its payload, the same from an element and an iframe', async () => {
    const fromElement = (await said('el-a', 'step')).at(-1)!.detail;
    expect(fromElement).toEqual({
      story: 'bella',
      step: 3,
      stepCount: 6,
      place: expect.any(String),
      date: expect.toSatisfy((d: unknown) => d === null || typeof d === 'string'),
    });
    await postTo('frame-a', { type: 'journey-map:go', story: 'bella', step: 3 });
    await expect
      .poll(async () => (await said('frame-a', 'step')).at(-1)?.detail, { timeout: 30_000 })
      .toEqual(fromElement);
  });

  it('obeys the element’s go, next and previous', async () => {
    await call('el-a', 'go', 'joseph', 1);
    await expect.poll(async () => (await where())[0], { timeout: 30_000 }).toMatch(/#1$/);
    expect((await said('el-a', 'step')).at(-1)!.detail).toMatchObject({ story: 'joseph', step: 1 });
    await call('el-a', 'next');
    await expect.poll(async () => (await where())[0], { timeout: 30_000 }).toMatch(/#2$/);
    await call('el-a', 'previous');
    await expect.poll(async () => (await where())[0], { timeout: 30_000 }).toMatch(/#1$/);
  });

  it('follows changed attributes: story, step and lang', async () => {
    await page.evaluate(() => {
      const el = document.getElementById('el-a')!;
      el.setAttribute('story', 'bella');
      el.setAttribute('step', '1');
    });
    await expect.poll(async () => (await where())[0], { timeout: 30_000 }).toBe(`${BELLA}#1`);
    await page.evaluate(() => document.getElementById('el-a')!.setAttribute('lang', 'ko'));
    await expect
      .poll(() => page.locator('#el-a header.bar select').inputValue(), { timeout: 30_000 })
      .toBe('ko');
    await page.evaluate(() => document.getElementById('el-a')!.setAttribute('lang', 'en'));
  });

  it('obeys messages only from allowed origins, and ignores malformed ones', async () => {
    const a = await frame('frame-a');
    expect(await currentStep(a)).toBe(3);
    for (const junk of [
      'next',
      null,
      42,
      { type: 'journey-map:go', story: 'bella', step: 'two' },
      { type: 'journey-map:go', story: 7 },
      { type: 'journey-map:jump', step: 1 },
    ])
      await postTo('frame-a', junk);
    // Frame B allows no origin at all.
    await postTo('frame-b', { type: 'journey-map:next' });
    // A third origin's page sends next and go to frame A.
    await page.evaluate(
      (origin) =>
        new Promise<void>((done) => {
          addEventListener('message', function sent(e) {
            if (e.data !== 'sent') return;
            removeEventListener('message', sent);
            done();
          });
          (document.getElementById('third') as HTMLIFrameElement).contentWindow!.postMessage(
            'send',
            origin,
          );
        }),
      third.url.slice(0, -1),
    );
    // Then the host page, which is allowed: exactly one step on from where frame A was.
    await postTo('frame-a', { type: 'journey-map:next' });
    await expect.poll(() => currentStep(a), { timeout: 30_000 }).toBe(4);
    expect((await where()).slice(1)).toEqual([`${BELLA}#4`, expect.stringMatching(/#1$/)]);
    await postTo('frame-a', { type: 'journey-map:previous' });
    await expect.poll(() => currentStep(a), { timeout: 30_000 }).toBe(3);
    expect(errors).toEqual([]);
  });

  it('says when the last step is reached, and then shows the call to action', async () => {
    const a = await frame('frame-a');
    expect(await a.locator('.jm-embed-cta-link').count()).toBe(0);
    await postTo('frame-a', { type: 'journey-map:go', story: 'bella', step: 5 });
    await expect.poll(() => said('frame-a', 'complete'), { timeout: 30_000 }).toHaveLength(1);
    const link = a.locator('.jm-embed-cta-link');
    await link.waitFor();
    expect(await link.textContent()).toBe('Give');
    // The frame's own utm_ parameters go along.
    expect(await link.getAttribute('href')).toBe('https://example.org/give?utm_source=frame');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    // Followed, it would leave the test's machine: the click is heard but goes nowhere.
    await a.evaluate(() => document.addEventListener('click', (e) => e.preventDefault()));
    await link.click();
    await expect.poll(() => said('frame-a', 'cta'), { timeout: 10_000 }).toHaveLength(1);
    expect((await said('frame-a', 'cta'))[0]!.detail).toMatchObject({
      story: 'bella',
      step: 5,
      href: 'https://example.org/give?utm_source=frame',
    });
  });

  it('passes the host page’s UTM parameters on, and refuses a javascript: link', async () => {
    const far = page.locator('#el-far .jm-embed-cta-link');
    expect(await far.getAttribute('href')).toBe(
      'https://example.org/help?ref=jm&utm_source=campaign&utm_campaign=spring',
    );
    await call('el-a', 'go', 'bella', 5);
    await expect.poll(() => said('el-a', 'complete'), { timeout: 30_000 }).toHaveLength(1);
    expect(await page.locator('#el-a .jm-embed-cta-link').count()).toBe(0);
    expect(warnings.filter((w) => w.includes('javascript:'))).toHaveLength(1);
    await page.evaluate(() => document.addEventListener('click', (e) => e.preventDefault()));
    await far.click();
    await expect.poll(() => said('el-far', 'cta'), { timeout: 10_000 }).toHaveLength(1);
  });

  it('sets no cookie and writes no storage, on either origin', async () => {
    const jar = () => [document.cookie, localStorage.length, sessionStorage.length];
    expect(await page.evaluate(jar)).toEqual(['', 0, 0]);
    expect(await (await frame('frame-a')).evaluate(jar)).toEqual(['', 0, 0]);
    expect(await context.cookies()).toEqual([]);
  });

  it('passes axe inside the element and the iframe', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    expect(await seriousViolations(await frame('frame-a'))).toEqual([]);
  });

  it('made no request off its origins and no page errors', () => {
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('a widget far below the fold, under the README’s CSP', () => {
  let far: Page;
  const mapCode = () =>
    requests.filter((url) => /\/(controller|maplibre-gl-worker|world|east-asia)-[^/]*$/.test(url));

  beforeAll(async () => {
    requests.length = 0;
    far = await context.newPage();
    far.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    await far.goto(`${host.url}far.html`);
    await far.locator('#far .jm-poster').waitFor();
    await far.locator('#far svg.jm-poster-map[data-drawn]').waitFor();
  });

  afterAll(() => far?.close());

  it('fetches no MapLibre code, worker or basemap until scrolled to, then all of them', async () => {
    expect(mapCode()).toEqual([]);
    expect(await far.locator('#far .journey-map').count()).toBe(0);
    // The whole page, the poster included. Taken after the checks: a full-page screenshot
    // makes the window as tall as the page for a moment, which brings the widget into view.
    await far.screenshot({ path: `${SCREENSHOTS}/embed-far-before.png`, fullPage: true });
    await far.locator('#far').scrollIntoViewIfNeeded();
    await far.locator('#far canvas.maplibregl-canvas').waitFor({ timeout: 60_000 });
    await far.waitForFunction(() => performance.getEntriesByName('jm:map-ready').length > 0, null, {
      timeout: 60_000,
    });
    await far.screenshot({ path: `${SCREENSHOTS}/embed-far-after.png` });
    const fetched = mapCode().map((url) => url.split('/').pop()!.split('-')[0]);
    // The worker's own file is fetched from inside the worker, where the test's route does not
    // see it; the map could not have drawn without it.
    expect(new Set(fetched)).toEqual(new Set(['controller', 'world', 'east']));
  });

  it('draws the route on the poster in the map’s projection, named in words', async () => {
    const poster = await context.newPage();
    // No IntersectionObserver ever fires here: only Start can load the map.
    await poster.addInitScript(() => {
      (window as unknown as { IntersectionObserver: unknown }).IntersectionObserver = class {
        observe() {}
        disconnect() {}
      };
    });
    await poster.goto(`${host.url}far.html`);
    const el = poster.locator('#far');
    await el.locator('svg.jm-poster-map[data-drawn]').waitFor();
    const drawn = await el.evaluate((node) => {
      const svg = node.shadowRoot!.querySelector('svg.jm-poster-map')!;
      return {
        legs: [...svg.querySelectorAll<SVGPathElement>('path[data-story]')].map(
          (p) => p.dataset.story,
        ),
        land: svg.querySelectorAll('[data-layer="land"] path').length,
        label: svg.getAttribute('aria-label'),
        quote: node.shadowRoot!.querySelector('.jm-poster-quote, .jm-poster-summary')?.textContent,
      };
    });
    expect(drawn.legs.length).toBeGreaterThan(0);
    expect(drawn.land).toBeGreaterThan(20);
    expect(new Set(drawn.legs)).toEqual(new Set(['bella']));
    expect(drawn.label).toMatch(/Hyesan/);
    expect(drawn.quote?.length).toBeGreaterThan(20);
    await el.screenshot({ path: `${SCREENSHOTS}/embed-poster.png` });
    expect(await seriousViolations(poster)).toEqual([]);
    // Without a story: the overview of all journeys; with an unknown one, a plain message.
    const overview = await poster.evaluate(async () => {
      const el = document.createElement('journey-map');
      el.id = 'overview';
      document.querySelector('main')!.prepend(el);
      const r = el.shadowRoot!;
      await new Promise<void>((done) => {
        const check = () =>
          r.querySelector('svg.jm-poster-map[data-drawn]') ? done() : setTimeout(check, 50);
        check();
      });
      const read = () => ({
        title: r.querySelector('.jm-poster-title')?.textContent,
        text: r.querySelector('.jm-poster-summary')?.textContent,
        fiction: r.querySelector('.jm-poster-fiction')?.textContent,
        label: r.querySelector('svg.jm-poster-map')?.getAttribute('aria-label'),
        stories: new Set(
          [...r.querySelectorAll<SVGPathElement>('path[data-story]')].map((p) => p.dataset.story),
        ).size,
      });
      const before = read();
      el.setAttribute('story', 'nobody');
      return { before, unknown: read() };
    });
    expect(overview.before).toMatchObject({
      title: 'Journey Map',
      label: 'Routes of all journeys on a simple map',
      fiction: 'Purple: Loh Kiwan, fiction',
    });
    expect(overview.before.stories).toBeGreaterThan(3);
    expect(overview.unknown.text).toContain('There is no journey called “nobody”');
    await poster.evaluate(() => document.getElementById('overview')!.remove());
    // Keyboard alone: Tab to Start, Enter, and the app is there, focus inside it.
    const start = el.locator('button.jm-poster-start');
    await start.focus();
    await poster.keyboard.press('Enter');
    await el.locator('.journey-map').waitFor({ timeout: 60_000 });
    await expect
      .poll(() =>
        el.evaluate((node) => node.shadowRoot!.activeElement?.closest('.journey-map') != null),
      )
      .toBe(true);
    await poster.close();
  });

  it('works under that CSP, with no violation, outside request or error', async () => {
    expect(
      await far.evaluate(() => (window as unknown as { violations: string[] }).violations),
    ).toEqual([]);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the live demo and the older iframe link', () => {
  it('dist/embed-demo.html shows the element and the iframe, with no error', async () => {
    const demo = await context.newPage();
    const demoErrors: string[] = [];
    demo.on('pageerror', (error) => demoErrors.push(error.message));
    demo.on('console', (m) => void (m.type() === 'error' && demoErrors.push(m.text())));
    await demo.goto(`${widget.url}embed-demo.html`);
    await demo.locator('#demo-element .journey-map').waitFor({ timeout: 60_000 });
    await demo.locator('button[data-command="next"]').click();
    await expect
      .poll(() => demo.locator('.log').textContent(), { timeout: 30_000 })
      .toContain('journey-map:step');
    const inFrame = await (await frame('demo-frame', demo)).locator('.jm-embed').count();
    expect(inFrame).toBe(1);
    expect(demoErrors).toEqual([]);
    await demo.close();
  });

  it('index.html?embed=1 still opens the step asked for and leaves the history alone', async () => {
    const old = await context.newPage();
    await old.goto(`${widget.url}index.html?story=bella&step=1&embed=1`);
    expect(await currentStep(old.mainFrame())).toBe(1);
    const length = await old.evaluate(() => history.length);
    await old.locator('nav.stepper button').last().click();
    await expect.poll(() => currentStep(old.mainFrame())).toBe(2);
    expect(await old.evaluate(() => [history.length, location.search])).toEqual([
      length,
      '?story=bella&step=2&embed=1',
    ]);
    await old.close();
  });
});

describe('the Share dialog in the app', () => {
  let app: Page;
  const dialog = () => app.locator('dialog.share');
  const snippet = (key: string) => app.locator(`dialog.share textarea[data-snippet="${key}"]`);
  const inDialog = () =>
    app.evaluate(() => document.querySelector('dialog.share')!.contains(document.activeElement));

  beforeAll(async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: widget.url.slice(0, -1),
    });
    app = await context.newPage();
    await app.goto(`${widget.url}?story=bella&step=2`);
    await app.locator('article.step[aria-current="step"]').first().waitFor({ timeout: 60_000 });
  });

  afterAll(() => app?.close());

  it('opens from the keyboard, with the link and both snippets for this view', async () => {
    await app.locator('button.share-button').focus();
    await app.keyboard.press('Enter');
    await expect.poll(() => dialog().getAttribute('open')).toBe('');
    expect(await inDialog()).toBe(true);
    expect(await snippet('link').inputValue()).toBe(`${widget.url}?story=bella&step=2`);
    expect(await snippet('iframe').inputValue()).toContain(
      `src="${widget.url}embed.html?story=bella&amp;step=2"`,
    );
    expect(await snippet('element').inputValue()).toBe(
      `<script type="module" src="${widget.url}journey-map.js"></script>\n` +
        '<journey-map story="bella" step="2"></journey-map>',
    );
  });

  it('follows its options in the snippets and the live preview', async () => {
    await app.locator('dialog.share select').first().selectOption('dark');
    await expect.poll(() => snippet('element').inputValue()).toContain('theme="dark"');
    expect(await snippet('iframe').inputValue()).toContain('theme=dark');
    expect(await snippet('link').inputValue()).not.toContain('theme');
    expect(await app.locator('dialog.share iframe.preview').getAttribute('src')).toBe(
      `${widget.url}embed.html?story=bella&step=2&theme=dark`,
    );
    const handle = await app.locator('dialog.share iframe.preview').elementHandle();
    const preview = (await handle!.contentFrame())!;
    await preview.locator('.jm-embed[data-theme="dark"]').waitFor({ timeout: 60_000 });
    await app.screenshot({ path: `${SCREENSHOTS}/embed-share-dialog.png` });
  });

  it('copies a snippet, and says so', async () => {
    await app.locator('dialog.share .snippet button').first().focus();
    await app.keyboard.press('Enter');
    await expect
      .poll(() => app.locator('dialog.share .status').textContent())
      .toBe('Copied: Link to this view');
    expect(await app.evaluate(() => navigator.clipboard.readText())).toBe(
      `${widget.url}?story=bella&step=2`,
    );
  });

  it('keeps focus inside while Tab and Shift+Tab go round', async () => {
    for (let i = 0; i < 12; i++) {
      await app.keyboard.press('Tab');
      expect(await inDialog()).toBe(true);
    }
    for (let i = 0; i < 12; i++) {
      await app.keyboard.press('Shift+Tab');
      expect(await inDialog()).toBe(true);
    }
  });

  it('passes axe while open', async () => {
    expect(await seriousViolations(app)).toEqual([]);
  });

  it('closes with Esc and gives focus back to the Share button', async () => {
    await app.locator('dialog.share .head button').focus();
    await app.keyboard.press('Escape');
    await expect.poll(() => dialog().getAttribute('open')).toBeNull();
    expect(
      await app.evaluate(() => document.activeElement?.classList.contains('share-button')),
    ).toBe(true);
  });

  it('writes the language into the link, and the link opens in it', async () => {
    await app.locator('header.bar label.lang select').selectOption('ko');
    await app.locator('button.share-button').click();
    await expect
      .poll(() => snippet('link').inputValue())
      .toBe(`${widget.url}?story=bella&step=2&lang=ko`);
    await app.keyboard.press('Escape');
    const opened = await context.newPage();
    await opened.goto(`${widget.url}?story=bella&step=2&lang=ko`);
    await expect
      .poll(() => opened.locator('header.bar label.lang select').inputValue(), { timeout: 30_000 })
      .toBe('ko');
    await opened.close();
    expect(errors).toEqual([]);
  });
});
