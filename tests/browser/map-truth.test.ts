/**
 * The map says no more than the texts: for all six stories, in the overview and at every step
 * of an open story, no point is drawn for a step whose place is coarser than a town, the
 * typical route is drawn once in a neutral colour, and no person's leg is typical.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadAndCompile } from '../../src/data/load.ts';
import { COLORS } from '../../src/map/symbology.ts';
import { POINT_LAYER } from '../../src/map/style/places.ts';
import { ROUTE_LAYERS } from '../../src/map/style/routes.ts';
import { launch, openPage, waitForMapIdle, waitForMapReady } from './harness.ts';

const root = new URL('../..', import.meta.url).pathname;
const { index } = loadAndCompile({ root });

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Drawn {
  points: string[];
  legBases: string[];
  corridor: { count: number; colors: string[] };
  marker: { hidden: boolean; mark: string | null };
}

/** What the map draws now: step points, leg bases, the corridor and the marker. */
function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(
    ([pointLayer, routeLayers]) => {
      const el = document.querySelector('.map') as HTMLElement & {
        journeyMap: { map: import('maplibre-gl').Map };
      };
      const map = el.journeyMap.map;
      const corridor = map.queryRenderedFeatures({ layers: ['corridor'] });
      const marker = document.querySelector<HTMLElement>('.jm-marker');
      return {
        points: map
          .queryRenderedFeatures({ layers: [pointLayer] })
          .map((f) => `${f.properties.story}/${f.properties.step}`),
        legBases: map
          .queryRenderedFeatures({ layers: routeLayers })
          .map((f) => String(f.properties.basis)),
        corridor: {
          count: new Set(corridor.map((f) => f.properties.corridor)).size,
          colors: [
            ...new Set(
              corridor.map((f) =>
                String(
                  (f.layer.paint as Record<string, unknown> | undefined)?.['line-color'] ?? '',
                ),
              ),
            ),
          ],
        },
        marker: { hidden: !marker || marker.hidden === true, mark: marker?.dataset.mark ?? null },
      };
    },
    [POINT_LAYER, [...ROUTE_LAYERS] as string[]] as [string, string[]],
  );
}

const pointSteps = new Set(
  index.stories.flatMap((s) =>
    s.steps.filter((st) => st.mark === 'point').map((st) => `${s.id}/${st.index}`),
  ),
);

/** `#7d7d7d` as MapLibre reports a colour: `rgba(125,125,125,1)`. */
const rgba = (hex: string) =>
  `rgba(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')},1)`;

function expectTruthful(state: Drawn) {
  for (const point of state.points) expect(pointSteps, `a point for ${point}`).toContain(point);
  expect(state.legBases).not.toContain('typical');
  expect(state.corridor.count).toBeLessThanOrEqual(1);
}

describe('the map draws each place at its precision and no finer', () => {
  it('the compiled data: a point only for exact or city, nothing for a place not stated', () => {
    for (const story of index.stories)
      for (const step of story.steps) {
        const precision = step.place?.precision;
        expect(step.mark, `${story.id}/${step.index}`).toBe(
          !precision ? 'none' : precision === 'exact' || precision === 'city' ? 'point' : 'area',
        );
        expect(step.leg?.basis).not.toBe('typical');
      }
    // Joseph's six months in hiding, and Jung Hee's marriage, are never points.
    const joseph = index.stories.find((s) => s.id === 'joseph')!;
    const halmoni = joseph.steps.find((s) => s.id === 'halmoni')!;
    expect(halmoni.hidden).toBe(true);
    expect(halmoni.mark).toBe('area');
    expect(index.stories.find((s) => s.id === 'jung-hee')!.steps.at(-1)!.mark).toBe('none');
  });

  it('the overview draws the typical route once, in a neutral colour, and no point of a coarse step', async () => {
    const { page, close, errors } = await openPage(browser, '?');
    try {
      await waitForMapReady(page);
      await waitForMapIdle(page);
      const state = await drawn(page);
      expectTruthful(state);
      expect(state.points.length).toBeGreaterThan(0);
      expect(state.corridor.count).toBe(1);
      expect(state.corridor.colors).toEqual([rgba(COLORS.corridor)]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each(index.stories.map((s) => [s.id, s] as const))(
    '%s: at every step, no point for a coarse step, and the marker a pin only on a point',
    async (id, story) => {
      const { page, close } = await openPage(browser, `?story=${id}&step=0`, {
        reducedMotion: 'reduce',
      });
      try {
        await waitForMapReady(page);
        for (const step of story.steps) {
          if (step.index > 0) {
            await page.keyboard.press('ArrowRight');
            await page.waitForURL(new RegExp(`step=${step.index}`));
          }
          await waitForMapIdle(page);
          const state = await drawn(page);
          expectTruthful(state);
          const where = `${id}/${step.index}`;
          expect(state.points.includes(where), where).toBe(step.mark === 'point');
          expect(state.marker.hidden, where).toBe(step.mark !== 'point');
        }
      } finally {
        await close();
      }
    },
  );
});

describe('every leg can be clicked', () => {
  it('a click on Loh Kiwan’s fiction leg whose route is not stated opens his story', async () => {
    const { page, close } = await openPage(browser, '?');
    try {
      await waitForMapReady(page);
      await waitForMapIdle(page);
      const at = await page.evaluate(() => {
        const el = document.querySelector('.map') as HTMLElement & {
          journeyMap: { map: import('maplibre-gl').Map };
        };
        const map = el.journeyMap.map;
        const leg = map
          .queryRenderedFeatures({ layers: ['fiction-legs-not-stated'] })
          .find((f) => f.properties.fiction && f.properties.story === 'loh-kiwan');
        if (!leg || leg.geometry.type !== 'LineString') return null;
        const line = leg.geometry.coordinates;
        const [lng, lat] = line[Math.floor(line.length / 2)]!;
        const { x, y } = map.project([lng!, lat!]);
        const box = map.getCanvas().getBoundingClientRect();
        return { x: box.left + x, y: box.top + y };
      });
      expect(at).not.toBeNull();
      await page.mouse.click(at!.x, at!.y);
      await page.waitForURL(/story=loh-kiwan/);
    } finally {
      await close();
    }
  });
});
