import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { compileStory, gazetteerData, rules, storyData, withStep, KO_TEXT } from './fixtures.ts';

function gazetteerWith(places: Record<string, unknown>): string {
  return stringify({ places: { ...gazetteerData.places, ...places } });
}

describe('compile(input)', () => {
  it('compile(input) turns a valid story into the typed form the app trusts', () => {
    const result = compileStory(storyData());
    expect(result.messages).toEqual([]);
    const [story] = result.index.stories;
    expect(story?.id).toBe('test');
    expect(story?.steps.map((s) => s.place?.id ?? null)).toEqual(['hyesan', 'yalu-river', 'seoul']);
    expect(story?.steps[1]?.time.date).toMatchObject({
      value: '2006',
      precision: 'year',
      basis: 'stated',
    });
    expect(story?.steps[0]?.excerpts[0]).toEqual({
      text: 'I was born in Hyesan.',
      source: 'src',
      warnings: [],
      translations: [],
    });
    expect(story?.routeText).toMatch(/^From Hyesan/);
  });

  it('compile(input) reports a step that moves without a leg, with its line and column', () => {
    const result = compileStory(withStep(2, { leg: undefined }));
    expect(result.messages).toEqual([
      'data/stories/test.yaml:44:5: this step moves to "seoul" but has no leg saying how (expected leg: { mode: …, basis: … }; use mode: unknown if the text does not say)',
    ]);
    expect(result.index.stories).toEqual([]);
  });

  it('compile(input) suggests the place id an unknown one is closest to', () => {
    const result = compileStory(withStep(0, { place: 'hyesna' }));
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]?.message).toBe('unknown place "hyesna"; did you mean "hyesan"?');
  });

  it('compile(input) refuses a story whose id does not match its file name', () => {
    const result = compileStory(storyData({ id: 'other' }));
    expect(result.diagnostics[0]?.message).toBe(
      'the story id "other" does not match the file name',
    );
    expect(result.diagnostics[0]?.expected).toBe('id: test, or rename the file to other.yaml');
  });

  it('compile(input) refuses a story with no place at all', () => {
    const data = storyData();
    const steps = (data.steps as Record<string, unknown>[]).map((s) => ({
      ...s,
      place: 'not-stated',
      leg: undefined,
    }));
    const result = compileStory({ ...data, steps });
    expect(rules(result)).toEqual(['error:reference/place']);
    expect(result.diagnostics[0]?.message).toMatch(/no step says where it happens/);
  });

  it('compile(input) never throws, and keeps a bug in the checker to a one-line message', () => {
    for (const text of ['', '{', '- 1', 'id: [', 'steps: 5', '\u0000']) {
      const result = compileStory(text);
      expect(result.diagnostics.length).toBeGreaterThan(0);
      expect(rules(result).some((r) => r.endsWith(':internal'))).toBe(false);
    }
  });
});

