/**
 * Nothing about one story is written into the app: a story made up for the tests (fiction, a
 * country-level start, a stated leg on foot) is added to a scratch copy of `data/` and built.
 * Its legend line, timeline lane and leg style come from its data, and its country is no point.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import type { Browser } from 'playwright-core';
import { journeys } from '../../scripts/vite-plugin-journeys.ts';
import { loadAndCompile } from '../../src/data/load.ts';
import { formatDiagnostic } from '../../src/data/diagnostics.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { openPage } from './harness.ts';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server.ts';
import { POINT_LAYER } from '../../src/map/style/places.ts';
import { legLayerId } from '../../src/map/style/routes.ts';

const repo = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const fixture = join(repo, 'tests/fixtures/new-story');
let scratch: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'journey-map-new-story-'));
  cpSync(join(repo, 'data'), join(scratch, 'data'), { recursive: true });
  cpSync(fixture, join(scratch, 'data'), { recursive: true });
  cpSync(join(repo, 'index.html'), join(scratch, 'index.html'));
  cpSync(join(repo, 'public'), join(scratch, 'public'), { recursive: true });
  for (const linked of ['src', 'messages', 'node_modules'])
    symlinkSync(join(repo, linked), join(scratch, linked));
  await build({
    configFile: false,
    root: scratch,
    base: './',
    logLevel: 'silent',
    plugins: [
      svelte({ configFile: false, preprocess: vitePreprocess(), compilerOptions: { runes: true } }),
      journeys({ root: scratch }),
    ],
    build: { outDir: join(scratch, 'dist'), target: 'es2022', assetsInlineLimit: 0 },
  });
  server = await serveFolder(join(scratch, 'dist'));
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('a new story, made by an author', () => {
  it('validates as written', () => {
    const { diagnostics } = loadAndCompile({ root: scratch });
    expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
  });

  it('is named by its data in the key and the timeline, its foot leg solid, its country no point', async () => {
    const { page, outside, close } = await openPage(browser, '?story=test-walker&step=1', {
      base: server.url,
      reducedMotion: 'reduce',
    });
    try {
      await page.waitForFunction(
        () => performance.getEntriesByName('jm:map-ready').length > 0,
        null,
        { timeout: 60_000 },
      );
      await expect(page.locator('.legend [data-fiction]').textContent()).resolves.toContain(
        'Test Walker',
      );
      // The lane is labelled by person.short_name ("Test"), not by a guess at the name's order.
      const lanes = (await page.locator('.lane-label').allTextContents()).map((l) =>
        l.replace(/\s+/g, ' ').trim(),
      );
      expect(lanes).toContain('Test (fiction)');
      expect(lanes.some((l) => l.includes('Walker'))).toBe(false);

      const drawn = await page.evaluate(
        ([pointLayer, stated]) => {
          const { map } = (
            document.querySelector('.map') as HTMLElement & {
              journeyMap: { map: import('maplibre-gl').Map };
            }
          ).journeyMap;
          const mine = (f: import('maplibre-gl').MapGeoJSONFeature) =>
            f.properties.story === 'test-walker';
          return {
            points: map
              .queryRenderedFeatures({ layers: [pointLayer] })
              .filter(mine)
              .map((f) => Number(f.properties.step)),
            legs: map
              .queryRenderedFeatures()
              .filter((f) => f.source === 'legs' && mine(f))
              .map((f) => f.layer.id),
            statedDash: map.getPaintProperty(stated, 'line-dasharray') ?? null,
          };
        },
        [POINT_LAYER, legLayerId('stated')] as const,
      );
      // Step 0 is all of China: an area, never a dot at the country's centre. Beijing is a point.
      expect(drawn.points).toEqual([1]);
      expect(new Set(drawn.legs)).toEqual(new Set([legLayerId('stated', true)]));
      // The key draws a stated route solid; so must the map.
      expect(drawn.statedDash).toBeNull();
      await expect(
        page.locator('.legend [data-basis="stated"] line').getAttribute('stroke-dasharray'),
      ).resolves.toBeNull();
      expect(outside).toEqual([]);
    } finally {
      await close();
    }
  });
});
