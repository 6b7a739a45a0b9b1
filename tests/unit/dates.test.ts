import { describe, expect, it } from 'vitest';
import { parseDateValue, yearOf } from '../../src/data/dates.ts';
import type { DatePrecision } from '../../src/data/types.ts';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

describe('parseDateValue(value, precision)', () => {
  it.each([
    { value: '2006', precision: 'year', expected: { start: utc(2006, 1), end: utc(2007, 1) } },
    { value: '2013-06', precision: 'month', expected: { start: utc(2013, 6), end: utc(2013, 7) } },
    { value: '2013-12', precision: 'month', expected: { start: utc(2013, 12), end: utc(2014, 1) } },
    {
      value: '2012-02-29',
      precision: 'day',
      expected: { start: utc(2012, 2, 29), end: utc(2012, 3, 1) },
    },
    { value: '1990s', precision: 'decade', expected: { start: utc(1990, 1), end: utc(2000, 1) } },
    {
      value: '2006-winter',
      precision: 'season',
      expected: { start: utc(2006, 12), end: utc(2007, 3) },
    },
    {
      value: '2006-spring',
      precision: 'season',
      expected: { start: utc(2006, 3), end: utc(2006, 6) },
    },
    // Fits the precision but has no place in time: placed by order, never given a year.
    { value: 'winter', precision: 'season', expected: undefined },
    { value: undefined, precision: 'unknown', expected: undefined },
    // Does not fit the precision.
    { value: '2013-13', precision: 'month', expected: null },
    { value: '2013-02-29', precision: 'day', expected: null },
    { value: '2013-6', precision: 'month', expected: null },
    { value: '06', precision: 'year', expected: null },
    { value: '2006', precision: 'month', expected: null },
    { value: '1995s', precision: 'decade', expected: null },
    { value: 'monsoon', precision: 'season', expected: null },
    { value: '2006', precision: 'unknown', expected: null },
    { value: undefined, precision: 'year', expected: null },
  ] as { value: string | undefined; precision: DatePrecision; expected: unknown }[])(
    'parseDateValue($value, $precision) is $expected',
    ({ value, precision, expected }) => {
      expect(parseDateValue(value, precision)).toEqual(expected);
    },
  );
});

describe('yearOf(value)', () => {
  it.each([
    { value: '2006-winter', expected: '2006' },
    { value: '1990s', expected: '1990' },
    { value: 'winter', expected: undefined },
    { value: undefined, expected: undefined },
  ])('yearOf($value) is $expected', ({ value, expected }) => {
    expect(yearOf(value)).toBe(expected);
  });
});
