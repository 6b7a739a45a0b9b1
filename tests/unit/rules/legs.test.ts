import { describe, expect, it } from 'vitest';
import { legStartKnown, typicalLegCorridor } from '../../../src/data/rules/legs.ts';
import { check, HOME, CROSSING, story, type RuleCase } from './helpers.ts';

const F = 'data/stories/test.yaml';
const to = (leg: string) =>
  `  - { id: s, heading: S, place: seoul, time: { date: unknown }, leg: { ${leg} }, excerpts: [I lived in China for six months before I reached Seoul.] }`;

describe('typicalLegCorridor', () => {
  const cases: RuleCase[] = [
    {
      name: 'a typical leg along a corridor',
      yaml: story([HOME, CROSSING, to('mode: unknown, basis: typical, corridor: southeast-asia')]),
      expected: [],
    },
    {
      name: 'a typical leg with no corridor',
      yaml: story([HOME, CROSSING, to('mode: unknown, basis: typical')]),
      expected: [
        `${F}:14:65: a typical leg needs the corridor it follows (expected corridor: one of southeast-asia)`,
      ],
    },
    {
      name: 'a stated leg along a corridor',
      yaml: story([HOME, CROSSING, to('mode: unknown, basis: stated, corridor: southeast-asia')]),
      expected: [
        `${F}:14:102: a corridor is a generic route and can only be used by a leg whose basis is typical; it must never be shown as a stated route (expected basis: typical)`,
      ],
    },
    {
      name: 'an unknown corridor',
      yaml: story([HOME, CROSSING, to('mode: unknown, basis: typical, corridor: south-east-asia')]),
      expected: [
        `${F}:14:103: unknown corridor "south-east-asia"; did you mean "southeast-asia"? (expected a corridor id from data/gazetteer.yaml)`,
      ],
    },
  ];
  it.each(cases)('typicalLegCorridor: $name', ({ yaml, expected }) =>
    expect(check(typicalLegCorridor, yaml)).toEqual(expected),
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
