import { describe, expect, it } from 'vitest';
import { seeded, synthesize, type SynthPlace } from '../../src/explore/synth.ts';

const P = (
  id: string,
  country: string,
  point: [number, number],
  kind = 'city',
  precision = 'city',
) => [id, { id, name: { en: id }, country, kind, precision, point } as SynthPlace] as const;

const places = Object.fromEntries([
  P('north-korea', 'KP', [127, 40.2], 'country', 'country'),
  P('hyesan', 'KP', [128.2, 41.4]),
  P('hoeryong', 'KP', [129.8, 42.4]),
  P('yalu-river', 'CN', [128.2, 41.45], 'river', 'river'),
  P('tumen-river', 'CN', [129.7, 42.5], 'river', 'river'),
  P('nk-china-border', 'CN', [126, 40.9], 'river', 'river'),
  P('changbai', 'CN', [128.2, 41.4]),
  P('yanji', 'CN', [129.5, 42.9]),
  P('china', 'CN', [104, 35.9], 'country', 'country'),
  P('shenyang', 'CN', [123.4, 41.8]),
  P('beijing', 'CN', [116.4, 39.9]),
  P('yunnan', 'CN', [102.7, 25], 'province', 'province'),
  P('yanbian', 'CN', [129.5, 43], 'province', 'province'),
  P('laos', 'LA', [102.6, 18], 'country', 'country'),
  P('thailand', 'TH', [99.8, 19.9], 'country', 'country'),
  P('bangkok', 'TH', [100.5, 13.8]),
  P('mongolia', 'MN', [106.9, 47.9], 'country', 'country'),
  P('seoul', 'KR', [127, 37.6]),
  P('virginia', 'US', [-78.9, 37.5], 'state', 'state'),
  P('berlin', 'DE', [13.4, 52.5]),
  P('brussels', 'BE', [4.4, 50.9]),
]);

describe('synthesize({ count, seed, places })', () => {
  it('seeded(seed) repeats for a seed and differs between seeds', () => {
    const a = seeded(3);
    const b = seeded(3);
    const c = seeded(4);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('gives the same journeys for the same seed', () => {
    const one = synthesize({ count: 50, seed: 9, places });
    const two = synthesize({ count: 50, seed: 9, places });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(JSON.stringify(synthesize({ count: 50, seed: 10, places }))).not.toBe(
      JSON.stringify(one),
    );
  });

  const { index, geometry } = synthesize({ count: 500, seed: 1, places });

  it('labels every journey synthetic, in its flag, name and title, quoting nobody', () => {
    expect(index.stories).toHaveLength(500);
    for (const s of index.stories) {
      expect(s.synthetic).toBe(true);
      expect(s.person.name).toMatch(/^Synthetic journey \d+$/);
      expect(s.title.en).toContain('not a real person');
      expect(s.steps.every((st) => st.excerpts.length === 0)).toBe(true);
    }
  });

  it('follows a corridor: out of North Korea, over a border river, into China', () => {
    for (const s of index.stories) {
      expect(s.steps[0]!.place!.country).toBe('KP');
      expect(s.steps[1]!.place!.kind).toBe('river');
      expect(s.steps[1]!.leg!.mode).toBe('river');
      expect(s.steps[2]!.place!.country).toBe('CN');
    }
    const ends = new Set(index.stories.map((s) => s.steps.at(-1)!.place!.country));
    expect(ends.has('KR')).toBe(true);
  });

  it('flies only the long hops, and an undated journey has no date at all', () => {
    for (const s of index.stories)
      for (const step of s.steps.slice(1)) {
        const from = s.steps[step.index - 1]!.anchor;
        const far = Math.hypot(from[0] - step.anchor[0], from[1] - step.anchor[1]) > 25;
        expect(step.leg!.mode === 'air').toBe(far);
      }
    const undated = index.stories.filter((s) =>
      s.steps.every((st) => st.time.date.start === undefined),
    );
    expect(undated.length).toBeGreaterThan(50);
    expect(undated.length).toBeLessThan(200);
  });

  it('draws one line for each leg, from the place before to the place reached', () => {
    const legCount = index.stories.reduce((n, s) => n + s.steps.length - 1, 0);
    expect(geometry.legs.features).toHaveLength(legCount);
  });
});
