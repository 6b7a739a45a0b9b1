import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { compileGazetteer } from '../../src/data/gazetteer.ts';
import { buildRoute, markFor, pointFeatures, type RouteStepInput } from '../../src/data/route.ts';
import { describeRoute } from '../../src/data/route-text.ts';
import { distanceKm } from '../../src/data/geo.ts';

import { compileStory, gazetteerData, rivers, storyData } from './fixtures.ts';

const { gazetteer, diagnostics } = compileGazetteer(
  'gazetteer.yaml',
  stringify({
    ...gazetteerData,
    corridors: {
      'southeast-asia': {
        name: 'A typical route',
        via: ['yanji', 'china', 'seoul'],
        air_from: 'china',
        source: { title: 'A report', publisher: 'Someone' },
      },
    },
  }),
  rivers,
);
const place = (id: string) => gazetteer.places.get(id)!;
const step = (id: string, leg?: RouteStepInput['leg']): RouteStepInput => ({
  place: id === 'not-stated' ? null : place(id),
  heading: id,
  ...(leg ? { leg } : {}),
});
const stated = { mode: 'unknown' as const, basis: 'stated' as const };

describe('buildRoute(steps, gazetteer)', () => {
  it('the test gazetteer compiles', () => {
    expect(diagnostics).toEqual([]);
  });

  it('buildRoute anchors a river crossing on the river, near where the person was', () => {
    const fromHyesan = buildRoute([step('hyesan'), step('yalu-river', stated)], gazetteer);
    const fromYanji = buildRoute([step('yanji'), step('tumen-river', stated)], gazetteer);
    const hyesanAnchor = fromHyesan.steps[1]!.anchor;
    const yanjiAnchor = fromYanji.steps[1]!.anchor;
    expect(distanceKm(hyesanAnchor, place('hyesan').point)).toBeLessThan(25);
    expect(distanceKm(yanjiAnchor, place('yanji').point)).toBeLessThan(60);
    // Sensitive grid: 0.1°.
    for (const v of [...hyesanAnchor, ...yanjiAnchor]) expect(Math.round(v * 10) / 10).toBe(v);
    // The river is drawn as a band of lines, not a halo around a point.
    expect(fromHyesan.steps[1]!.halo?.kind).toBe('band');
  });

  it('buildRoute keeps the marker in place for a country the person is already in', () => {
    const route = buildRoute(
      [step('hyesan'), step('yalu-river', stated), step('china', stated)],
      gazetteer,
    );
    expect(route.steps[2]!.anchor).toEqual(route.steps[1]!.anchor);
    expect(route.steps[2]!.segments).toEqual([]);
  });

  it('buildRoute moves to a country the person was not in, to its label point', () => {
    const route = buildRoute([step('seoul'), step('china', stated)], gazetteer);
    expect(route.steps[1]!.anchor).toEqual(place('china').point);
    expect(route.steps[1]!.segments).toHaveLength(1);
    expect(route.steps[1]!.halo?.kind).toBe('ring');
  });

  it('buildRoute holds a step whose place is not stated where the last stated place was', () => {
    const route = buildRoute([step('seoul'), step('not-stated')], gazetteer);
    expect(route.steps[1]!.anchor).toEqual(route.steps[0]!.anchor);
    expect(route.steps[1]!.halo).toBeNull();
  });

  it('buildRoute draws a not-stated leg as one straight connection, through no corridor', () => {
    const route = buildRoute(
      [step('yanji'), step('seoul', { mode: 'unknown', basis: 'not-stated' })],
      gazetteer,
    );
    const segments = route.steps[1]!.segments;
    expect(segments).toHaveLength(1);
    expect(segments[0]!.basis).toBe('not-stated');
    expect(segments[0]!.line[0]).toEqual(place('yanji').point);
    expect(segments[0]!.line.at(-1)).toEqual(place('seoul').point);
  });

  it('buildRoute keeps longitudes continuous from Seoul to Virginia, and frames them', () => {
    const route = buildRoute(
      [step('seoul'), step('virginia', { mode: 'air', basis: 'stated' })],
      gazetteer,
    );
    const anchor = route.steps[1]!.anchor;
    expect(anchor[0]).toBeCloseTo(281.1, 6);
    const [west, , east] = route.bbox;
    expect(west).toBeLessThanOrEqual(127);
    expect(east).toBeGreaterThanOrEqual(281.1);
  });
});

