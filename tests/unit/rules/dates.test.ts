import { describe, expect, it } from 'vitest';
import { dateFitsPrecision, statedDateInText } from '../../../src/data/rules/dates.ts';
import { check, HOME, story, type RuleCase } from './helpers.ts';

const F = 'data/stories/test.yaml';
const dated = (date: string, excerpt = 'In the winter of 2006 I crossed the frozen river.') =>
  `  - { id: crossing, heading: The crossing, place: yalu-river, time: { date: ${date} }, leg: { mode: river, basis: stated }, excerpts: ['${excerpt}'] }`;

describe('dateFitsPrecision', () => {
  const cases: RuleCase[] = [
    { name: 'unknown', yaml: story([HOME, dated('unknown')]), expected: [] },
    {
      name: 'a year',
      yaml: story([HOME, dated("{ value: '2006', precision: year, basis: stated }")]),
      expected: [],
    },
    {
      name: 'a season with a year',
      yaml: story([HOME, dated('{ value: 2006-winter, precision: season, basis: stated }')]),
      expected: [],
    },
    {
      name: 'a month written as a year',
      yaml: story([HOME, dated("{ value: '2006', precision: month, basis: stated }")]),
      expected: [
        `${F}:13:79: the date "2006" does not fit precision month (expected YYYY-MM, e.g. 2013-06)`,
      ],
    },
    {
      name: 'a precision with no value',
      yaml: story([HOME, dated('{ precision: decade, basis: estimated }')]),
      expected: [
        `${F}:13:71: a date with precision decade needs a value (expected a decade, e.g. 1990s)`,
      ],
    },
  ];
  it.each(cases)('dateFitsPrecision: $name', ({ yaml, expected }) =>
    expect(check(dateFitsPrecision, yaml)).toEqual(expected),
  );
});

describe('statedDateInText', () => {
  const cases: RuleCase[] = [
    {
      name: 'a stated year the excerpt gives',
      yaml: story([HOME, dated("{ value: '2006', precision: year, basis: stated }")]),
      expected: [],
    },
    {
      name: 'a stated season the excerpt gives',
      yaml: story([HOME, dated('{ value: winter, precision: season, basis: stated }')]),
      expected: [],
    },
    {
      name: 'an estimated year no text gives',
      yaml: story([HOME, dated("{ value: '2005', precision: year, basis: estimated }")]),
      expected: [],
    },
    {
      name: 'a stated year no text gives',
      yaml: story([HOME, dated("{ value: '2005', precision: year, basis: stated }")]),
      expected: [
        `${F}:13:111: this date is marked as stated, but neither the step's excerpts nor its "said" text give "2005" (expected basis: estimated or derived, or a source that gives the date)`,
      ],
    },
    {
      name: 'a stated season the excerpt does not give',
      yaml: story([HOME, dated('{ value: 2006-summer, precision: season, basis: stated }')]),
      expected: [
        `${F}:13:118: this date is marked as stated, but neither the step's excerpts nor its "said" text give "2006-summer" (expected basis: estimated or derived, or a source that gives the date)`,
      ],
    },
  ];
  it.each(cases)('statedDateInText: $name', ({ yaml, expected }) =>
    expect(check(statedDateInText, yaml)).toEqual(expected),
  );
});