describe('privacy rules (DOMAIN.md)', () => {
  const table: {
    rule: string;
    name: string;
    story?: Record<string, unknown>;
    gazetteer?: string;
    expected: string[];
    message: RegExp;
  }[] = [
    {
      rule: '1: nothing in North Korea or China finer than 0.1°',
      name: 'an exact place in North Korea',
      gazetteer: gazetteerWith({
        hyesan: {
          name: 'Hyesan',
          country: 'KP',
          kind: 'city',
          precision: 'exact',
          coords: [128.18, 41.4],
        },
      }),
      expected: ['error:privacy/precision'],
      message:
        /is in North Korea or China and is marked exact; nothing there may be shown finer than 0\.1°/,
    },
    {
      rule: '1: nothing in North Korea or China finer than 0.1°',
      name: 'coordinates in China with a country that says otherwise',
      gazetteer: gazetteerWith({
        hidden: {
          name: 'A town',
          country: 'KR',
          kind: 'city',
          precision: 'exact',
          coords: [129.51, 42.89],
        },
      }),
      expected: ['error:privacy/precision'],
      message: /has coordinates in China, but its country is KR/,
    },
    {
      rule: '1: no location finer than its stated precision',
      name: 'a city written to two decimals',
      gazetteer: gazetteerWith({
        seoul: {
          name: 'Seoul',
          country: 'KR',
          kind: 'city',
          precision: 'city',
          coords: [126.98, 37.57],
        },
      }),
      expected: ['error:privacy/precision'],
      message: /finer than its precision \(city places are shown at 0\.1°\)/,
    },
    {
      rule: 'border crossings are a river, not a point',
      name: 'a river crossing that ends at a town',
      story: withStep(1, { place: 'yanji' }),
      expected: ['error:privacy/border-point'],
      message: /a river crossing must end at a river, drawn as a band, not at the point "yanji"/,
    },
    {
      rule: 'border crossings are a river, not a point',
      name: 'a move from North Korea straight to China',
      story: (() => {
        const data = storyData();
        const steps = data.steps as Record<string, unknown>[];
        return {
          ...data,
          steps: [
            steps[0],
            { ...steps[2], place: 'yanji', excerpts: ['I lived in China for six months'] },
          ],
        };
      })(),
      expected: ['error:privacy/border-point'],
      message: /goes from Hyesan straight to Yanji, across the North Korea–China border/,
    },
    {
      rule: 'border crossings are a river, not a point',
      name: 'a river place with a point precision',
      gazetteer: gazetteerWith({
        'yalu-river': {
          name: 'Yalu',
          country: 'CN KP',
          kind: 'river',
          precision: 'city',
          river: 'yalu',
        },
      }),
      expected: ['error:privacy/river'],
      message: /a river must have precision river/,
    },
    {
      rule: '4: names are pseudonym, first-name, public or fictional',
      name: 'a full name of another kind',
      story: storyData({ person: { name: 'Kim Min', name_kind: 'real' } }),
      expected: ['error:privacy/name-kind'],
      message:
        /person\.name_kind is the text "real", which is not allowed here\. A name is shown only as it was published/,
    },
    {
      rule: '6: content warnings',
      name: 'an excerpt about starvation on a step without the warning',
      story: withStep(0, { excerpts: ['We often went hungry and some starved.'] }),
      expected: ['warning:privacy/warning-missing'],
      message: /mentions starvation but the step has no "starvation" content warning/,
    },
    {
      rule: '6: content warnings',
      name: 'a step warning the story does not list',
      story: { ...withStep(0, { warnings: ['imprisonment'] }) },
      expected: ['error:privacy/warning'],
      message: /the step has the warning "imprisonment" but the story's warnings do not list it/,
    },
    {
      rule: '3: a stated date needs a text that says it',
      name: 'a stated year that neither excerpt nor said gives',
      story: withStep(1, {
        time: { date: { value: '2007', precision: 'year', basis: 'stated' } },
      }),
      expected: ['error:privacy/stated-date'],
      message:
        /this date is marked as stated, but neither the step's excerpts nor its "said" text give "2007"/,
    },
    {
      rule: 'fiction is labelled',
      name: 'a fictional person in a story not marked fiction',
      story: storyData({ person: { name: 'Kiwan', name_kind: 'fictional' } }),
      expected: ['error:privacy/fiction'],
      message: /the person is marked fictional, but the story is not marked as fiction/,
    },
  ];

  it.each(table)('$rule: $name', ({ story, gazetteer, expected, message }) => {
    const result = compileStory(story ?? storyData(), gazetteer ? { gazetteer } : {});
    expect(rules(result)).toEqual(expected);
    expect(result.diagnostics[0]?.message).toMatch(message);
    // Every privacy message says what to do about it.
    expect(result.diagnostics[0]?.expected).toBeTruthy();
  });

  it('a stated date is accepted when the "said" text gives it', () => {
    const result = compileStory(
      withStep(1, {
        time: { said: 'in 2007', date: { value: '2007', precision: 'year', basis: 'stated' } },
      }),
    );
    expect(result.messages).toEqual([]);
  });

  it('an estimated date needs no text', () => {
    const result = compileStory(
      withStep(1, { time: { date: { value: '2007', precision: 'year', basis: 'estimated' } } }),
    );
    expect(result.messages).toEqual([]);
  });
});

