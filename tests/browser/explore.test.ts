/**
 * The explore view in real Chromium against the build: every journey on one map coloured by
 * where it ends, filters in the URL that survive a reload, the count, the empty state, the list
 * as a table, hover kept in step across map, timeline and list, the time brush with undated
 * journeys, compare figures and the context series. Map state is read through MapLibre
 * (layer filters, visibility, global state), never from pixels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadAndCompile } from '../../src/data/load.ts';
import { openPage, seriousViolations, waitForMapIdle, waitForMapReady } from './harness.ts';
import { reviewScreenshot } from './review.ts';

const root = new URL('../..', import.meta.url).pathname;
const { index } = loadAndCompile({ root });
const total = index.stories.length;

let browser: Browser;
beforeAll(async () => {
  browser = await (await import('./harness.ts')).launch();
});
afterAll(async () => {
  await browser?.close();
});

interface ExploreMap {
  /** Story ids of the leg features the map draws, by layer. */
  drawn: Record<string, string[]>;
  visibility: Record<string, string>;
  highlight: string;
  filter: unknown;
}

/** What the MapLibre map draws, read through its API. */
async function exploreMap(page: Page): Promise<ExploreMap> {
  await waitForMapIdle(page);
  return page.evaluate(() => {
    const el = document.querySelector('.map') as HTMLElement & {
      journeyMap: { map: import('maplibre-gl').Map };
    };
    const map = el.journeyMap.map;
    const layers = map
      .getStyle()
      .layers.filter((l) => (l.metadata as Record<string, unknown> | undefined)?.['jm:pick'])
      .map((l) => l.id);
    const drawn: Record<string, string[]> = {};
    for (const f of map.queryRenderedFeatures({ layers }))
      (drawn[f.layer.id] ??= []).push(String(f.properties.story));
    const visibility: Record<string, string> = {};
    for (const id of ['corridor', 'corridor-label', 'fiction-legs-stated', 'legs-stated'])
      visibility[id] = String(map.getLayoutProperty(id, 'visibility') ?? 'visible');
    return {
      drawn,
      visibility,
      highlight: String(map.getGlobalState().highlight),
      filter: map.getFilter('legs-stated'),
    };
  });
}

const storiesDrawn = (m: ExploreMap) => [...new Set(Object.values(m.drawn).flat())].sort();

const count = (page: Page) => page.locator('[data-count]').getAttribute('data-count');

describe('explore view', () => {
  it('is the landing view: all journeys, coloured by destination, fiction and the typical route on their own layers', async () => {
    const { page, outside, errors, close } = await openPage(browser, '?mode=explore', {
      bypassCSP: true,
    });
    try {
      await waitForMapReady(page);
      await expect(count(page)).resolves.toBe(String(total));
      await expect(
        page.getByRole('status').filter({ hasText: 'Showing' }).textContent(),
      ).resolves.toContain(`Showing ${total} of ${total} journeys`);
      const map = await exploreMap(page);
      await reviewScreenshot(page, 'explore');
      expect(storiesDrawn(map)).toEqual(index.stories.map((s) => s.id).sort());
      // Fiction is drawn only on its own layers.
      const fictionIds = index.stories.filter((s) => s.fiction).map((s) => s.id);
      for (const [layer, ids] of Object.entries(map.drawn))
        if (layer.includes('legs-'))
          expect(ids.some((id) => fictionIds.includes(id))).toBe(layer.startsWith('fiction-'));
      // Each destination in the data has a colour in the key.
      for (const dest of ['kr', 'us'])
        await expect(page.locator(`.legend [data-destination="${dest}"]`).count()).resolves.toBe(1);

      // The typical route's layer and fiction's layer switch off, and back on.
      await page.getByLabel(/Show the typical route/).uncheck();
      await page.getByLabel('Include fiction').uncheck();
      let after = await exploreMap(page);
      expect(after.visibility['corridor']).toBe('none');
      expect(after.visibility['corridor-label']).toBe('none');
      expect(after.visibility['fiction-legs-stated']).toBe('none');
      expect(storiesDrawn(after).some((id) => fictionIds.includes(id))).toBe(false);
      expect(new URL(page.url()).searchParams.get('route')).toBe('0');
      expect(new URL(page.url()).searchParams.get('fiction')).toBe('0');
      await page.getByLabel(/Show the typical route/).check();
      after = await exploreMap(page);
      expect(after.visibility['corridor']).toBe('visible');

      expect(await seriousViolations(page)).toEqual([]);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('filters live in the URL, narrow the map by its layer filter, and survive a reload', async () => {
    const { page, outside, errors, close } = await openPage(browser, '');
    try {
      await waitForMapReady(page);
      await page.getByRole('checkbox', { name: 'human trafficking' }).check();
      await page.getByRole('checkbox', { name: 'South Korea' }).check();
      const expected = index.stories
        .filter((s) => !s.warnings.includes('human-trafficking'))
        .filter((s) => [...s.steps].reverse().find((st) => st.place)?.place?.country === 'KR')
        .map((s) => s.id)
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      await expect(count(page)).resolves.toBe(String(expected.length));
      const url = new URL(page.url());
      expect(url.searchParams.get('hide')).toBe('human-trafficking');
      expect(url.searchParams.get('dest')).toBe('kr');
      const map = await exploreMap(page);
      expect(storiesDrawn(map)).toEqual(expected);
      expect(JSON.stringify(map.filter)).toContain('literal');

      await page.reload();
      await waitForMapReady(page);
      await expect(count(page)).resolves.toBe(String(expected.length));
      await expect(
        page.getByRole('checkbox', { name: 'human trafficking' }).isChecked(),
      ).resolves.toBe(true);
      expect(storiesDrawn(await exploreMap(page))).toEqual(expected);
      const rows = await page
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.story));
      expect(rows.sort()).toEqual(expected);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a filter that hides everything says so and offers to clear', async () => {
    const { page, errors, close } = await openPage(browser, '?dest=europe&fiction=0');
    try {
      await waitForMapReady(page);
      await expect(count(page)).resolves.toBe('0');
      await expect(page.locator('[data-empty]').textContent()).resolves.toContain(
        'No journey matches these filters.',
      );
      expect(storiesDrawn(await exploreMap(page))).toEqual([]);
      await page.locator('[data-empty]').getByRole('button', { name: 'Clear filters' }).click();
      await expect(count(page)).resolves.toBe(String(total));
      expect(new URL(page.url()).search).toBe('');
      expect(storiesDrawn(await exploreMap(page))).toHaveLength(total);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the SVG map shows the filtered set too', async () => {
    const { page, errors, close } = await openPage(browser, '?renderer=svg&hide=human-trafficking');
    try {
      await waitForMapReady(page);
      const shown = await page.$$eval('[data-layer="legs"] path', (paths) => [
        ...new Set(
          paths
            .filter((p) => p.getAttribute('display') !== 'none')
            .map((p) => (p as SVGElement).dataset.story),
        ),
      ]);
      const expected = index.stories
        .filter((s) => !s.warnings.includes('human-trafficking'))
        .map((s) => s.id);
      expect(shown.sort()).toEqual(expected.sort());
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
