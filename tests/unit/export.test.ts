import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAndCompile } from '../../src/data/load.ts';
import type { Step, Story } from '../../src/data/types.ts';
import { escapeHtml, timelineDate, toTimeline } from '../../scripts/interop/export-timeline.ts';
import { build, ROOT, validateBuilt } from './interop-helpers.ts';

const stories = loadAndCompile({ root: ROOT }).index.stories;
const story = (id: string) => stories.find((s) => s.id === id)!;

const step = (date: Step['time']['date']): Step => ({
  ...story('joseph').steps[0]!,
  time: { date },
});

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
  it('toTimeline(joseph) keeps only the dated steps, marks estimates, and lists the rest', () => {
    const { json, left } = toTimeline(story('joseph'));
    expect(
      json.events.map((e) => [e.unique_id, e.start_date.year, e.display_date ?? null]),
    ).toEqual([
      ['joseph-name', 1990, 'about the 1990s'],
      ['joseph-father', 2002, 'about 2002'],
      ['joseph-crossing', 2006, 'about 2006'],
      ['joseph-virginia', 2007, '2007 (from an outside source)'],
    ]);
    expect(left.map((s) => s.id)).toEqual(['alone', 'yanji', 'halmoni', 'shenyang', 'harvard']);
    expect(json.title.text.text).toContain('5 of the story’s 9 steps have no date');
  });

  it('toTimeline(joseph) carries content warnings and the credit to the source', () => {
    const { json } = toTimeline(story('joseph'));
    expect(json.events[1]?.text.text).toMatch(
      /^<p>Content warning: starvation, death of parent\.<\/p>/,
    );
    expect(json.title.text.text).toContain('Liberty in North Korea (LiNK)');
  });

  it('toTimeline(joseph) gives a river crossing a name but no point', () => {
    const { json } = toTimeline(story('joseph'));
    expect(json.events[2]?.location).toEqual({ name: 'Tumen River' });
    expect(json.events[0]?.location).toEqual({ name: 'Hoeryong', lat: 42.4, lon: 129.8 });
  });

  it('toTimeline(bella) has no events: none of her steps has a date', () => {
    expect(toTimeline(story('bella')).json.events).toEqual([]);
  });

  it('toTimeline(story) escapes text, which TimelineJS would read as HTML', () => {
    const s: Story = { ...story('joseph'), title: { en: 'A <b>title</b> & more' } };
    expect(toTimeline(s).json.title.text.headline).toBe('A &lt;b&gt;title&lt;/b&gt; &amp; more');
    expect(escapeHtml('"x"')).toBe('&quot;x&quot;');
  });
});

describe('round trip: export timeline → import timeline → validate', () => {
  it.each(['joseph'])(
    '%s comes back as a valid story with its dates, places and warnings',
    (id) => {
      const original = story(id);
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
      // A cited date comes back stated: the imported file is now the text that gives it.
      const basis = (b: string) => (b === 'cited' ? 'stated' : b);
      expect(
        back.steps.map((s) => [s.place?.id, s.time.date.value, s.time.date.basis, s.warnings]),
      ).toEqual(
        dated.map((s) => [s.place?.id, s.time.date.value, basis(s.time.date.basis), s.warnings]),
      );
      // Every original excerpt is quoted again, word for word.
      expect(back.steps.flatMap((s) => s.excerpts.map((e) => e.text))).toEqual(
        expect.arrayContaining(dated.flatMap((s) => s.excerpts.map((e) => e.text))),
      );
    },
  );

  it('the exported file is TimelineJS JSON: every event has a start year and text', () => {
    const { json } = toTimeline(story('joseph'));
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
