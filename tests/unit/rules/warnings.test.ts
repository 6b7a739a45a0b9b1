import { describe, expect, it } from 'vitest';
import {
  excerptCuesWarned,
  excerptWarningsInStep,
  stepWarningsInStory,
} from '../../../src/data/rules/warnings.ts';
import { check, HOME, story, type RuleCase } from './helpers.ts';

const F = 'data/stories/test.yaml';
/** A step at Hyesan quoting the fixture text's "We often went hungry and some starved." */
const hungry = (fields: string) =>
  `  - { id: hunger, heading: Hunger, place: hyesan, time: { date: unknown }, ${fields} }`;

describe('stepWarningsInStory', () => {
  const cases: RuleCase[] = [
    {
      name: 'a step warning the story lists',
      yaml: story([HOME, hungry('excerpts: [x], warnings: [starvation]')]),
      expected: [],
    },
    {
      name: 'a step warning the story does not list',
      yaml: story([HOME, hungry('excerpts: [x], warnings: [imprisonment]')]),
      expected: [
        `${F}:13:91: the step has the warning "imprisonment" but the story's warnings do not list it (expected "imprisonment" in the story's warnings at the top of the file)`,
      ],
    },
  ];
  it.each(cases)('stepWarningsInStory: $name', ({ yaml, expected }) =>
    expect(check(stepWarningsInStory, yaml)).toEqual(expected),
  );
});

describe('excerptWarningsInStep', () => {
  const cases: RuleCase[] = [
    {
      name: 'an excerpt warning its step has',
      yaml: story([
        HOME,
        hungry(
          'excerpts: [{ text: some starved, warnings: [starvation] }], warnings: [starvation]',
        ),
      ]),
      expected: [],
    },
    {
      name: 'an excerpt warning its step lacks',
      yaml: story([HOME, hungry('excerpts: [{ text: some starved, warnings: [starvation] }]')]),
      expected: [
        `${F}:13:109: the excerpt has the warning "starvation" but its step does not list it, so the step would not be gated (expected "starvation" in the step's warnings)`,
      ],
    },
  ];
  it.each(cases)('excerptWarningsInStep: $name', ({ yaml, expected }) =>
    expect(check(excerptWarningsInStep, yaml)).toEqual(expected),
  );
});

describe('excerptCuesWarned', () => {
  const cases: RuleCase[] = [
    { name: 'an excerpt with no cue', yaml: story([HOME]), expected: [] },
    {
      name: 'a cue on a warned step',
      yaml: story([HOME, hungry('excerpts: [some starved], warnings: [starvation]')]),
      expected: [],
    },
    {
      name: 'a cue on a step with no warning',
      yaml: story([HOME, hungry('excerpts: [some starved]')]),
      expected: [
        `${F}:13:87: warning: this excerpt mentions starvation but the step has no "starvation" content warning; flagged text stays collapsed until the reader chooses to see it (DOMAIN rule 6) (expected warnings: [starvation] on the step and in the story's warnings, unless the words mean something else here)`,
      ],
    },
    {
      name: 'two cues in one excerpt',
      yaml: story([HOME, hungry("excerpts: ['he was sold, then his father died']")]),
      expected: [
        `${F}:13:87: warning: this excerpt mentions death of parent but the step has no "death-of-parent" content warning; flagged text stays collapsed until the reader chooses to see it (DOMAIN rule 6) (expected warnings: [death-of-parent] on the step and in the story's warnings, unless the words mean something else here)`,
        `${F}:13:87: warning: this excerpt mentions human trafficking but the step has no "human-trafficking" content warning; flagged text stays collapsed until the reader chooses to see it (DOMAIN rule 6) (expected warnings: [human-trafficking] on the step and in the story's warnings, unless the words mean something else here)`,
      ],
    },
  ];
  it.each(cases)('excerptCuesWarned: $name', ({ yaml, expected }) =>
    expect(check(excerptCuesWarned, yaml)).toEqual(expected),
  );
});
