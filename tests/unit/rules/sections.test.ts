import { describe, expect, it } from 'vitest';
import { excerptInSection, sectionFound } from '../../../src/data/rules/sections.ts';
import { check, story, type RuleCase } from './helpers.ts';

const F = 'data/stories/test.yaml';
/** One file, two people's stories. */
const TEXTS = {
  'post.txt': 'Two stories\nAna\nAna crossed the river.\nBen\nBen reached Seoul.\n',
};
const source = (section: string) =>
  `sources: [{ id: src, title: T, publisher: P, text: post.txt, section: ${section} }]`;
const quoting = (excerpt: string, section: string) =>
  story(
    [`  - { id: a, heading: A, place: hyesan, time: { date: unknown }, excerpts: ['${excerpt}'] }`],
    { sources: source(section) },
  );

describe('sectionFound', () => {
  const cases: RuleCase[] = [
    {
      name: 'a heading and the next one',
      yaml: quoting('Ana crossed', '{ heading: Ana, until: Ben }'),
      expected: [],
      texts: TEXTS,
    },
    {
      name: 'a line range',
      yaml: quoting('Ana crossed', '{ lines: [2, 3] }'),
      expected: [],
      texts: TEXTS,
    },
    {
      name: 'a heading that is not a line of the file',
      yaml: quoting('Ana crossed', '{ heading: Anna }'),
      expected: [
        `${F}:7:73: no line of post.txt reads "Anna" (expected a whole line of the text, exactly, where the section begins)`,
      ],
      texts: TEXTS,
    },
    {
      name: 'an until that does not follow the heading',
      yaml: quoting('Ben reached', '{ heading: Ben, until: Ana }'),
      expected: [
        `${F}:7:87: no line after the section's heading in post.txt reads "Ana" (expected a whole line of the text after the heading: the first line of the next section)`,
      ],
      texts: TEXTS,
    },
    {
      name: 'lines beyond the end',
      yaml: quoting('Ana crossed', '{ lines: [2, 30] }'),
      expected: [
        `${F}:7:73: the section's lines 2–30 are not lines of post.txt, which has 6 (expected [first, last] with first ≤ last ≤ 6)`,
      ],
      texts: TEXTS,
    },
  ];
  it.each(cases)('sectionFound: $name', ({ yaml, expected, texts }) =>
    expect(check(sectionFound, yaml, { texts })).toEqual(expected),
  );
});

describe('excerptInSection', () => {
  const cases: RuleCase[] = [
    {
      name: 'an excerpt from its own section',
      yaml: quoting('Ana crossed the river.', '{ heading: Ana, until: Ben }'),
      expected: [],
      texts: TEXTS,
    },
    {
      name: 'an excerpt from someone else’s section',
      yaml: quoting('Ben reached Seoul.', '{ heading: Ana, until: Ben }'),
      expected: [
        `${F}:12:77: this excerpt is in data/sources/post.txt but outside lines 2–3, the section source "src" covers; it may be about someone else (expected an excerpt from lines 2–3, or a source whose section holds it)`,
      ],
      texts: TEXTS,
    },
    {
      name: 'an excerpt in no part of the file (excerpt-verbatim says so)',
      yaml: quoting('Cal flew.', '{ heading: Ana }'),
      expected: [],
      texts: TEXTS,
    },
  ];
  it.each(cases)('excerptInSection: $name', ({ yaml, expected, texts }) =>
    expect(check(excerptInSection, yaml, { texts })).toEqual(expected),
  );
});
