/**
 * Two instances on one host page, one of them inside a shadow root, built from the app's module
 * (`assets/journey-map.js`, `vite build --mode library`): stepping one leaves the other, the
 * page's URL and history, and the page's own styles as they were.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launch, openPage, type Watched } from './harness.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

// The host page has rules of its own that would leak into an instance, and that an instance's
// rules must not change.
const HOST_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Host page</title>
    <style>
      html { font-size: 13px; }
      body { margin: 7px; font-family: serif; background: rgb(250, 240, 200); color: rgb(10, 20, 30); line-height: 1.1; }
      button { color: rgb(200, 0, 0); background: rgb(255, 255, 0); }
      a { color: rgb(0, 128, 0); }
      .slot { width: 900px; height: 560px; margin-bottom: 10px; }
    </style>
  </head>
  <body>
    <p id="host-text">A host page with <a id="host-link" href="#nowhere">a link</a>.</p>
    <button id="host-button" type="button">Host button</button>
    <div id="light" class="slot"></div>
    <div id="shadow-host" class="slot"></div>
    <script>
      // The host page's own look, read before any instance exists: what they must leave alone.
      window.hostStyles = () => {
        const pick = (el, props) => {
          const style = getComputedStyle(el);
          return Object.fromEntries(props.map((prop) => [prop, style.getPropertyValue(prop)]));
        };
        return {
          html: pick(document.documentElement, ['font-size', 'background-color', 'box-sizing']),
          body: pick(document.body, [
            'margin-top', 'font-family', 'font-size', 'background-color', 'color', 'line-height',
            'box-sizing',
          ]),
          text: pick(document.getElementById('host-text'), ['font-size', 'color', 'font-family']),
          link: pick(document.getElementById('host-link'), ['color', 'outline-style']),
          button: pick(document.getElementById('host-button'), [
            'color', 'background-color', 'border-radius', 'min-height', 'padding-top', 'font-family',
          ]),
        };
      };
      window.hostBefore = window.hostStyles();
    </script>
    <script type="module">
      import { index, mountJourneyMap } from './assets/journey-map.js';
      const shadow = document.getElementById('shadow-host').attachShadow({ mode: 'open' });
      window.instances = [
        mountJourneyMap(document.getElementById('light'), { index, story: 'bella', step: 0 }),
        mountJourneyMap(shadow, { index, story: 'bella', step: 0 }),
      ];
    </script>
  </body>
</html>`;

let browser: Browser;
let watched: Watched;
let page: Page;
let light: Locator;
let shadow: Locator;

/** The step each instance's story panel marks as current. */
async function steps() {
  const read = (l: Locator) =>
    l.locator('article.step[aria-current="step"]').first().getAttribute('data-step');
  return [Number(await read(light)), Number(await read(shadow))];
}

/** The other instance must stay still: wait for this one to arrive, then check both. */
async function expectSteps(expected: number[]) {
  await expect.poll(steps, { timeout: 20_000 }).toEqual(expected);
}

beforeAll(async () => {
  if (!existsSync(`${root}/dist/assets/journey-map.js`))
    execFileSync('node', ['node_modules/vite/bin/vite.js', 'build', '--mode', 'library'], {
      cwd: root,
      stdio: 'inherit',
    });
  browser = await launch();
  watched = await openPage(browser, 'instances.html', {
    before: (p) =>
      p.route('**/instances.html', (route) =>
        route.fulfill({ contentType: 'text/html', body: HOST_PAGE }),
      ),
  });
  page = watched.page;
  light = page.locator('#light .journey-map');
  shadow = page.locator('#shadow-host .journey-map');
  for (const instance of [light, shadow])
    await instance.locator('article.step[aria-current="step"]').first().waitFor();
});

afterAll(async () => {
  await watched?.close();
  await browser?.close();
});