describe('quotes and translations', () => {
  const withExcerpt = (excerpt: unknown, extraSources: unknown[] = []) => {
    const data = withStep(0, { excerpts: [excerpt] });
    return {
      ...data,
      sources: [...(data.sources as unknown[]), ...extraSources],
    };
  };
  const koSource = {
    id: 'ko-src',
    title: 'Korean edition',
    publisher: 'Publisher',
    text: 'ko.txt',
  };
  const koNoText = { id: 'ko-book', title: 'Korean book', publisher: 'Publisher' };

  it('an excerpt that changes a word is reported with where it goes wrong', () => {
    const result = compileStory(withExcerpt('I was born in Hyesan city.'));
    expect(rules(result)).toEqual(['error:quote/verbatim']);
    expect(result.diagnostics[0]?.message).toBe(
      'this excerpt differs from the source text after 20 characters: the excerpt has " city.…" where the source has ". We often went hungry and som…"',
    );
  });

  it('a translation quoted from its own source is accepted', () => {
    const result = compileStory(
      withExcerpt(
        {
          text: 'I was born in Hyesan.',
          translations: [{ lang: 'ko', text: KO_TEXT, source: 'ko-src' }],
        },
        [koSource],
      ),
    );
    expect(result.messages).toEqual([]);
    expect(result.index.stories[0]?.steps[0]?.excerpts[0]?.translations).toEqual([
      { lang: 'ko', text: KO_TEXT, source: 'ko-src' },
    ]);
  });

  it('a translation that cites the original source is refused', () => {
    const result = compileStory(
      withExcerpt({
        text: 'I was born in Hyesan.',
        translations: [{ lang: 'ko', text: KO_TEXT, source: 'src' }],
      }),
    );
    expect(rules(result)).toEqual(['error:quote/translation']);
    expect(result.diagnostics[0]?.message).toMatch(/never made by us or by a machine/);
  });

  it('a translation not verbatim in its source text is refused', () => {
    const result = compileStory(
      withExcerpt(
        {
          text: 'I was born in Hyesan.',
          translations: [{ lang: 'ko', text: '나는 서울에서 태어났다.', source: 'ko-src' }],
        },
        [koSource],
      ),
    );
    expect(rules(result)).toEqual(['error:quote/verbatim']);
    expect(result.diagnostics[0]?.message).toMatch(/^this translation is not quoted exactly/);
  });

  it('a translation whose source has no text file is accepted as cited', () => {
    const result = compileStory(
      withExcerpt(
        {
          text: 'I was born in Hyesan.',
          translations: [{ lang: 'ko', text: '아무 말', source: 'ko-book' }],
        },
        [koNoText],
      ),
    );
    expect(result.messages).toEqual([]);
  });

  it('a translation citing an unknown source, or two in one language, is refused', () => {
    const result = compileStory(
      withExcerpt(
        {
          text: 'I was born in Hyesan.',
          translations: [
            { lang: 'ko', text: KO_TEXT, source: 'ko-src' },
            { lang: 'ko', text: KO_TEXT, source: 'ko-scr' },
          ],
        },
        [koSource],
      ),
    );
    expect(rules(result)).toEqual(['error:quote/translation', 'error:reference/source']);
    expect(result.diagnostics[1]?.message).toBe('unknown source "ko-scr"; did you mean "ko-src"?');
  });

  it('text with HTML markup is refused in any text field', () => {
    const result = compileStory(storyData({ title: 'A <b>bold</b> title' }));
    expect(rules(result)).toEqual(['error:schema']);
    expect(result.messages[0]).toMatch(
      /^data\/stories\/test\.yaml:2:1: title contains HTML markup, "<b>"; story text is plain text/,
    );
  });
});
