import { describe, expect, it } from 'vitest';
import {
  borderCrossedAtRiver,
  firstStepHasNoLeg,
  moveHasLeg,
  placeKnown,
  stepIdsUnique,
} from '../../../src/data/rules/places.ts';
import { check, CROSSING, HOME, SEOUL, story, type RuleCase } from './helpers.ts';

const F = 'data/stories/test.yaml';
const step = (fields: string) =>
  `  - { ${fields}, time: { date: unknown }, excerpts: [I was born in Hyesan.] }`;

describe('stepIdsUnique', () => {
  const cases: RuleCase[] = [
    { name: 'three ids', yaml: story(), expected: [] },
    {
      name: 'one id twice',
      yaml: story([HOME, step('id: home, heading: Again, place: hyesan')]),
      expected: [
        `${F}:13:7: step id "home" is used twice in this story (expected a different id for each step)`,
      ],
    },
  ];
  it.each(cases)('stepIdsUnique: $name', ({ yaml, expected }) =>
    expect(check(stepIdsUnique, yaml)).toEqual(expected),
  );
});

describe('placeKnown', () => {
  const cases: RuleCase[] = [
    { name: 'gazetteer places', yaml: story(), expected: [] },
    {
      name: 'not-stated',
      yaml: story([HOME, step('id: b, heading: B, place: not-stated')]),
      expected: [],
    },
    {
      name: 'a misspelt place',
      yaml: story([step('id: a, heading: A, place: hyesna')]),
      expected: [
        `${F}:12:26: unknown place "hyesna"; did you mean "hyesan"? (expected a place id from data/gazetteer.yaml, or not-stated)`,
      ],
    },
  ];
  it.each(cases)('placeKnown: $name', ({ yaml, expected }) =>
    expect(check(placeKnown, yaml)).toEqual(expected),
  );
});

describe('borderCrossedAtRiver', () => {
  const cases: RuleCase[] = [
    { name: 'a crossing at the river', yaml: story(), expected: [] },
    {
      name: 'North Korea straight to China',
      yaml: story([
        HOME,
        step('id: b, heading: B, place: yanji, leg: { mode: foot, basis: stated }'),
      ]),
      expected: [
        `${F}:13:26: this step goes from Hyesan straight to Yanji, across the North Korea–China border; a border crossing is shown as the river, never as a point or a line between towns (DOMAIN: border crossings) (expected a step before this one at the river: place: yalu-river, tumen-river, or nk-china-border when the text does not name the river)`,
      ],
    },
    {
      name: 'across a not-stated step, the last place stated still counts',
      yaml: story([
        HOME,
        step('id: b, heading: B, place: not-stated'),
        step('id: c, heading: C, place: yanji, leg: { mode: foot, basis: stated }'),
      ]),
      expected: [
        expect.stringMatching(
          /^data\/stories\/test.yaml:14:26: this step goes from Hyesan straight to Yanji/,
        ) as unknown as string,
      ],
    },
    {
      name: 'a river crossing that ends at a town',
      yaml: story([
        HOME,
        step('id: b, heading: B, place: yanji, leg: { mode: river, basis: stated }'),
      ]),
      expected: [
        `${F}:13:47: a river crossing must end at a river, drawn as a band, not at the point "yanji" (DOMAIN: border crossings) (expected place: yalu-river, tumen-river or nk-china-border)`,
      ],
    },
  ];
  it.each(cases)('borderCrossedAtRiver: $name', ({ yaml, expected }) =>
    expect(check(borderCrossedAtRiver, yaml)).toEqual(expected),
  );
});

describe('firstStepHasNoLeg', () => {
  const cases: RuleCase[] = [
    { name: 'no leg on the first step', yaml: story(), expected: [] },
    {
      name: 'a leg on the first step',
      yaml: story([step('id: a, heading: A, place: hyesan, leg: { mode: foot, basis: stated }')]),
      expected: [
        `${F}:12:41: warning: the first step has a leg, but nothing leads to it (expected no leg on the first step)`,
      ],
    },
  ];
  it.each(cases)('firstStepHasNoLeg: $name', ({ yaml, expected }) =>
    expect(check(firstStepHasNoLeg, yaml)).toEqual(expected),
  );
});

describe('moveHasLeg', () => {
  const cases: RuleCase[] = [
    { name: 'every move has a leg', yaml: story(), expected: [] },
    {
      name: 'staying in one place needs no leg',
      yaml: story([
        HOME,
        step('id: b, heading: B, place: hyesan'),
        step('id: c, heading: C, place: not-stated'),
      ]),
      expected: [],
    },
    {
      name: 'a move without a leg',
      yaml: story([HOME, CROSSING, step('id: c, heading: C, place: seoul')]),
      expected: [
        `${F}:14:26: this step moves to "seoul" but has no leg saying how (expected leg: { mode: …, basis: … }; use mode: unknown if the text does not say)`,
      ],
    },
  ];
  it.each(cases)('moveHasLeg: $name', ({ yaml, expected }) =>
    expect(check(moveHasLeg, yaml)).toEqual(expected),
  );
  it('moveHasLeg: SEOUL after HOME has its leg', () =>
    expect(check(moveHasLeg, story([HOME, SEOUL]))).toEqual([]));
});
