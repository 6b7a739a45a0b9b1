import { describe, expect, it } from 'vitest';
import { gazetteerSchema, storySchema } from '../../src/data/schema.ts';
import { gazetteerData, storyData, withStep } from './fixtures.ts';

const issues = (data: unknown) => {
  const result = storySchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`);
};

describe('storySchema.safeParse(story)', () => {
  it('storySchema accepts a valid story, with plain and translated text', () => {
    expect(issues(storyData())).toEqual([]);
    expect(issues(storyData({ title: { en: 'Title', ko: '제목' } }))).toEqual([]);
  });

  it('storySchema trims text and keeps a plain string as English', () => {
    const result = storySchema.parse(storyData({ title: '  Spaced  ' }));
    expect(result.title).toBe('Spaced');
  });

  it.each([
    {
      name: 'a missing title',
      data: storyData({ title: undefined }),
      expected: ['title: invalid_union'],
    },
    {
      name: 'an empty summary',
      data: storyData({ summary: '   ' }),
      expected: ['summary: too_small'],
    },
    {
      name: 'fiction as text',
      data: storyData({ fiction: 'no' }),
      expected: ['fiction: invalid_type'],
    },
    {
      name: 'an unknown name kind',
      data: storyData({ person: { name: 'Min', name_kind: 'real' } }),
      expected: ['person.name_kind: invalid_value'],
    },
    {
      name: 'an unknown field',
      data: storyData({ hometown: 'x' }),
      expected: [': unrecognized_keys'],
    },
    {
      name: 'an id with capitals',
      data: storyData({ id: 'Bella' }),
      expected: ['id: invalid_format'],
    },
    {
      name: 'a colour by name',
      data: storyData({ color: 'red' }),
      expected: ['color: invalid_format'],
    },
    { name: 'no steps', data: storyData({ steps: [] }), expected: ['steps: too_small'] },
    { name: 'no sources', data: storyData({ sources: [] }), expected: ['sources: too_small'] },
    {
      name: 'an unknown warning',
      data: storyData({ warnings: ['violence'] }),
      expected: ['warnings.0: invalid_value'],
    },
    {
      name: 'a step with no excerpt',
      data: withStep(0, { excerpts: [] }),
      expected: ['steps.0.excerpts: too_small'],
    },
    {
      name: 'an unknown leg basis',
      data: withStep(1, { leg: { mode: 'river', basis: 'guessed' } }),
      expected: ['steps.1.leg.basis: invalid_value'],
    },
    {
      name: 'a translation without a source',
      data: withStep(0, { excerpts: [{ text: 'x', translations: [{ lang: 'ko', text: 'y' }] }] }),
      expected: ['steps.0.excerpts.0: invalid_union'],
    },
    {
      name: 'a correction with a date not written YYYY-MM-DD',
      data: storyData({ corrections: [{ date: '23/11/2026', note: 'x' }] }),
      expected: ['corrections.0.date: invalid_format'],
    },
    {
      name: 'a link that is not http',
      data: storyData({
        sources: [{ id: 's', title: 't', publisher: 'p', url: 'javascript:alert(1)' }],
      }),
      expected: ['sources.0.url: invalid_format'],
    },
    {
      name: 'HTML in a heading',
      data: withStep(0, { heading: '<img src=x onerror=alert(1)>' }),
      expected: ['steps.0.heading: custom'],
    },
    {
      name: 'an HTML entity in the summary',
      data: storyData({ summary: 'Fish &amp; chips' }),
      expected: ['summary: custom'],
    },
    {
      name: 'a title of 161 characters',
      data: storyData({ title: 'x'.repeat(161) }),
      expected: ['title: too_big'],
    },
  ])('storySchema refuses $name', ({ data, expected }) => {
    expect(issues(data)).toEqual(expected);
  });

  it('storySchema accepts text that merely mentions < and &', () => {
    expect(
      issues(storyData({ summary: 'Fewer than 10,000 won < 2 packs & a bus ticket.' })),
    ).toEqual([]);
  });
});

describe('gazetteerSchema.safeParse(gazetteer)', () => {
  const places = (place: Record<string, unknown>) => {
    const result = gazetteerSchema.safeParse({ places: { x: place } });
    return result.success
      ? []
      : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  const city = { name: 'X', country: 'KR', kind: 'city', precision: 'city', coords: [127.0, 37.6] };

  it('gazetteerSchema accepts the test gazetteer', () => {
    expect(gazetteerSchema.safeParse(gazetteerData).success).toBe(true);
  });

  it.each([
    {
      name: 'a latitude of 91',
      place: { ...city, coords: [127, 91] },
      expected: ['places.x.coords.1: latitude must be between -90 and 90'],
    },
    {
      name: 'a longitude of -181',
      place: { ...city, coords: [-181, 0] },
      expected: ['places.x.coords.0: longitude must be between -180 and 180'],
    },
    {
      name: 'a country name',
      place: { ...city, country: 'Korea' },
      expected: [
        'places.x.country: a country is a two-letter ISO code such as KP, or two for a border river',
      ],
    },
    {
      name: 'a home as a kind of place',
      place: { ...city, kind: 'home' },
      expected: [
        'places.x.kind: Invalid option: expected one of "city"|"province"|"state"|"country"|"river"|"institution"|"region"',
      ],
    },
  ])('gazetteerSchema refuses $name', ({ place, expected }) => {
    expect(places(place)).toEqual(expected);
  });

  it('gazetteerSchema refuses NaN and infinite coordinates', () => {
    expect(places({ ...city, coords: [Number.NaN, 0] })).toHaveLength(1);
    expect(places({ ...city, coords: [0, Number.POSITIVE_INFINITY] })).toHaveLength(1);
  });
});
