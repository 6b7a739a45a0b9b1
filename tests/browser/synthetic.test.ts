/**
 * Synthetic journeys: `npm run synth` writes them into a folder of their own, and only a build
 * made with them (`npm run build:synthetic`, here into a scratch folder) can show them, with
 * `?data=synthetic`. They are labelled synthetic on screen; the default build has none. The smoke
 * runs at 10,000 journeys: it asserts no errors and no outside requests, never a time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server.ts';
import { openPage, waitForMapReady } from './harness.ts';

const repo = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const COUNT = 10_000;
let scratch: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'journey-map-synthetic-'));
  execFileSync(
    'node',
    [
      'node_modules/tsx/dist/cli.mjs',
      'scripts/synth.ts',
      '--count',
      String(COUNT),
      '--seed',
      '5',
      '--out',
      join(scratch, 'data'),
    ],
    { cwd: repo, stdio: 'pipe' },
  );
  process.env.JM_SYNTHETIC = join(scratch, 'data');
  try {
    await build({
      configFile: join(repo, 'vite.config.ts'),
      root: repo,
      logLevel: 'silent',
      build: { outDir: join(scratch, 'dist'), emptyOutDir: true },
    });
  } finally {
    delete process.env.JM_SYNTHETIC;
  }
  server = await serveFolder(join(scratch, 'dist'));
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('synthetic journeys', () => {
  it(`?data=synthetic shows ${COUNT} of them, labelled synthetic, with no errors and nothing from outside`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const outside: string[] = [];
    const errors: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url.replace(/\/$/, ''))) return route.continue();
      outside.push(url);
      return route.abort('blockedbyclient');
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    try {
      await page.goto(`${server.url}?data=synthetic`);
      await waitForMapReady(page);
      await expect(page.locator('[data-count]').getAttribute('data-count')).resolves.toBe(
        String(COUNT),
      );
      await expect(page.locator('[data-synthetic]').textContent()).resolves.toContain(
        'None is a real person’s story',
      );
      await expect(page.locator('tbody tr').first().textContent()).resolves.toContain(
        '(synthetic)',
      );
      // No card in a real story's words is made for a generated journey.
      await expect(page.locator('.card').count()).resolves.toBe(0);
      const drawn = await page.evaluate(() => {
        const el = document.querySelector('.map') as HTMLElement & {
          journeyMap: { map: import('maplibre-gl').Map };
        };
        return new Set(el.journeyMap.map.querySourceFeatures('legs').map((f) => f.properties.story))
          .size;
      });
      expect(drawn).toBeGreaterThan(COUNT / 2);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);

  it('without ?data=synthetic the same build shows the real stories', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route('**/*', (route) =>
      route.request().url().startsWith(server.url.replace(/\/$/, ''))
        ? route.continue()
        : route.abort('blockedbyclient'),
    );
    try {
      await page.goto(server.url);
      await expect(page.locator('.card').count()).resolves.toBe(6);
      await expect(page.locator('[data-synthetic]').count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });

  it('the default build carries no synthetic journeys and says so when asked for them', async () => {
    const files = readdirSync(join(repo, 'dist/assets'));
    for (const f of files.filter((n) => n.endsWith('.json')))
      expect(readFileSync(join(repo, 'dist/assets', f), 'utf8')).not.toContain('Synthetic journey');
    expect(existsSync(join(repo, 'dist'))).toBe(true);
    const { page, close } = await openPage(browser, '?data=synthetic');
    try {
      await expect(page.getByRole('alert').textContent()).resolves.toContain(
        'This build has no synthetic journeys',
      );
    } finally {
      await close();
    }
  });
});
