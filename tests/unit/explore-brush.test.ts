import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { loadAndCompile } from '../../src/data/load.ts';
import {
  brushed,
  isDated,
  overlaps,
  readYears,
  yearStart,
  yearsToRange,
} from '../../src/explore/brush.ts';
import { layoutExplore, pxToYears } from '../../src/explore/timeline-layout.ts';
import { narrowed, exploreKey } from '../../src/map/explore-filter.ts';
import { readExplore, writeExplore } from '../../src/explore/url.ts';
import { NO_FILTERS, destinationGroupOf, eraOf } from '../../src/explore/filters.ts';
import { rowOf, yearsOf } from '../../src/explore/rows.ts';

const { stories } = loadAndCompile({ root: resolve(import.meta.dirname, '../..') }).index;
const byId = (id: string) => stories.find((s) => s.id === id)!;

describe('the time brush', () => {
  it.each([
    [2005, 2007, true],
    [1992, 1994, true], // Joseph's birth decade, the 1990s (an estimate)
    [2008, 2010, false],
    [2003, 2005, false],
  ])('overlaps(joseph, %i–%i) is %s', (from, to, expected) => {
    expect(overlaps(byId('joseph'), yearsToRange(from, to))).toBe(expected);
  });

  it('isDated: only Joseph has a dated step; nobody is given one', () => {
    expect(stories.filter(isDated).map((s) => s.id)).toEqual(['joseph']);
  });

  it('brushed(stories, range, keepUndated) keeps undated journeys only when asked', () => {
    const range = yearsToRange(2005, 2007);
    expect(brushed(stories, range, true)).toHaveLength(stories.length);
    expect(brushed(stories, range, false).map((s) => s.id)).toEqual(['joseph']);
    expect(brushed(stories, yearsToRange(2010, 2012), false)).toEqual([]);
    expect(brushed(stories, null, false)).toHaveLength(stories.length);
  });

  it('yearsToRange(2007, 2005) covers 1 Jan 2005 to 1 Jan 2008', () => {
    expect(yearsToRange(2007, 2005)).toEqual([yearStart(2005), yearStart(2008)]);
  });

  it.each([
    ['?years=2005-2007', [2005, 2007]],
    ['?years=2007-2005', [2005, 2007]],
    ['?years=abc', null],
    ['', null],
  ])('readYears(%j)', (search, expected) => {
    expect(readYears(search)).toEqual(expected);
  });

  it('pxToYears turns a brushed span into whole years, the right edge exclusive', () => {
    const x = scaleLinear()
      .domain([yearStart(2000), yearStart(2010)])
      .range([0, 1000]);
    expect(pxToYears(x, [510, 799])).toEqual([2005, 2007]);
    expect(pxToYears(x, [799, 510])).toEqual([2005, 2007]);
    expect(pxToYears(x, [500, 500])).toBeNull();
  });

  it('layoutExplore gives lanes only to dated journeys and lists the rest apart', () => {
    const layout = layoutExplore(stories, 640, [2009, 2021]);
    expect(layout.lanes.map((l) => l.story.id)).toEqual(['joseph']);
    expect(layout.undated.map((s) => s.id).sort()).toEqual(
      stories
        .filter((s) => s.id !== 'joseph')
        .map((s) => s.id)
        .sort(),
    );
    // The axis stretches to the context series' years.
    expect(layout.years[1]).toBeGreaterThanOrEqual(2021);
    expect(layout.marks.every((m) => m.story === 'joseph')).toBe(true);
  });
});

describe('explore filters on the map', () => {
  it('narrowed(base, null) is the layer’s own filter', () => {
    const base = ['==', ['get', 'basis'], 'stated'] as const;
    expect(narrowed(base as never, null)).toBe(base);
  });
  it('narrowed(base, ids) keeps only those stories', () => {
    expect(narrowed(null, ['bella'])).toEqual(['in', ['get', 'story'], ['literal', ['bella']]]);
    expect(narrowed(['get', 'fiction'] as never, [])).toEqual([
      'all',
      ['get', 'fiction'],
      ['in', ['get', 'story'], ['literal', []]],
    ]);
  });
  it('exploreKey ignores the filters while a story is open', () => {
    const base = { step: 0, highlight: null };
    expect(exploreKey({ ...base, story: 'bella', shown: ['x'], fiction: false })).toBe(
      exploreKey({ ...base, story: 'bella' }),
    );
    expect(exploreKey({ ...base, story: null, shown: ['x'] })).not.toBe(
      exploreKey({ ...base, story: null }),
    );
  });
});

describe('readExplore / writeExplore', () => {
  it('round-trips every part and keeps other parameters', () => {
    const state = {
      filters: { ...NO_FILTERS, dest: ['us'] },
      years: [2005, 2007] as [number, number],
      keepUndated: false,
      corridor: false,
      context: true,
      compare: ['bella', 'joseph'],
    };
    const search = writeExplore('?lang=ko', state);
    expect(search).toContain('lang=ko');
    expect(readExplore(search)).toEqual(state);
  });
  it('leaves defaults out', () => {
    expect(writeExplore('', readExplore(''))).toBe('');
  });
});

describe('rows and groups', () => {
  it.each([
    ['bella', 'kr'],
    ['joseph', 'us'],
    ['loh-kiwan', 'europe'],
  ])('destinationGroupOf(%s) is %s', (id, group) => {
    expect(destinationGroupOf(byId(id))).toBe(group);
  });
  it('eraOf(joseph) is the decade he left in (2006, an estimate), not his birth decade', () => {
    expect(eraOf(byId('joseph'))).toBe('2000s');
  });
  it('yearsOf says "no date given" and marks estimates', () => {
    expect(yearsOf(byId('bella'))).toBe('no date given');
    expect(yearsOf(byId('joseph'))).toBe('1990–2007 (estimate)');
  });
  it('rowOf(jung-hee): where she is now is not stated, so neither is where her journey ends', () => {
    const row = rowOf(byId('jung-hee'));
    expect(row.to).toBe('not stated');
    expect(destinationGroupOf(byId('jung-hee'))).toBe('not-stated');
    expect(row.warnings).toBe('none');
  });
});
