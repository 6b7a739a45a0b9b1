import { describe, expect, it } from 'vitest';
import {
  sourceIdsUnique,
  sourceReferencesKnown,
  sourceTextExists,
} from '../../../src/data/rules/sources.ts';
import { check, CROSSING, HOME, SEOUL, story, type RuleCase } from './helpers.ts';

const F = 'data/stories/test.yaml';
const TWO_SOURCES =
  'sources: [{ id: src, title: The source, publisher: P, text: test.txt }, { id: src, title: Again, publisher: P }]';

describe('sourceIdsUnique', () => {
  const cases: RuleCase[] = [
    { name: 'one source', yaml: story(), expected: [] },
    {
      name: 'two sources with one id',
      yaml: story(undefined, { sources: TWO_SOURCES }),
      expected: [
        `${F}:7:75: source id "src" is used twice (expected a different id for each source)`,
      ],
    },
  ];
  it.each(cases)('sourceIdsUnique: $name', ({ yaml, expected }) =>
    expect(check(sourceIdsUnique, yaml)).toEqual(expected),
  );
});

describe('sourceTextExists', () => {
  const cases: RuleCase[] = [
    { name: 'a text that is in data/sources/', yaml: story(), expected: [] },
    {
      name: 'a misspelt text file',
      yaml: story(undefined, {
        sources: 'sources: [{ id: src, title: The source, publisher: P, text: tset.txt }]',
      }),
      expected: [
        `${F}:7:55: source text "tset.txt" is not in data/sources/; did you mean "test.txt"? (expected the name of a .txt file in data/sources/)`,
      ],
    },
  ];
  it.each(cases)('sourceTextExists: $name', ({ yaml, expected }) =>
    expect(check(sourceTextExists, yaml)).toEqual(expected),
  );
});

describe('sourceReferencesKnown', () => {
  const cases: RuleCase[] = [
    { name: 'no references beyond the main source', yaml: story(), expected: [] },
    {
      name: 'a place, a leg, a date and an excerpt citing sources the story lacks',
      yaml: story([
        '  - { id: home, heading: Home, place: hyesan, place_source: profile, time: { date: unknown }, excerpts: [I was born in Hyesan.] }',
        "  - { id: crossing, heading: The crossing, place: yalu-river, time: { date: { value: '2006', precision: year, basis: estimated, source: profiles } }, leg: { mode: river, basis: stated, source: srcc }, excerpts: [{ text: In the winter of 2006 I crossed the frozen river., source: other }] }",
        SEOUL,
      ]),
      expected: [
        `${F}:12:47: unknown source "profile" (expected one of the story's source ids: src)`,
        `${F}:13:129: unknown source "profiles" (expected one of the story's source ids: src)`,
        `${F}:13:186: unknown source "srcc"; did you mean "src"? (expected one of the story's source ids: src)`,
        `${F}:13:272: unknown source "other" (expected one of the story's source ids: src)`,
      ],
    },
    {
      name: 'a translation citing an unknown source',
      yaml: story([
        '  - { id: home, heading: Home, place: hyesan, time: { date: unknown }, excerpts: [{ text: I was born in Hyesan., translations: [{ lang: ko, text: 나는 혜산에서 태어났다., source: ko-src }] }] }',
        CROSSING,
      ]),
      expected: [
        `${F}:12:162: unknown source "ko-src" (expected one of the story's source ids: src)`,
      ],
    },
  ];
  it.each(cases)('sourceReferencesKnown: $name', ({ yaml, expected }) =>
    expect(check(sourceReferencesKnown, yaml)).toEqual(expected),
  );
  it('sourceReferencesKnown: HOME alone cites only the main source', () =>
    expect(check(sourceReferencesKnown, story([HOME]))).toEqual([]));
});
