import { describe, expect, it } from 'vitest';
import {
  fictionFlagsAgree,
  somePlaceStated,
  storyIdMatchesFile,
} from '../../../src/data/rules/story.ts';
import { check, story, type RuleCase } from './helpers.ts';

const F = 'data/stories/test.yaml';

describe('storyIdMatchesFile', () => {
  const cases: RuleCase[] = [
    { name: 'an id that is the file name', yaml: story(), expected: [] },
    {
      name: 'an id that is not',
      yaml: story(undefined, { id: 'id: other' }),
      expected: [
        `${F}:1:1: the story id "other" does not match the file name (expected id: test, or rename the file to other.yaml)`,
      ],
    },
  ];
  it.each(cases)('storyIdMatchesFile: $name', ({ yaml, expected }) =>
    expect(check(storyIdMatchesFile, yaml)).toEqual(expected),
  );
});

describe('fictionFlagsAgree', () => {
  const cases: RuleCase[] = [
    { name: 'a true story', yaml: story(), expected: [] },
    {
      name: 'fiction with a fictional person and consent status fiction',
      yaml: story(undefined, {
        fiction: 'fiction: true',
        person: 'person: { name: Min, name_kind: fictional }',
        consent: 'consent: { status: fiction, note: A character., removal_contact: us }',
      }),
      expected: [],
    },
    {
      name: 'fiction with a real person and ordinary consent',
      yaml: story(undefined, { fiction: 'fiction: true' }),
      expected: [
        `${F}:4:1: this story is marked as fiction, but its person is not marked fictional (expected fiction: true together with name_kind: fictional, or neither)`,
        `${F}:8:12: consent status "fiction" is for fiction, and fiction needs it (expected status: fiction)`,
      ],
    },
    {
      name: 'a fictional person in a story not marked as fiction',
      yaml: story(undefined, { person: 'person: { name: Min, name_kind: fictional }' }),
      expected: [
        `${F}:4:1: the person is marked fictional, but the story is not marked as fiction (expected fiction: true together with name_kind: fictional, or neither)`,
      ],
    },
  ];
  it.each(cases)('fictionFlagsAgree: $name', ({ yaml, expected }) =>
    expect(check(fictionFlagsAgree, yaml)).toEqual(expected),
  );
});

describe('somePlaceStated', () => {
  const nowhere =
    '  - { id: a, heading: A, place: not-stated, time: { date: unknown }, excerpts: [I was born in Hyesan.] }';
  const cases: RuleCase[] = [
    { name: 'a story with places', yaml: story(), expected: [] },
    {
      name: 'a story where no step says where',
      yaml: story([nowhere]),
      expected: [
        `${F}:11:1: no step says where it happens, so there is no journey to draw (expected a place on at least one step; a country such as north-korea is enough when the text says no more)`,
      ],
    },
  ];
  it.each(cases)('somePlaceStated: $name', ({ yaml, expected }) =>
    expect(check(somePlaceStated, yaml)).toEqual(expected),
  );
});
