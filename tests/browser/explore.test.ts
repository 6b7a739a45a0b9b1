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
      // Filtering restyles the layers; the data is never sent to the map again.
      await page.evaluate(() => {
        const el = document.querySelector('.map') as HTMLElement & {
          journeyMap: { map: import('maplibre-gl').Map };
        };
        const map = el.journeyMap.map;
        const w = window as unknown as { setDataCalls: number };
        w.setDataCalls = 0;
        for (const id of Object.keys(map.getStyle().sources)) {
          const source = map.getSource(id) as { setData?: (d: unknown) => unknown } | undefined;
          if (!source?.setData) continue;
          const original = source.setData.bind(source);
          source.setData = (d: unknown) => {
            w.setDataCalls++;
            return original(d);
          };
        }
      });
      await page.getByRole('checkbox', { name: 'human trafficking' }).check();
      await page.getByRole('checkbox', { name: 'South Korea', exact: true }).check();
      const expected = index.stories
        .filter((s) => !s.warnings.includes('human-trafficking'))
        .filter((s) => s.steps.at(-1)?.place?.country === 'KR')
        .map((s) => s.id)
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      await expect(count(page)).resolves.toBe(String(expected.length));
      // The count stays in sight beside the map too.
      await expect(page.locator('[data-map-count]').getAttribute('data-map-count')).resolves.toBe(
        String(expected.length),
      );
      const url = new URL(page.url());
      expect(url.searchParams.get('hide')).toBe('human-trafficking');
      expect(url.searchParams.get('dest')).toBe('kr');
      const map = await exploreMap(page);
      expect(storiesDrawn(map)).toEqual(expected);
      expect(JSON.stringify(map.filter)).toContain('literal');
      await expect(
        page.evaluate(() => (window as unknown as { setDataCalls: number }).setDataCalls),
      ).resolves.toBe(0);

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
      // Pointing at a line on the SVG map points at its journey in the list too.
      await page
        .locator('[data-layer="legs"] path[data-story="joseph"]')
        .first()
        .dispatchEvent('pointerover', { bubbles: true });
      await page.waitForFunction(() =>
        document.querySelector('tbody tr[data-story="joseph"]')?.classList.contains('highlighted'),
      );
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('hover or focus on a journey in the list, the timeline or the map points at it in all three; Enter opens it', async () => {
    const { page, errors, close } = await openPage(browser, '');
    try {
      await waitForMapReady(page);
      // List → map and timeline.
      await page.locator('tbody tr[data-story="joseph"]').hover();
      expect((await exploreMap(page)).highlight).toBe('joseph');
      await expect(
        page.locator('.explore-timeline .lane-label[data-story="joseph"]').getAttribute('class'),
      ).resolves.toContain('highlighted');
      // Timeline (keyboard focus on an undated journey in the band) → map and list.
      await page.locator('.explore-timeline [data-undated][data-story="bella"]').focus();
      expect((await exploreMap(page)).highlight).toBe('bella');
      await expect(
        page.locator('tbody tr[data-story="bella"]').getAttribute('class'),
      ).resolves.toContain('highlighted');
      // Map → list and timeline: the pointer over Joseph's flight to the United States.
      await page.mouse.move(5, 5);
      const at = await page.evaluate(() => {
        const el = document.querySelector('.map') as HTMLElement & {
          journeyMap: { map: import('maplibre-gl').Map };
        };
        const map = el.journeyMap.map;
        const leg = map
          .queryRenderedFeatures({ layers: ['legs-cited'] })
          .find((f) => f.properties.story === 'joseph' && f.properties.mode === 'air');
        if (!leg) return null;
        const line =
          leg.geometry.type === 'LineString'
            ? leg.geometry.coordinates
            : leg.geometry.type === 'MultiLineString'
              ? leg.geometry.coordinates.flat()
              : [];
        const [lng, lat] = line[Math.floor(line.length / 2)]!;
        const { x, y } = map.project([lng!, lat!]);
        const box = map.getCanvas().getBoundingClientRect();
        return { x: box.left + x, y: box.top + y };
      });
      expect(at).not.toBeNull();
      await page.mouse.move(at!.x, at!.y);
      await page.waitForFunction(() =>
        document.querySelector('tbody tr[data-story="joseph"]')?.classList.contains('highlighted'),
      );
      expect((await exploreMap(page)).highlight).toBe('joseph');
      // Enter on the list's name opens the story at step 0.
      await page.getByRole('table').getByRole('button', { name: 'Bella', exact: true }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/story=bella&step=0/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the list is a table a screen reader can browse, with named columns and row headers', async () => {
    const { page, close } = await openPage(browser, '');
    try {
      const table = page.getByRole('table', { name: /Journeys shown/ });
      await table.waitFor();
      const headers = await table.getByRole('columnheader').allTextContents();
      expect(headers.map((h) => h.trim())).toEqual([
        'Name',
        'From',
        'To',
        'Years',
        'Steps',
        'Mentions',
      ]);
      const rowHeaders = (await table.getByRole('rowheader').allTextContents()).map((t) =>
        t.replace(/\s+/g, ' ').trim(),
      );
      expect(rowHeaders).toHaveLength(total);
      expect(rowHeaders).toContain('Loh Kiwan (fiction)');
      // What the data does not give is said, never filled in.
      const bella = page.getByRole('row', { name: /^Bella/ });
      await expect(bella.getByRole('cell').nth(2).textContent()).resolves.toBe('no date given');
      const joseph = page.getByRole('row', { name: /^Joseph/ });
      await expect(joseph.getByRole('cell').nth(2).textContent()).resolves.toContain('estimate');
      // The table is the map's text alternative in explore.
      const tableId = await page.locator('table').first().getAttribute('id');
      const describedBy = await page
        .getByRole('region', { name: 'Map of all journeys' })
        .getAttribute('aria-describedby');
      expect(describedBy?.split(' ')).toContain(tableId);
    } finally {
      await close();
    }
  });

  it('the time brush keeps journeys dated in its years; undated ones stay, marked, unless switched off', async () => {
    const { page, errors, close } = await openPage(browser, '');
    try {
      await waitForMapReady(page);
      const dated = index.stories.filter((s) =>
        s.steps.some((st) => st.time.date.start !== undefined),
      );
      const undated = index.stories
        .filter((s) => !dated.includes(s))
        .map((s) => s.id)
        .sort();
      expect(dated.map((s) => s.id)).toEqual(['joseph']);
      // Undated journeys sit in their own band and are never given a lane on the time axis.
      const band = await page
        .locator('.explore-timeline [data-undated]')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.story));
      expect(band.sort()).toEqual(undated);
      const lanes = await page
        .locator('.explore-timeline .lane-label')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.story));
      expect(lanes).toEqual(['joseph']);

      // A pointer drag over 2005–2008 with d3-brush.
      const box = (await page.locator('.explore-timeline .brush .overlay').boundingBox())!;
      const xOf = (year: number) =>
        page.evaluate((y) => {
          const ticks = [...document.querySelectorAll('.explore-timeline .axis g')].map((g) => ({
            year: Number(g.textContent),
            x: (g as SVGGElement).transform.baseVal[0]!.matrix.e,
          }));
          const [a, b] = [ticks[0]!, ticks[1]!];
          return a.x + ((y - a.year) * (b.x - a.x)) / (b.year - a.year);
        }, year);
      const svgLeft = (await page.locator('.explore-timeline svg').boundingBox())!.x;
      const y = box.y + box.height / 2;
      await page.mouse.move(svgLeft + (await xOf(2005.2)), y);
      await page.mouse.down();
      await page.mouse.move(svgLeft + (await xOf(2007.5)), y, { steps: 5 });
      await page.mouse.up();
      await reviewScreenshot(page, 'explore-brush');
      await page.waitForFunction(
        () => new URL(location.href).searchParams.get('years') === '2005-2007',
      );
      // Joseph's 2006 crossing and 2007 arrival are dated in it; undated journeys stay shown.
      await expect(count(page)).resolves.toBe(String(total));
      const kept = await exploreMap(page);
      expect(storiesDrawn(kept)).toEqual(index.stories.map((s) => s.id).sort());
      expect(JSON.stringify(kept.filter)).toContain('literal');

      // Switched off, undated journeys leave the map and the list while years are chosen.
      await page.getByLabel(/Keep journeys with no date shown/).uncheck();
      await expect(count(page)).resolves.toBe('1');
      expect(storiesDrawn(await exploreMap(page))).toEqual(['joseph']);
      await expect(
        page.locator('.explore-timeline [data-undated][data-story="bella"]').getAttribute('class'),
      ).resolves.toContain('hidden');

      // The keyboard's way: years typed into the two fields. 1992–1994 falls in the 1990s Joseph
      // was born in (an estimated decade), so his journey is kept; 2010–2012 holds none of his
      // dated steps.
      await page.getByLabel('From year').fill('1992');
      await page.getByLabel('From year').press('Tab');
      await page.getByLabel('To year').fill('1994');
      await page.getByLabel('To year').press('Tab');
      await page.waitForFunction(
        () => new URL(location.href).searchParams.get('years') === '1992-1994',
      );
      await expect(count(page)).resolves.toBe('1');
      await page.getByLabel('To year').fill('2008');
      await page.getByLabel('To year').press('Tab');
      await page.getByLabel('From year').fill('2008');
      await page.getByLabel('From year').press('Tab');
      await page.waitForFunction(
        () => new URL(location.href).searchParams.get('years') === '2008-2008',
      );
      await expect(count(page)).resolves.toBe('0');
      await page.getByRole('button', { name: 'Show all years' }).click();
      await expect(count(page)).resolves.toBe(String(total));
      expect(new URL(page.url()).searchParams.get('years')).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the context series shows arrivals by year on the timeline, labelled with its source', async () => {
    const { page, outside, errors, close } = await openPage(browser, '?context=1', {
      bypassCSP: true,
    });
    try {
      await waitForMapReady(page);
      const bars = await page
        .locator('.explore-timeline [data-series] rect')
        .evaluateAll((rs) =>
          rs.map((r) => [
            Number((r as SVGRectElement).dataset.year),
            Number((r as SVGRectElement).dataset.count),
          ]),
        );
      const yaml = (await import('yaml')).parse(
        (await import('node:fs')).readFileSync(`${root}/data/context/arrivals.yaml`, 'utf8'),
      ) as { figures: { year: number; count: number }[] };
      expect(bars).toEqual(yaml.figures.map((f) => [f.year, f.count]));
      expect(bars).toContainEqual([2009, 2914]);
      expect(bars).toContainEqual([2020, 229]);
      expect(bars).toContainEqual([2021, 63]);
      const key = page.locator('[data-context-key] summary');
      await expect(key.textContent()).resolves.toContain('Ministry of Unification');
      await page.locator('[data-context-key] summary').click();
      const links = await page
        .locator('[data-context-key] a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links.length).toBe(yaml.figures.length);
      expect(links.every((l) => l.startsWith('https://'))).toBe(true);
      await reviewScreenshot(page, 'explore-context');
      expect(await seriousViolations(page)).toEqual([]);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('?compare=bella,joseph: both routes on one map, figures from turf marked estimate or not known, aligned where dated', async () => {
    const { page, outside, errors, close } = await openPage(browser, '?compare=bella,joseph', {
      bypassCSP: true,
    });
    try {
      await waitForMapReady(page);
      await page
        .getByRole('heading', { name: 'Comparing Bella and Joseph (Kim Kwang Jin)' })
        .waitFor();
      expect(storiesDrawn(await exploreMap(page))).toEqual(['bella', 'joseph']);
      // The figures the build measured with turf (src/explore/figures.ts, unit-tested there).
      const { figuresOf } = await import('../../src/explore/figures.ts');
      const { countryIdAt } = await import('../../src/data/borders.ts');
      const { ALPHA2_BY_NUMERIC } = await import('../../scripts/interop/countries.ts');
      const { geometry } = loadAndCompile({ root });
      const at = (p: [number, number]) => {
        const id = countryIdAt(p);
        return id === undefined ? undefined : ALPHA2_BY_NUMERIC.get(id);
      };
      const joseph = figuresOf(
        index.stories.find((s) => s.id === 'joseph')!,
        geometry.legs.features,
        at,
      );
      const cell = (figure: string, story: string) =>
        page.locator(`tr[data-figure="${figure}"] td[data-story="${story}"]`).textContent();
      const km = joseph.described!.km.toLocaleString('en-GB', { maximumFractionDigits: 0 });
      await expect(cell('described', 'joseph')).resolves.toContain(`${km} km`);
      await expect(cell('described', 'joseph')).resolves.toContain('estimate');
      // Joseph's way from the river to Yanji is not stated: the total is not known.
      await expect(cell('total', 'joseph')).resolves.toContain('not known');
      await expect(cell('total', 'bella')).resolves.toContain('not known');
      await expect(cell('borders', 'bella')).resolves.toContain('at least 2');
      await expect(cell('borders', 'bella')).resolves.toContain(
        'North Korea → China → South Korea',
      );
      await expect(cell('duration', 'joseph')).resolves.toContain('about 1 year (2006 to 2007)');
      await expect(cell('duration', 'joseph')).resolves.toContain('estimate');
      await expect(cell('duration', 'bella')).resolves.toContain('not known');
      await expect(cell('by-country', 'joseph')).resolves.toContain('China');
      // Lined up by time since leaving where the dates allow, and said plainly where not.
      await expect(page.locator('figure.since[data-story="joseph"]').count()).resolves.toBe(1);
      await expect(
        page.locator('.not-aligned[data-story="bella"]').textContent(),
      ).resolves.toContain('gives no dates');
      expect(await seriousViolations(page)).toEqual([]);
      await reviewScreenshot(page, 'explore-compare');
      await page
        .getByRole('button', { name: /Back to all journeys/ })
        .first()
        .click();
      expect(new URL(page.url()).searchParams.get('compare')).toBeNull();
      expect(storiesDrawn(await exploreMap(page))).toHaveLength(total);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the compare picker opens a comparison and an unknown id says so', async () => {
    const { page, errors, close } = await openPage(browser, '');
    try {
      await page.getByLabel('First journey').selectOption('minji');
      await page.getByLabel('Second journey').selectOption('loh-kiwan');
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      await page.waitForURL(/compare=minji%2Cloh-kiwan|compare=minji,loh-kiwan/);
      await page.goto(new URL('?compare=bella,nobody', page.url()).href);
      await expect(page.getByRole('alert').textContent()).resolves.toContain('nobody');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
