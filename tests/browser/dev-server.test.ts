/**
 * `npm start` for authors: saving a story file reloads the page; an invalid save shows exactly
 * the validator's messages in an overlay, over the last valid stories. Runs a real Vite dev
 * server on a scratch copy of `data/`, so the project's own files are never touched.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import type { Browser } from 'playwright-core';
import { journeys } from '../../scripts/vite-plugin-journeys.ts';
import { cspStyles, devInlineStyles } from '../../scripts/vite-plugin-csp.ts';
import { loadAndCompile } from '../../src/data/load.ts';
import { formatDiagnostic } from '../../src/data/diagnostics.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';

const repo = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
let scratch: string;
let server: ViteDevServer;
let browser: Browser;
let url: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'journey-map-dev-'));
  cpSync(join(repo, 'data'), join(scratch, 'data'), { recursive: true });
  cpSync(join(repo, 'index.html'), join(scratch, 'index.html'));
  cpSync(join(repo, 'public'), join(scratch, 'public'), { recursive: true });
  for (const linked of ['src', 'messages', 'node_modules'])
    symlinkSync(join(repo, linked), join(scratch, linked));
  server = await createServer({
    configFile: false,
    root: scratch,
    logLevel: 'silent',
    plugins: [
      svelte({ configFile: false, preprocess: vitePreprocess(), compilerOptions: { runes: true } }),
      cspStyles(),
      devInlineStyles(),
      journeys({ root: scratch }),
    ],
    server: { host: '127.0.0.1', port: 0, fs: { allow: [scratch, repo] } },
    optimizeDeps: { entries: ['index.html'] },
  });
  await server.listen();
  const address = server.httpServer!.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('npm start while editing data/', () => {
  it('an invalid edit shows the validator’s messages over the last valid story; fixing it reloads', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // As in every browser test: no console error or warning (a CSP refusal is one).
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
    });
    await page.goto(`${url}?story=bella&step=1`, { timeout: 90_000 });
    await page.locator('[id$="-step-bella-1"] blockquote').first().waitFor({ timeout: 90_000 });

    const file = join(scratch, 'data/stories/bella.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('I called her a traitor', 'I called her a traiter'));
    const expected = loadAndCompile({ root: scratch })
      .diagnostics.filter((d) => d.severity === 'error')
      .map(formatDiagnostic);
    expect(expected).toHaveLength(1);
    expect(expected[0]).toMatch(
      /^data\/stories\/bella\.yaml:\d+:\d+: this excerpt differs from the source text/,
    );

    const overlay = page.getByRole('alertdialog');
    await overlay.waitFor({ timeout: 30_000 });
    await expect(overlay.locator('li').allTextContents()).resolves.toEqual(expected);
    // The last valid version stays behind the overlay.
    await expect(
      page.locator('[id$="-step-bella-1"] blockquote').first().textContent(),
    ).resolves.toContain('traitor');

    writeFileSync(
      file,
      original.replace('heading: A call from China', 'heading: A call from China, edited'),
    );
    await page.waitForFunction(() => !document.querySelector('[role=alertdialog]'), null, {
      timeout: 30_000,
    });
    await expect(
      page.locator('[id$="-step-bella-1"] h3').textContent({ timeout: 30_000 }),
    ).resolves.toContain('edited');
    expect(errors).toEqual([]);
  });
});
