import { describe, expect, it } from 'vitest';
import distance from '@turf/distance';
import type { LegBasis, LegFeature, Story } from '../../src/data/types.ts';
import { durationOf, figuresOf, sinceLeaving } from '../../src/explore/figures.ts';

const Y = (year: number) => Date.UTC(year, 0, 1);

interface StepIn {
  country: string;
  precision?: string;
  kind?: string;
  basis?: LegBasis;
  year?: number;
  dateBasis?: string;
}

/** A story with only what the figures read: places, legs and dates. */
function story(steps: StepIn[]): Story {
  return {
    id: 't',
    steps: steps.map((s, index) => ({
      index,
      place: { country: s.country, precision: s.precision ?? 'city', kind: s.kind ?? 'city' },
      leg: index === 0 ? undefined : { basis: s.basis ?? 'stated', mode: 'foot' },
      time: {
        date:
          s.year === undefined
            ? { precision: 'unknown', basis: 'estimated' }
            : {
                precision: 'year',
                basis: s.dateBasis ?? 'stated',
                value: String(s.year),
                start: Y(s.year),
                end: Y(s.year + 1),
              },
      },
    })),
  } as unknown as Story;
}

function leg(step: number, coords: [number, number][], basis: LegBasis = 'stated'): LegFeature {
  return {
    type: 'Feature',
    properties: { story: 't', step, mode: 'foot', basis, fiction: false, color: '#000' },
    geometry: { type: 'LineString', coordinates: coords },
  };
}

/** West of 0.5° east is AA, east of it BB. */
const countryAt = ([lng]: [number, number]) => (lng < 0.5 ? 'AA' : 'BB');

describe('figuresOf(story, legs, countryAt)', () => {
  const s = story([{ country: 'AA' }, { country: 'AA' }, { country: 'BB' }]);
  const legs = [
    leg(1, [
      [0, 0],
      [0, 1],
    ]),
    leg(2, [
      [0, 1],
      [2, 1],
    ]),
  ];

  it('measures each leg with turf: 0°,0° → 0°,1° → 2°,1°', () => {
    const a = distance([0, 0], [0, 1], { units: 'kilometers' });
    const b = distance([0, 1], [2, 1], { units: 'kilometers' });
    // By hand: 2πR/360 with turf's R = 6371.0088 km is 111.195 km a degree of arc.
    expect(a).toBeCloseTo(111.195, 3);
    expect(b).toBeCloseTo(222.356, 2);
    const f = figuresOf(s, legs, countryAt);
    expect(f.described).toEqual({
      km: Math.round((a + b) * 10) / 10,
      mi: Math.round(((a + b) / 1.609344) * 10) / 10,
      estimate: false,
    });
    expect(f.total).toEqual(f.described);
    expect(f.byCountry).toEqual([
      { country: 'BB', km: Math.round(b * 10) / 10 },
      { country: 'AA', km: Math.round(a * 10) / 10 },
    ]);
    expect(f.borders).toEqual({ countries: ['AA', 'BB'], atLeast: false });
  });

  it('a leg whose way is not stated makes the total "not known" and is not measured', () => {
    const gap = [
      legs[0]!,
      leg(
        2,
        [
          [0, 1],
          [2, 1],
        ],
        'not-stated',
      ),
    ];
    const f = figuresOf(s, gap, countryAt);
    expect(f.total).toBeNull();
    expect(f.notStated).toEqual([2]);
    expect(f.described?.km).toBeCloseTo(111.2, 1);
    expect(f.borders.atLeast).toBe(true);
  });

  it('an inferred leg or a place known only by its country is an estimate', () => {
    const inferred = story([{ country: 'AA' }, { country: 'AA', basis: 'inferred' }]);
    expect(figuresOf(inferred, [legs[0]!], countryAt).described?.estimate).toBe(true);
    const coarse = story([{ country: 'AA', precision: 'country' }, { country: 'AA' }]);
    expect(figuresOf(coarse, [legs[0]!], countryAt).described?.estimate).toBe(true);
  });

  it('no leg described: the distance is not known, never 0', () => {
    const f = figuresOf(s, [], countryAt);
    expect(f.described).toBeNull();
  });

  it('a river crossing stands between two countries, not as a third', () => {
    const crossing = story([
      { country: 'KP' },
      { country: 'CN', kind: 'river', precision: 'river' },
      { country: 'CN' },
    ]);
    expect(figuresOf(crossing, [], countryAt).borders.countries).toEqual(['KP', 'CN']);
  });
});

describe('durationOf and sinceLeaving', () => {
  it('from leaving (the first step reached by a leg) to the last dated step', () => {
    const s = story([
      { country: 'AA', year: 1990 },
      { country: 'AA', year: 2006, dateBasis: 'estimated' },
      { country: 'BB' },
      { country: 'BB', year: 2007, dateBasis: 'cited' },
    ]);
    expect(durationOf(s)).toEqual({ years: 1, from: '2006', to: '2007', estimate: true });
    expect(sinceLeaving(s)?.map((p) => [p.step, Math.round(p.years)])).toEqual([
      [1, 0],
      [3, 1],
    ]);
  });
  it('undated leaving: not known, and never lined up', () => {
    const s = story([{ country: 'AA' }, { country: 'AA' }, { country: 'BB', year: 2007 }]);
    expect(durationOf(s)).toBeNull();
    expect(sinceLeaving(s)).toBeNull();
  });
});
