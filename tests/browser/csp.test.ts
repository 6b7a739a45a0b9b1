/**
 * The built app under the strict header Content-Security-Policy the README gives: no inline
 * styles or scripts, fonts and data from its own origin only. Every `securitypolicyviolation`
 * is counted, in the overview, a story stepped through, the SVG map, presenter mode, the
 * presenter view, the lesson page and the handout: none is expected.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server.ts';
import { loadAndCompile } from '../../src/data/load.ts';
import { launch, openPage, waitForMapIdle, waitForMapReady } from './harness.ts';

const { index } = loadAndCompile({ root: new URL('../..', import.meta.url).pathname });

/** Exactly the policy in the README's "Content-Security-Policy" section. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self'; " +
  "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; " +
  "base-uri 'self'";

const dist = new URL('../../dist/', import.meta.url).pathname;

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  browser = await launch();
  server = await serveFolder(dist, { headers: { 'content-security-policy': STRICT_CSP } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Records every violation from the first script on, before the app's own code runs. */
async function countViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        seen.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
        ),
      true,
    );
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

async function open(path: string, viewport?: { width: number; height: number }) {
  return openPage(browser, path, {
    base: server.url,
    reducedMotion: 'reduce',
    before: countViolations,
    ...(viewport ? { viewport } : {}),
  });
}

describe('strict Content-Security-Policy (header)', () => {
  it("the page's own meta policy allows no inline style and no data: fonts or connections", () => {
    const html = readFileSync(`${dist}index.html`, 'utf8');
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
    expect(policy).toBeDefined();
    const directives = new Map(
      policy!.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('font-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    // No `<style>` element or `style=` attribute in the page as built.
    expect(html).not.toMatch(/<style|\sstyle=/);
  });

  it('the overview and a story stepped to its end, with a warned passage shown', async () => {
    const { page, errors, outside, close } = await open('?');
    try {
      await waitForMapReady(page);
      await waitForMapIdle(page);
      expect(await violations(page)).toEqual([]);
      await page.goto(new URL('?story=bella&step=0', server.url).href);
      await waitForMapReady(page);
      const steps = index!.stories.find((s) => s.id === 'bella')!.steps.length;
      for (let step = 1; step < steps; step++) {
        await page.keyboard.press('ArrowRight');
        await page.waitForURL(new RegExp(`step=${step}(&|$)`));
      }
      const show = page.getByRole('button', { name: /Show this part/ }).first();
      if (await show.count()) await show.click();
      await waitForMapIdle(page);
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the SVG map (?renderer=svg), stepped and zoomed', async () => {
    const { page, errors, close } = await open('?story=joseph&step=0&renderer=svg');
    try {
      const svg = page.locator('svg[data-renderer="svg"]');
      await svg.waitFor({ timeout: 60_000 });
      for (let step = 1; step <= 3; step++) {
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => svg.getAttribute('data-step')).toBe(String(step));
      }
      await svg.hover();
      await page.mouse.wheel(0, -300);
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('presenter mode, the presenter view and the lesson page', async () => {
    const { page, errors, close } = await open('?story=joseph&step=0&mode=present', {
      width: 1920,
      height: 1080,
    });
    try {
      await waitForMapReady(page);
      await page.keyboard.press('PageDown');
      await page.waitForURL(/step=1(&|$)/);
      await waitForMapIdle(page);
      expect(await violations(page)).toEqual([]);
      for (const path of ['?story=joseph&step=1&mode=presenter', '?mode=lesson']) {
        await page.goto(new URL(path, server.url).href);
        await page.waitForSelector('[data-presenter], [data-lesson]');
        expect(await violations(page), path).toEqual([]);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the handout, with its SVG map', async () => {
    const { page, errors, close } = await open('?story=joseph&mode=handout');
    try {
      await page.waitForSelector('[data-handout-map] svg path', { state: 'attached' });
      await page.emulateMedia({ media: 'print' });
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
