import { describe, expect, it } from 'vitest';
import {
  citedFromOutsideSource,
  outsideSourceLinked,
  statedNeedsText,
} from '../../../src/data/rules/outside.ts';
import { check, HOME, story, type RuleCase } from './helpers.ts';

const F = 'data/stories/test.yaml';
const SOURCES =
  'sources: [{ id: src, title: T, publisher: P, text: test.txt }, { id: web, title: W, publisher: P, url: https://example.org/profile }]';
const dated = (fields: string) =>
  `  - { id: b, heading: B, place: seoul, ${fields}, leg: { mode: air, basis: inferred }, excerpts: [I lived in China for six months before I reached Seoul.] }`;
const withSources = (step: string) => story([HOME, step], { sources: SOURCES });

describe('citedFromOutsideSource', () => {
  const cases: RuleCase[] = [
    {
      name: 'a date cited from an outside source',
      yaml: withSources(
        dated("time: { date: { value: '2007', precision: year, basis: cited, source: web } }"),
      ),
      expected: [],
    },
    {
      name: 'a cited date with no source',
      yaml: withSources(dated("time: { date: { value: '2007', precision: year, basis: cited } }")),
      expected: [
        `${F}:13:88: a cited date needs the outside source it comes from (expected source: the id of a source with no text file, such as a public profile)`,
      ],
    },
    {
      name: 'a date and a place cited from a source with a text',
      yaml: withSources(
        dated(
          "place_basis: cited, place_source: src, time: { date: { value: '2007', precision: year, basis: cited, source: src } }",
        ),
      ),
      expected: [
        `${F}:13:60: source "src" has a text in data/sources/, so a place from it is stated (or derived, or inferred), not cited (expected place_basis: stated when its words give the place, or the id of an outside source)`,
        `${F}:13:141: source "src" has a text in data/sources/, so a date from it is stated (or derived, or inferred), not cited (expected basis: stated when its words give the date, or the id of an outside source)`,
      ],
    },
  ];
  it.each(cases)('citedFromOutsideSource: $name', ({ yaml, expected }) =>
    expect(check(citedFromOutsideSource, yaml)).toEqual(expected),
  );
});

describe('statedNeedsText', () => {
  const cases: RuleCase[] = [
    {
      name: 'a place from an outside source, its basis left out (cited by default)',
      yaml: withSources(dated('place_source: web, time: { date: unknown }')),
      expected: [],
    },
    {
      name: 'a date and a place marked stated from an outside source',
      yaml: withSources(
        dated(
          "place_basis: stated, place_source: web, time: { date: { value: '2007', precision: year, basis: stated, source: web } }",
        ),
      ),
      expected: [
        `${F}:13:40: this place is marked as stated, but its source "web" has no text here to state it; a place from an outside source is cited, and shown with its source (expected place_basis: cited, or no place_basis)`,
        `${F}:13:128: this date is marked as stated, but its source "web" has no text here to state it; a date from an outside source is cited, and shown with its source (expected basis: cited)`,
      ],
    },
  ];
  it.each(cases)('statedNeedsText: $name', ({ yaml, expected }) =>
    expect(check(statedNeedsText, yaml)).toEqual(expected),
  );
});

describe('outsideSourceLinked', () => {
  const cases: RuleCase[] = [
    {
      name: 'an outside source with a link',
      yaml: withSources(dated('time: { date: unknown }')),
      expected: [],
    },
    {
      name: 'an outside source a place is cited from, without one',
      yaml: story([HOME, dated('place_source: web, time: { date: unknown }')], {
        sources:
          'sources: [{ id: src, title: T, publisher: P, text: test.txt }, { id: web, title: W, publisher: P }]',
      }),
      expected: [
        `${F}:7:64: source "web" is cited for a date or place but has no text file and no link, so a reader cannot check it (expected url: the address of the page, profile or publisher’s page that gives it)`,
      ],
    },
  ];
  it.each(cases)('outsideSourceLinked: $name', ({ yaml, expected }) =>
    expect(check(outsideSourceLinked, yaml)).toEqual(expected),
  );
});
