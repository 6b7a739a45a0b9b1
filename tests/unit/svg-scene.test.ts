/**
 * The SVG map's scene, built from the project's own compiled stories and the basemap the build
 * prepares (scripts/build/basemap.ts, as vite-plugin-journeys.ts does): what a reader of the SVG
 * map is shown of each journey.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEastAsia, buildWorld } from '../../scripts/build/basemap.ts';
import { loadAndCompile } from '../../src/data/load.ts';
import type { JourneyIndex, Story } from '../../src/data/types.ts';
import { MapAssetError, type MapAssets } from '../../src/map/assets.ts';
import { PRECISION, FICTION } from '../../src/map/symbology.ts';
import { countryLabelSize, legLook, pointLook } from '../../src/map/svg/marks.ts';
import { viewForFrame, zoomOf } from '../../src/map/svg/camera.ts';
import { fittingLabels } from '../../src/map/svg/collide.ts';
import { project, WORLD, WORLD_COPIES } from '../../src/map/svg/projection.ts';
import { buildScene, type Scene } from '../../src/map/svg/scene.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let index: JourneyIndex;
let assets: MapAssets;
let scene: Scene;

beforeAll(() => {
  const compiled = loadAndCompile({ root: ROOT });
  expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  index = compiled.index;
  assets = { world: buildWorld(), eastAsia: buildEastAsia(), geometry: compiled.geometry };
  scene = buildScene(assets);
});

const key = (f: { story: string; step: number }) => `${f.story}/${f.step}`;
const stepsOf = (story: Story) => story.steps.map((s) => ({ story: story.id, step: s.index, s }));
const allSteps = () => index.stories.flatMap(stepsOf);

/** Every x, y pair in path data, in order. */
function vertices(d: string): [number, number][] {
  const numbers = (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) out.push([numbers[i]!, numbers[i + 1]!]);
  return out;
}

