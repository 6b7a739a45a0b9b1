import { describe, expect, it } from 'vitest';
import { neutralTextFirst, shortNameFromName } from '../../../src/data/rules/text.ts';
import { check, HOME, story, type RuleCase } from './helpers.ts';

const F = 'data/stories/test.yaml';
const step = (heading: string, warnings = '') =>
  `  - { id: b, heading: ${heading}, place: hyesan, time: { date: unknown }, excerpts: [x]${warnings} }`;

describe('neutralTextFirst', () => {
  const cases: RuleCase[] = [
    { name: 'plain words everywhere', yaml: story(), expected: [] },
    {
      name: 'a heading that gives the warned subject away',
      yaml: story([HOME, step("'Sold a second time'", ', warnings: [starvation]')]),
      expected: [
        `${F}:13:14: this heading mentions human trafficking ("Sold"), and a heading is shown before the content warning (DOMAIN rule 6) (expected heading: { neutral: …, full: … }, with a neutral form shown by default and the full one kept behind the warning)`,
      ],
    },
    {
      name: 'a neutral and a full heading behind the right warning',
      yaml: story([
        HOME,
        step("{ neutral: Later, full: 'His father’s death' }", ', warnings: [death-of-parent]'),
      ]),
      expected: [],
    },
    {
      name: 'a neutral form that is not neutral, and a full one behind the wrong warning',
      yaml: story([
        HOME,
        step("{ neutral: 'Some starved', full: 'His father died' }", ', warnings: [starvation]'),
      ]),
      expected: [
        `${F}:13:25: the neutral form of this heading still mentions starvation ("starved") (expected words that do not touch the warned subject, such as a place or a time)`,
        `${F}:13:50: the full heading mentions death of parent ("father died"), but the step has no "death-of-parent" warning to keep it back (expected warnings: [death-of-parent] on the step)`,
      ],
    },
    {
      name: 'a full heading on a step with no warning',
      yaml: story([HOME, step('{ neutral: Later, full: Much later }')]),
      expected: [
        `${F}:13:41: this heading has a full form, but the step has no content warning, so nothing keeps it back (expected warnings on the step, or a single heading)`,
      ],
    },
    {
      name: 'a summary and a title that give it away',
      yaml: story(undefined, {
        title: "title: 'An orphan’s story'",
        summary: 'summary: After his father died of starvation he left.',
      }),
      expected: [
        `${F}:2:1: this title mentions child abandonment ("orphan"), and a title is shown before the content warning (DOMAIN rule 6) (expected title: { neutral: …, full: … }, with a neutral form shown by default and the full one kept behind the warning)`,
        `${F}:5:1: this summary mentions starvation ("starvation") and death of parent ("father died"), and a summary is shown before the content warning (DOMAIN rule 6) (expected summary: { neutral: …, full: … }, with a neutral form shown by default and the full one kept behind the warning)`,
      ],
    },
  ];
  it.each(cases)('neutralTextFirst: $name', ({ yaml, expected }) =>
    expect(check(neutralTextFirst, yaml)).toEqual(expected),
  );
});

describe('shortNameFromName', () => {
  const cases: RuleCase[] = [
    { name: 'no short name', yaml: story(), expected: [] },
    {
      name: 'a word of the name',
      yaml: story(undefined, {
        person: 'person: { name: Joseph (Kim Kwang Jin), short_name: Joseph, name_kind: public }',
      }),
      expected: [],
    },
    {
      name: 'a name the published one does not have',
      yaml: story(undefined, {
        person: 'person: { name: Min, short_name: Min Kim, name_kind: pseudonym }',
      }),
      expected: [
        `${F}:3:22: the short name "Min Kim" has "Kim", which the published name "Min" does not (DOMAIN rule 4) (expected words of the name as published, such as its first word, or no short_name)`,
      ],
    },
  ];
  it.each(cases)('shortNameFromName: $name', ({ yaml, expected }) =>
    expect(check(shortNameFromName, yaml)).toEqual(expected),
  );
});
