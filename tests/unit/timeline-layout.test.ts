import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DOMAIN,
  layoutTimeline,
  nearestMark,
  timeDomain,
  tickCount,
  yearTicks,
} from '../../src/timeline/layout.ts';
import { smallIndex } from '../fixtures.ts';

const { stories } = smallIndex();
const [ana, ben] = stories as [(typeof stories)[0], (typeof stories)[0]];
const YEAR = 365.25 * 24 * 3600 * 1000;

describe('timeDomain(stories)', () => {
  it.each([
    { name: 'no dated steps', input: [ana], expected: DEFAULT_DOMAIN.map((d) => d.getTime()) },
    {
      name: 'dated steps, padded by a year',
      input: [ben],
      expected: [Date.UTC(2002, 0, 1) - YEAR, Date.UTC(2008, 0, 1) + YEAR],
    },
  ])('$name', ({ input, expected }) => {
    expect(timeDomain(input).map((d) => d.getTime())).toEqual(expected);
  });
});

describe('layoutTimeline(stories, selected, {width})', () => {
  it('places dated steps by time, in order, and never dates an undated one', () => {
    const layout = layoutTimeline(stories, ben, { width: 800 });
    const own = layout.marks.filter((m) => m.story === 'ben');
    const dated = own.filter((m) => m.dated).sort((a, b) => a.step - b.step);
    expect(dated.map((m) => m.step)).toEqual([0, 2]);
    expect(dated[0]!.x).toBeLessThan(dated[1]!.x);
    expect(dated[0]!.basis).toBe('estimated');
    const undated = own.filter((m) => !m.dated);
    expect(undated.map((m) => m.step)).toEqual([1]);
    expect(undated[0]!.y).toBeGreaterThan(layout.band.y);
    expect(undated[0]!.y).toBeLessThan(layout.band.y + layout.band.height);
  });

  it('the x of a year is the middle of that year on the time scale', () => {
    const layout = layoutTimeline(stories, ben, { width: 800 });
    const mark = layout.marks.find((m) => m.story === 'ben' && m.step === 2)!;
    const middle =
      (layout.x(new Date(Date.UTC(2007, 0, 1))) + layout.x(new Date(Date.UTC(2008, 0, 1)))) / 2;
    expect(mark.x).toBeCloseTo(middle, 6);
    expect(mark.span![1]).toBeGreaterThan(mark.span![0]);
  });

  it('orders an undated story’s steps left to right in the band', () => {
    const layout = layoutTimeline(stories, ana, { width: 600 });
    const xs = layout.marks.filter((m) => m.story === 'ana').map((m) => m.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(3);
    expect(layout.selectedHasDates).toBe(false);
  });

  it('draws other journeys as faint lanes, and only the open one in the band', () => {
    const layout = layoutTimeline(stories, ana, { width: 600 });
    expect(layout.lanes.map((l) => [l.story.id, l.selected])).toEqual([
      ['ana', true],
      ['ben', false],
      ['kim', false],
    ]);
    const others = layout.marks.filter((m) => m.story !== 'ana');
    expect(others.every((m) => m.dated && !m.selected)).toBe(true);
    expect(Math.max(...others.map((m) => m.r))).toBeLessThan(
      Math.min(...layout.marks.filter((m) => m.selected).map((m) => m.r)),
    );
  });

  it('on a phone keeps only the open journey, and drops the axis when it has no dates', () => {
    expect(
      layoutTimeline(stories, ben, { width: 340, compact: true }).lanes.map((l) => l.story.id),
    ).toEqual(['ben']);
    const undated = layoutTimeline(stories, ana, { width: 340, compact: true });
    expect(undated.lanes).toEqual([]);
    expect(undated.showAxis).toBe(false);
  });
});

describe('nearestMark(layout, x, y)', () => {
  it.each([0, 1, 2])('finds step %i from its own position', (stepIndex) => {
    const layout = layoutTimeline(stories, ben, { width: 800 });
    const mark = layout.marks.find((m) => m.story === 'ben' && m.step === stepIndex)!;
    expect(nearestMark(layout, mark.x + 2, mark.y - 1)?.step).toBe(stepIndex);
  });

  it('ignores other journeys’ marks', () => {
    const layout = layoutTimeline(stories, ana, { width: 800 });
    const other = layout.marks.find((m) => m.story === 'ben')!;
    expect(nearestMark(layout, other.x, other.y)?.story).toBe('ana');
  });
});

describe('tickCount(width)', () => {
  it.each([
    [320, 3],
    [960, 8],
    [2000, 12],
  ])('width %i gives %i ticks', (width, ticks) => {
    expect(tickCount(width)).toBe(ticks);
  });
});

const utc = (...ymd: [number, number?, number?, number?]) =>
  new Date(Date.UTC(ymd[0], (ymd[1] ?? 1) - 1, ymd[2] ?? 1, ymd[3] ?? 0));

describe('yearTicks(from, to, count)', () => {
  it.each([
    {
      name: 'every 2 years',
      from: utc(2000, 12, 31, 18),
      to: utc(2009, 1, 1, 6),
      count: 5,
      years: [2002, 2004, 2006, 2008],
    },
    {
      name: 'every 5 years',
      from: utc(1994, 6),
      to: utc(2021, 2),
      count: 6,
      years: [1995, 2000, 2005, 2010, 2015, 2020],
    },
    {
      name: 'every year',
      from: utc(2001),
      to: utc(2005),
      count: 8,
      years: [2001, 2002, 2003, 2004, 2005],
    },
    {
      name: 'never half a year',
      from: utc(2004, 3),
      to: utc(2006, 5),
      count: 12,
      years: [2005, 2006],
    },
    { name: 'no new year in the span', from: utc(2004, 3), to: utc(2004, 11), count: 5, years: [] },
  ])('$name', ({ from, to, count, years }) => {
    expect(yearTicks(from, to, count)).toEqual(years);
  });
});

describe('layoutTimeline(…).ticks', () => {
  it('puts each year at its 1 January on the time scale, within the plot', () => {
    const layout = layoutTimeline(stories, ben, { width: 640 });
    expect(layout.ticks.length).toBeGreaterThan(1);
    for (const { year, x } of layout.ticks) {
      expect(x).toBeCloseTo(layout.x(Date.UTC(year, 0, 1)));
      expect(x).toBeGreaterThanOrEqual(layout.left);
      expect(x).toBeLessThanOrEqual(layout.right);
    }
  });

  it('has none when the axis is dropped', () => {
    expect(layoutTimeline(stories, ana, { width: 360, compact: true }).ticks).toEqual([]);
  });
});
