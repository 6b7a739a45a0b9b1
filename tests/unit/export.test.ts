import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Place, Step, Story, Warning } from '../../src/data/types.ts';
import { escapeHtml, timelineDate, toTimeline } from '../../scripts/interop/export-timeline.ts';
import { step as fixtureStep, story as fixtureStory, year } from '../fixtures.ts';
import { build, ROOT, validateBuilt } from './interop-helpers.ts';

/** Places as the project's gazetteer has them, so that an imported copy finds them again. */
const HOERYONG: Place = {
  id: 'hoeryong',
  name: { en: 'Hoeryong', ko: '회령' },
  country: 'KP',
  kind: 'city',
  precision: 'city',
  point: [129.8, 42.4],
  uncertaintyKm: 10,
};
const TUMEN: Place = {
  id: 'tumen-river',
  name: { en: 'Tumen River', ko: '두만강' },
  country: 'CN KP',
  kind: 'river',
  precision: 'river',
  point: [129.5, 42.6],
  uncertaintyKm: 100,
};
const SEOUL: Place = {
  ...HOERYONG,
  id: 'seoul',
  name: { en: 'Seoul', ko: '서울' },
  country: 'KR',
  point: [127, 37.6],
};

const at = (index: number, id: string, place: Place, overrides: Partial<Step> = {}) => {
  const warnings: Warning[] = overrides.warnings ?? [];
  return fixtureStep(index, {
    id,
    place,
    anchor: place.point,
    excerpts: [{ text: `Words of the ${id} step.`, source: 'src', warnings, translations: [] }],
    ...overrides,
  });
};

/** Four steps: two dated (one an estimate, with a warning, at a river), two without a date. */
const ana = fixtureStory(
  'ana',
  [
    at(0, 'home', HOERYONG, { time: { date: year(1998, 'estimated') } }),
    at(1, 'alone', HOERYONG),
    at(2, 'crossing', TUMEN, {
      time: { date: year(2006, 'estimated') },
      warnings: ['starvation', 'death-of-parent'],
    }),
    at(3, 'seoul', SEOUL, { time: { date: year(2009) } }),
    at(4, 'after', SEOUL),
  ],
  {
    sources: [
      {
        id: 'src',
        title: 'A source',
        publisher: 'Liberty in North Korea (LiNK)',
        url: 'https://example.org/post',
      },
    ],
  },
);
/** No step with a date. */
const ben = fixtureStory('ben', [at(0, 'home', HOERYONG), at(1, 'seoul', SEOUL)]);

const step = (date: Step['time']['date']): Step => ({ ...ana.steps[0]!, time: { date } });

describe('timelineDate(step)', () => {
  it.each([
    {
      date: { value: '2013-06-12', precision: 'day', basis: 'stated' },
      expected: { start: { year: 2013, month: 6, day: 12 } },
    },
    {
      date: { value: '2013-06', precision: 'month', basis: 'stated' },
      expected: { start: { year: 2013, month: 6 } },
    },
    {
      date: { value: '2007', precision: 'year', basis: 'stated' },
      expected: { start: { year: 2007 } },
    },
    {
      date: { value: '2006', precision: 'year', basis: 'estimated' },
      expected: { start: { year: 2006 }, display: 'about 2006' },
    },
    {
      date: { value: '2006', precision: 'year', basis: 'derived' },
      expected: { start: { year: 2006 }, display: '2006 (worked out from the sources)' },
    },
    {
      date: { value: '1990s', precision: 'decade', basis: 'estimated' },
      expected: { start: { year: 1990 }, display: 'about the 1990s' },
    },
    {
      date: { value: '2006-winter', precision: 'season', basis: 'stated' },
      expected: { start: { year: 2006 }, display: 'winter 2006' },
    },
    // No year: nothing TimelineJS could place without inventing one.
    { date: { value: 'winter', precision: 'season', basis: 'stated' }, expected: undefined },
    { date: { precision: 'unknown', basis: 'estimated' }, expected: undefined },
  ] as { date: Step['time']['date']; expected: unknown }[])(
    'timelineDate($date.value, $date.basis) is $expected',
    ({ date, expected }) => {
      expect(timelineDate(step(date))).toEqual(expected);
    },
  );
});