describe('describeRoute(story, lang)', () => {
  it('describeRoute says the route in words, with crossings and what is inferred', () => {
    const result = compileStory(storyData());
    expect(describeRoute(result.index.stories[0]!, 'en')).toBe(
      'From Hyesan, North Korea, across the Yalu River; then to Seoul, South Korea (route inferred).',
    );
  });

  it('describeRoute speaks Korean from the same data; a name with no Korean form stays as written', () => {
    const result = compileStory(storyData());
    expect(describeRoute(result.index.stories[0]!, 'ko')).toBe(
      '북한 혜산에서 출발해 Yalu River 건넘 → 이어서 대한민국 Seoul에 도착 (경로 추론).',
    );
  });

  it('describeRoute labels fiction, and says when the text does not state a place', () => {
    const data = storyData({
      fiction: true,
      person: { name: 'Kiwan', name_kind: 'fictional' },
      consent: { status: 'fiction', note: 'A character.', removal_contact: 'someone@example.org' },
    });
    const steps = data.steps as Record<string, unknown>[];
    steps.push({
      id: 'later',
      heading: 'Later',
      place: 'not-stated',
      time: { said: 'years later', date: 'unknown' },
      excerpts: ['I reached Seoul.'],
    });
    const result = compileStory(data);
    expect(result.messages).toEqual([]);
    expect(result.index.stories[0]!.routeText).toBe(
      'Fiction. From Hyesan, North Korea, across the Yalu River; then to Seoul, South Korea (route inferred); then somewhere the text does not state (years later).',
    );
  });

  it('describeRoute folds a crossing into the country beyond it', () => {
    const data = storyData();
    const steps = data.steps as Record<string, unknown>[];
    steps.splice(2, 0, {
      id: 'china',
      heading: 'China',
      place: 'china',
      time: { said: 'six months', date: 'unknown' },
      leg: { mode: 'unknown', basis: 'stated' },
      excerpts: ['I lived in China for six months'],
    });
    const result = compileStory(data);
    expect(result.index.stories[0]!.routeText).toBe(
      'From Hyesan, North Korea, across the Yalu River into China; six months in China; then to Seoul, South Korea (route inferred).',
    );
  });
});

describe('markFor(place) and pointFeatures', () => {
  it('markFor gives a point only to a town or finer, an area to anything coarser, none to no place', () => {
    expect(markFor(place('yanji'))).toBe('point');
    expect(markFor(place('yalu-river'))).toBe('area');
    expect(markFor(place('china'))).toBe('area');
    expect(markFor(null)).toBe('none');
    const precisions = new Set(
      [...gazetteer.places.values()].map((p) => [p.precision, markFor(p)].join()),
    );
    for (const pair of precisions) {
      const [precision, mark] = pair.split(',');
      expect(mark).toBe(precision === 'exact' || precision === 'city' ? 'point' : 'area');
    }
  });

  it('pointFeatures draws no point for a river, a country or a place not stated', () => {
    const steps = [
      step('hyesan'),
      step('yalu-river', stated),
      step('china', stated),
      step('yanji', stated),
      step('not-stated'),
    ];
    const route = buildRoute(steps, gazetteer);
    const marks = steps.map((s) => markFor(s.place));
    const points = pointFeatures(
      'x',
      route,
      steps.map((s) => ({ en: s.heading })),
      marks,
      { fiction: false, color: '#000' },
    );
    expect(points.map((p) => p.properties.step)).toEqual([0, 3]);
    expect(points.map((p) => p.properties.label)).toEqual(['hyesan', 'yanji']);
  });
});
