import { describe, expect, it } from 'vitest';
import { legStartKnown } from '../../../src/data/rules/legs.ts';
import { hiddenPlaceCoarse } from '../../../src/data/rules/places.ts';
import { check, HOME, CROSSING, story, type RuleCase } from './helpers.ts';

const F = 'data/stories/test.yaml';
const to = (leg: string) =>
  `  - { id: s, heading: S, place: seoul, time: { date: unknown }, leg: { ${leg} }, excerpts: [I lived in China for six months before I reached Seoul.] }`;

describe('hiddenPlaceCoarse', () => {
  const hidden = (place: string) =>
    `  - { id: s, heading: S, place: ${place}, hidden: true, time: { date: unknown }, leg: { mode: unknown, basis: not-stated }, excerpts: [I lived in China for six months before I reached Seoul.] }`;
  const cases: RuleCase[] = [
    {
      name: 'hidden at country level',
      yaml: story([HOME, CROSSING, hidden('china')]),
      expected: [],
    },
    {
      name: 'hidden at a city',
      yaml: story([HOME, CROSSING, hidden('yanji')]),
      expected: [
        `${F}:14:26: this step is a place of hiding, but "yanji" is finer than a country; where someone hid is never shown more closely than the country (expected the country, such as china, or not-stated)`,
      ],
    },
  ];
  it.each(cases)('hiddenPlaceCoarse: $name', ({ yaml, expected }) =>
    expect(check(hiddenPlaceCoarse, yaml)).toEqual(expected),
  );
});

describe('legStartKnown', () => {
  const cases: RuleCase[] = [
    {
      name: 'a leg from a known place',
      yaml: story([HOME, CROSSING, to('mode: air, basis: stated, from: yanji')]),
      expected: [],
    },
    {
      name: 'a leg from an unknown place',
      yaml: story([HOME, CROSSING, to('mode: air, basis: stated, from: yanjii')]),
      expected: [
        `${F}:14:98: unknown place "yanjii"; did you mean "yanji"? (expected a place id from data/gazetteer.yaml)`,
      ],
    },
  ];
  it.each(cases)('legStartKnown: $name', ({ yaml, expected }) =>
    expect(check(legStartKnown, yaml)).toEqual(expected),
  );
});