describe('toTimeline(story)', () => {
  it('toTimeline(story) keeps only the dated steps, marks estimates, and lists the rest', () => {
    const { json, left } = toTimeline(ana);
    expect(
      json.events.map((e) => [e.unique_id, e.start_date.year, e.display_date ?? null]),
    ).toEqual([
      ['ana-home', 1998, 'about 1998'],
      ['ana-crossing', 2006, 'about 2006'],
      ['ana-seoul', 2009, null],
    ]);
    expect(left.map((s) => s.id)).toEqual(['alone', 'after']);
    expect(json.title.text.text).toContain('2 of the story’s 5 steps have no date');
  });

  it('toTimeline(story) carries content warnings and the credit to the source', () => {
    const { json } = toTimeline(ana);
    expect(json.events[1]?.text.text).toMatch(
      /^<p>Content warning: starvation, death of parent\.<\/p>/,
    );
    expect(json.title.text.text).toContain('Liberty in North Korea (LiNK)');
  });

  it('toTimeline(story) gives a river crossing a name but no point', () => {
    const { json } = toTimeline(ana);
    expect(json.events[1]?.location).toEqual({ name: 'Tumen River' });
    expect(json.events[0]?.location).toEqual({ name: 'Hoeryong', lat: 42.4, lon: 129.8 });
  });

  it('toTimeline(story) has no events when none of the steps has a date', () => {
    expect(toTimeline(ben).json.events).toEqual([]);
  });

  it('toTimeline(story) escapes text, which TimelineJS would read as HTML', () => {
    const s: Story = { ...ana, title: { en: 'A <b>title</b> & more' } };
    expect(toTimeline(s).json.title.text.headline).toBe('A &lt;b&gt;title&lt;/b&gt; &amp; more');
    expect(escapeHtml('"x"')).toBe('&quot;x&quot;');
  });
});

describe('round trip: export timeline → import timeline → validate', () => {
  it.each([ana])(
    '$id comes back as a valid story with its dates, places and warnings',
    (original) => {
      const id = original.id;
      const { json } = toTimeline(original);
      const built = build('timeline', JSON.stringify(json), {
        id: `${id}-again`,
        name: original.person.name,
        nameKind: original.person.nameKind,
        consent: 'published-by-source',
      });
      const result = validateBuilt(built, `${id}-again`);
      expect(result.messages).toEqual([]);
      const back = result.index.stories[0]!;
      const dated = original.steps.filter((s) => s.time.date.value);
      expect(
        back.steps.map((s) => [s.place?.id, s.time.date.value, s.time.date.basis, s.warnings]),
      ).toEqual(dated.map((s) => [s.place?.id, s.time.date.value, s.time.date.basis, s.warnings]));
      // Every original excerpt is quoted again, word for word.
      expect(back.steps.flatMap((s) => s.excerpts.map((e) => e.text))).toEqual(
        expect.arrayContaining(dated.flatMap((s) => s.excerpts.map((e) => e.text))),
      );
    },
  );

  it('the exported file is TimelineJS JSON: every event has a start year and text', () => {
    const { json } = toTimeline(ana);
    const text = JSON.stringify(json);
    const again = JSON.parse(text) as typeof json;
    for (const event of again.events) {
      expect(Number.isInteger(event.start_date.year)).toBe(true);
      expect(event.text.headline.length).toBeGreaterThan(0);
    }
  });
});

// The template CSV in docs/ is the one the guide documents.
describe('docs/story-template.csv', () => {
  it('has the columns the guide explains', () => {
    const header = readFileSync(join(ROOT, 'docs/story-template.csv'), 'utf8').split('\n')[0];
    expect(header).toBe(
      'heading,place,latitude,longitude,precision,country,place basis,said,date,date basis,travel,route basis,corridor,excerpt,context,warnings',
    );
  });
});
