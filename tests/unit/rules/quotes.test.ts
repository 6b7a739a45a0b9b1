import { describe, expect, it } from 'vitest';
import {
  excerptSourceHasText,
  excerptVerbatim,
  noSuicideMethod,
  translationsQuoted,
} from '../../../src/data/rules/quotes.ts';
import { check, story, type RuleCase } from './helpers.ts';

const F = 'data/stories/test.yaml';
const SOURCES =
  'sources: [{ id: src, title: T, publisher: P, text: test.txt }, { id: ko, title: K, publisher: P, text: ko.txt }, { id: web, title: W, publisher: P }]';
const home = (excerpts: string) =>
  `  - { id: home, heading: Home, place: hyesan, time: { date: unknown }, excerpts: ${excerpts} }`;
const withSources = (excerpts: string) => story([home(excerpts)], { sources: SOURCES });

describe('excerptSourceHasText', () => {
  const cases: RuleCase[] = [
    {
      name: 'the main source, with a text',
      yaml: withSources('[I was born in Hyesan.]'),
      expected: [],
    },
    {
      name: 'a source with no text file',
      yaml: withSources('[{ text: I was born in Hyesan., source: web }]'),
      expected: [
        `${F}:12:83: source "web" has no text file, so this excerpt cannot be checked against it (expected an excerpt from a source with text: a file in data/sources/)`,
      ],
    },
  ];
  it.each(cases)('excerptSourceHasText: $name', ({ yaml, expected }) =>
    expect(check(excerptSourceHasText, yaml)).toEqual(expected),
  );
});

describe('excerptVerbatim', () => {
  const cases: RuleCase[] = [
    { name: 'exact words', yaml: withSources('[I was born in Hyesan.]'), expected: [] },
    {
      name: 'typographic quotes and line breaks are not differences',
      yaml: withSources("['I was born\n      in Hyesan.']"),
      expected: [],
    },
    {
      name: 'a changed word',
      yaml: withSources('[I was born in Hyesan city.]'),
      expected: [
        `${F}:12:83: this excerpt differs from the source text after 20 characters: the excerpt has " city.…" where the source has ". We often went hungry and som…" (expected the words exactly as in data/sources/test.txt)`,
      ],
    },
    {
      name: 'words that are not in the source at all',
      yaml: withSources('[Nothing like this.]'),
      expected: [
        `${F}:12:83: this excerpt is not in the source text: its start, "Nothing like this.…", is not found (expected the words exactly as in data/sources/test.txt)`,
      ],
    },
  ];
  it.each(cases)('excerptVerbatim: $name', ({ yaml, expected }) =>
    expect(check(excerptVerbatim, yaml)).toEqual(expected),
  );
});

describe('noSuicideMethod', () => {
  const cases: RuleCase[] = [
    { name: 'an ordinary excerpt', yaml: withSources('[I was born in Hyesan.]'), expected: [] },
    {
      name: 'an excerpt that names a method',
      yaml: withSources('[She took poison.]'),
      expected: [
        `${F}:12:83: this excerpt names a method of suicide; reporting guidelines (WHO) say never to quote it (expected a different excerpt, without that detail)`,
      ],
    },
  ];
  it.each(cases)('noSuicideMethod: $name', ({ yaml, expected }) =>
    expect(check(noSuicideMethod, yaml)).toEqual(expected),
  );
});

describe('translationsQuoted', () => {
  const tr = (fields: string) =>
    withSources(`[{ text: I was born in Hyesan., translations: [${fields}] }]`);
  const cases: RuleCase[] = [
    {
      name: 'a published translation, verbatim',
      yaml: tr('{ lang: ko, text: 나는 혜산에서 태어났다., source: ko }'),
      expected: [],
    },
    {
      name: 'a translation citing the original',
      yaml: tr('{ lang: ko, text: 나는 혜산에서 태어났다., source: src }'),
      expected: [
        `${F}:12:162: this translation cites "src", the source of the original excerpt; a translation must quote a published translation, with its own source, and is never made by us or by a machine (expected the id of a source that is the published translation)`,
      ],
    },
    {
      name: 'two translations in one language, one not verbatim',
      yaml: tr(
        '{ lang: ko, text: 나는 혜산에서 태어났다., source: ko }, { lang: ko, text: 나는 서울에서 태어났다., source: ko }',
      ),
      expected: [
        `${F}:12:178: there are two "ko" translations of this excerpt (expected one translation per language)`,
        `${F}:12:188: this translation is not quoted exactly: it is not in the source text: its start, "서울에서 태어났다.…", is not found (expected the words exactly as in data/sources/ko.txt)`,
      ],
    },
  ];
  it.each(cases)('translationsQuoted: $name', ({ yaml, expected }) =>
    expect(check(translationsQuoted, yaml)).toEqual(expected),
  );
});