describe('two instances on one page', () => {
  let before: { href: string; history: number };

  beforeAll(async () => {
    before = {
      href: await page.evaluate(() => location.href),
      history: await page.evaluate(() => history.length),
    };
  });

  it('is one in the page and one inside a shadow root, with ids of their own', async () => {
    await expectSteps([0, 0]);
    const ids = await page.evaluate(() => {
      const lightRoot = document.querySelector('#light .journey-map')!;
      const shadowRoot = document.getElementById('shadow-host')!.shadowRoot!;
      const list = (r: ParentNode) => [...r.querySelectorAll('[id]')].map((el) => el.id);
      return {
        inShadow: shadowRoot.querySelector('.journey-map') !== null,
        light: list(lightRoot),
        shadow: list(shadowRoot),
        page: list(document),
      };
    });
    expect(ids.inShadow).toBe(true);
    expect(ids.light.some((id) => id.endsWith('-story-panel'))).toBe(true);
    expect(ids.shadow.some((id) => id.endsWith('-story-panel'))).toBe(true);
    expect(ids.light.filter((id) => ids.shadow.includes(id))).toEqual([]);
    expect(new Set(ids.page).size).toBe(ids.page.length);
  });

  it('styles the shadow-root instance as the page one, and its map with MapLibre’s CSS', async () => {
    const shadowMap = page.locator('#shadow-host .map');
    await shadowMap.locator('canvas.maplibregl-canvas').waitFor({ timeout: 60_000 });
    const looks = await page.evaluate(() => {
      const shadowRoot = document.getElementById('shadow-host')!.shadowRoot!;
      const look = (r: ParentNode) => {
        const controls = r.querySelector('.maplibregl-ctrl-top-right')!;
        const app = r.querySelector('.journey-map')!;
        const next = r.querySelector('nav.stepper button:last-of-type')!;
        return {
          controls: getComputedStyle(controls).position,
          controlsRight: getComputedStyle(controls).right,
          display: getComputedStyle(app).display,
          accent: getComputedStyle(app).getPropertyValue('--accent'),
          nextBackground: getComputedStyle(next).backgroundColor,
          fontFamily: getComputedStyle(app).fontFamily,
        };
      };
      return { light: look(document.getElementById('light')!), shadow: look(shadowRoot) };
    });
    expect(looks.shadow.controls).toBe('absolute');
    expect(looks.shadow.controlsRight).toBe('0px');
    expect(looks.shadow).toEqual(looks.light);
  });

  it('moves only the instance a key is pressed in', async () => {
    await light.locator('nav.stepper button').last().focus();
    await page.keyboard.press('ArrowRight');
    await expectSteps([1, 0]);

    await shadow.locator('nav.stepper button').last().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectSteps([1, 2]);

    await light.locator('nav.stepper button').first().focus();
    await page.keyboard.press('End');
    const last = Number(await light.locator('article.step').last().getAttribute('data-step'));
    await expectSteps([last, 2]);
  });

  it('moves neither on a key pressed outside both (no instance owns this page)', async () => {
    const now = await steps();
    await page.locator('#host-button').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    // A step the other way round proves the keys were heard where they were meant to be.
    await shadow.locator('nav.stepper button').last().click();
    await expectSteps([now[0]!, now[1]! + 1]);
  });

  it('moves only the instance whose button is clicked', async () => {
    const now = await steps();
    await light.locator('nav.stepper button').first().click();
    await expectSteps([now[0]! - 1, now[1]!]);
  });

  it('leaves the page’s URL, history and styles as they were', async () => {
    expect(await page.evaluate(() => location.href)).toBe(before.href);
    expect(await page.evaluate(() => history.length)).toBe(before.history);
    const styles = await page.evaluate(() => {
      const host = window as unknown as { hostStyles(): unknown; hostBefore: unknown };
      return { now: host.hostStyles(), before: host.hostBefore };
    });
    expect(styles.now).toEqual(styles.before);
    expect(watched.errors).toEqual([]);
    expect(watched.outside).toEqual([]);
  });
});