describe('buildScene(assets) from the compiled stories in data/', () => {
  it('the data holds the cases these tests are about', () => {
    const marks = new Set(allSteps().map(({ s }) => s.mark));
    expect(marks).toEqual(new Set(['point', 'area', 'none']));
    expect(index.stories.some((s) => s.fiction)).toBe(true);
    expect(index.stories.some((s) => s.steps.some((st) => st.anchor[0] > 180))).toBe(true);
  });

  it('every story’s every leg appears, drawn as a path', () => {
    for (const story of index.stories) {
      const withLeg = story.steps.filter((s) => s.leg).map((s) => s.index);
      const drawn = new Set(scene.legs.filter((l) => l.story === story.id).map((l) => l.step));
      // A leg that stays in place (the same anchor) has no line to draw; every other one does.
      for (const step of withLeg) {
        const s = story.steps[step]!;
        const previous = story.steps[step - 1]!;
        const moved = s.anchor[0] !== previous.anchor[0] || s.anchor[1] !== previous.anchor[1];
        if (moved) expect(drawn, `${story.id} step ${step}`).toContain(step);
      }
      // And no line leads to a step without a leg.
      for (const step of drawn)
        expect(story.steps[step]?.leg, `${story.id} step ${step}`).toBeDefined();
    }
    expect(scene.legs).toHaveLength(assets.geometry.legs.features.length);
    for (const leg of scene.legs) expect(leg.d).toMatch(/^M-?\d/);
  });

  it('each step’s leg is drawn in its own mode and basis, and ends at the step’s marker', () => {
    for (const { story, step, s } of allSteps().filter(({ s }) => s.leg)) {
      const legs = scene.legs.filter((l) => l.story === story && l.step === step);
      if (legs.length === 0) continue; // stayed in place: checked above
      const own = legs.filter((l) => l.mode === s.leg!.mode && l.basis === s.leg!.basis);
      expect(own, `${story}/${step}`).toHaveLength(1);
      const [ax, ay] = project(s.anchor[0], s.anchor[1]);
      const last = vertices(own[0]!.d).at(-1)!;
      expect(Math.hypot(last[0] - ax, last[1] - ay), `${story}/${step}`).toBeLessThan(0.05);
    }
  });

  it('a leg that starts elsewhere is joined by a gap drawn as not stated, never as the leg', () => {
    const elsewhere = allSteps().filter(({ s }) => s.leg?.from);
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const { story, step, s } of elsewhere) {
      const legs = scene.legs.filter((l) => l.story === story && l.step === step);
      const own = legs.find((l) => l.mode === s.leg!.mode && l.basis === s.leg!.basis)!;
      const gaps = legs.filter((l) => l !== own);
      expect(gaps, `${story}/${step}`).toHaveLength(1);
      expect(gaps[0]).toMatchObject({ mode: 'unknown', basis: 'not-stated' });
      // The gap runs from the previous step to where the described leg starts.
      const [fx, fy] = project(s.leg!.fromPlace!.point[0], s.leg!.fromPlace!.point[1]);
      const gapEnd = vertices(gaps[0]!.d).at(-1)!;
      const legStart = vertices(own.d)[0]!;
      expect(Math.hypot(gapEnd[0] - fx, gapEnd[1] - fy)).toBeLessThan(0.05);
      expect(Math.hypot(legStart[0] - fx, legStart[1] - fy)).toBeLessThan(0.05);
    }
  });

  it('a leg’s label sits on the leg', () => {
    for (const leg of scene.legs) {
      const pts = vertices(leg.d);
      const xs = pts.map((p) => p[0]);
      const ys = pts.map((p) => p[1]);
      expect(leg.mid[0], key(leg)).toBeGreaterThanOrEqual(Math.min(...xs) - 0.01);
      expect(leg.mid[0], key(leg)).toBeLessThanOrEqual(Math.max(...xs) + 0.01);
      expect(leg.mid[1], key(leg)).toBeGreaterThanOrEqual(Math.min(...ys) - 0.01);
      expect(leg.mid[1], key(leg)).toBeLessThanOrEqual(Math.max(...ys) + 0.01);
    }
  });

  it('a point is drawn exactly for the steps at a town or finer, and nowhere else', () => {
    const pointSteps = allSteps()
      .filter(({ s }) => s.mark === 'point')
      .map(key)
      .sort();
    expect(scene.points.map(key).sort()).toEqual(pointSteps);
    for (const { s } of allSteps().filter(({ s }) => s.mark === 'point'))
      expect(PRECISION[s.place!.precision].mark).toBe('point');
  });

  it('no point for a coarse place: a province, state, country or river is never a point', () => {
    const coarse = allSteps().filter(
      ({ s }) => s.place && PRECISION[s.place.precision].mark === 'area',
    );
    expect(coarse.length).toBeGreaterThan(0);
    const points = new Set(scene.points.map(key));
    for (const c of coarse) expect(points.has(key(c)), key(c)).toBe(false);
  });

  it('a place of hiding is never drawn finer than its country', () => {
    const hidden = allSteps().filter(({ s }) => s.hidden);
    expect(hidden.length).toBeGreaterThan(0);
    const points = new Set(scene.points.map(key));
    for (const h of hidden) {
      expect(points.has(key(h))).toBe(false);
      const halos = scene.halos.filter((a) => key(a) === key(h));
      expect(halos.length, key(h)).toBeGreaterThan(0);
      for (const halo of halos) expect(halo.precision).toBe('country');
    }
  });

  it('a place not stated is drawn not at all: no point, halo or band', () => {
    const unstated = allSteps().filter(({ s }) => s.place === null);
    expect(unstated.length).toBeGreaterThan(0);
    for (const u of unstated) {
      expect(scene.points.some((p) => key(p) === key(u))).toBe(false);
      expect(scene.halos.some((p) => key(p) === key(u))).toBe(false);
      expect(scene.bands.some((p) => key(p) === key(u))).toBe(false);
    }
  });

  it('each area step is drawn as its area: a band for a river, a halo of its precision otherwise', () => {
    for (const { story, step, s } of allSteps().filter(({ s }) => s.mark === 'area')) {
      const k = `${story}/${step}`;
      if (s.place!.precision === 'river') {
        const bands = scene.bands.filter((b) => key(b) === k);
        expect(bands.length, k).toBeGreaterThan(0);
        for (const b of bands) expect(b.precision).toBe('river');
      } else {
        const halos = scene.halos.filter((h) => key(h) === k);
        expect(halos.length, k).toBeGreaterThan(0);
        for (const h of halos) expect(h.precision, k).toBe(s.place!.precision);
      }
    }
    for (const area of [...scene.halos, ...scene.bands]) expect(area.d, key(area)).toMatch(/^M/);
  });

  it('a point stands where the step’s marker does, not somewhere invented', () => {
    for (const p of scene.points) {
      const step = index.stories.find((s) => s.id === p.story)!.steps[p.step]!;
      const [x, y] = project(step.anchor[0], step.anchor[1]);
      expect(p.x, key(p)).toBeCloseTo(x, 6);
      expect(p.y, key(p)).toBeCloseTo(y, 6);
    }
  });

  it('a fiction story’s legs, places and points are marked fiction, and drawn in its colour', () => {
    const fiction = index.stories.filter((s) => s.fiction).map((s) => s.id);
    expect(fiction).toContain('loh-kiwan');
    const open = { story: 'loh-kiwan', step: 0, highlight: null };
    const legs = scene.legs.filter((l) => l.story === 'loh-kiwan');
    expect(legs.length).toBeGreaterThan(0);
    for (const leg of legs) {
      expect(leg.fiction).toBe(true);
      expect(legLook(leg, open).color).toBe(FICTION.color);
    }
    for (const p of scene.points.filter((x) => x.story === 'loh-kiwan')) {
      expect(p.fiction).toBe(true);
      expect(pointLook(p, open).color).toBe(FICTION.color);
    }
    for (const a of [...scene.halos, ...scene.bands].filter((x) => x.story === 'loh-kiwan'))
      expect(a.fiction).toBe(true);
    // And nothing of a true story is.
    for (const leg of scene.legs.filter((l) => !fiction.includes(l.story))) {
      expect(leg.fiction).toBe(false);
      const color = index.stories.find((s) => s.id === leg.story)!.color;
      expect(legLook(leg, { story: leg.story, step: 0, highlight: null }).color).toBe(color);
    }
  });

  it('a trans-Pacific leg stays continuous: its path runs east past 180°, never jumping back', () => {
    const pacific = scene.legs.filter((leg) => {
      const step = index.stories.find((s) => s.id === leg.story)!.steps[leg.step]!;
      return step.anchor[0] > 180;
    });
    expect(pacific.length).toBeGreaterThan(0);
    for (const leg of pacific) {
      const xs = vertices(leg.d).map((p) => p[0]);
      expect(Math.max(...xs), key(leg)).toBeGreaterThan(WORLD / 2);
      for (let i = 1; i < xs.length; i++)
        expect(Math.abs(xs[i]! - xs[i - 1]!), key(leg)).toBeLessThan(WORLD / 2);
      expect(leg.d.match(/M/g), key(leg)).toHaveLength(1);
    }
  });

  it('the basemap is drawn: land, borders, both border rivers and the country names', () => {
    expect(scene.basemap).toBe(true);
    expect(scene.land.world.length).toBeGreaterThan(1000);
    expect(scene.land.eastAsia.length).toBeGreaterThan(100);
    expect(scene.borders.world.length).toBeGreaterThan(100);
    expect(scene.rivers.map((r) => r.label.words.en).sort()).toEqual(['Tumen River', 'Yalu River']);
    for (const r of scene.rivers) expect(r.d).toMatch(/^M/);
    const names = scene.countries.map((c) => c.words.en);
    expect(names).toEqual(expect.arrayContaining(['North Korea', 'China', 'United States']));
    for (const c of scene.countries) expect(c.words.ko).not.toBe('');
  });

  it('the typical route is drawn with its source named in its label', () => {
    expect(scene.corridors).toHaveLength(assets.geometry.corridors.features.length);
    scene.corridors.forEach((c, i) => {
      const source = assets.geometry.corridors.features[i]!.properties.source;
      expect(c.d).toMatch(/^M/);
      expect(c.label.words.en).toContain(source);
      expect(c.label.words.ko).toContain(source);
    });
  });

  it('without the basemap files the journeys are still drawn, on a plain background', () => {
    const empty = { type: 'FeatureCollection' as const, features: [] };
    const bare = buildScene({
      ...assets,
      world: empty,
      eastAsia: empty,
      basemapError: new MapAssetError('world basemap', 'HTTP 404'),
    });
    expect(bare.basemap).toBe(false);
    expect(bare.land.world).toBe('');
    expect(bare.countries).toEqual([]);
    expect(bare.legs).toEqual(scene.legs);
    expect(bare.points).toEqual(scene.points);
    expect(bare.halos).toEqual(scene.halos);
  });

  it('a step past 180° has its country named: the label is found one turn east too', () => {
    // Joseph reaches the United States over the Pacific; his frame there lies past 180°.
    const joseph = index.stories.find((s) => s.id === 'joseph')!;
    const step = joseph.steps.find((s) => s.anchor[0] > 180 && s.place?.country === 'US')!;
    expect(step).toBeDefined();
    const [width, height] = [845, 538];
    const view = viewForFrame(step.frame, width, height);
    const size = countryLabelSize(zoomOf(view));
    const shown = [...fittingLabels(scene.countries, view, width, height, size, 'en')];
    expect(shown.map((i) => scene.countries[i]!.words.en)).toContain('United States');
  });

  it('each country is named once on each copy of the world the basemap is drawn on', () => {
    const names = scene.countries.map((c) => c.words.en);
    const once = [...new Set(names)];
    expect(names).toHaveLength(once.length * WORLD_COPIES.length);
    for (const name of once) {
      const xs = scene.countries.filter((c) => c.words.en === name).map((c) => c.x);
      expect(xs[1]! - xs[0]!, name).toBeCloseTo(WORLD, 9);
    }
  });
});
