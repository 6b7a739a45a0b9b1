import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { readImport } from '../../scripts/interop/read.ts';
import { ImportError } from '../../scripts/interop/model.ts';
import { checkVerbatim } from '../../src/data/verbatim.ts';
import { build, DECIDED, sample, validateBuilt } from './interop-helpers.ts';

type StoryYaml = {
  title: string;
  person: { name: string; name_kind: string };
  warnings: string[];
  steps: {
    id: string;
    heading: string;
    place: string;
    time: { said?: string; date: 'unknown' | { value: string; precision: string; basis: string } };
    leg?: { mode: string; basis: string };
    excerpts: string[];
    context?: string;
    warnings?: string[];
  }[];
};
const storyOf = (yaml: string) => parse(yaml) as StoryYaml;

// Importing must never fetch anything, media included.
let fetchSpy: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network in imports'));
});
afterEach(() => {
  expect(fetchSpy).not.toHaveBeenCalled();
  fetchSpy.mockRestore();
});

describe('import storymap', () => {
  it('readImport(storymap, marktwain) reads the overview and every slide', () => {
    const story = readImport('storymap', sample('storymapjs-marktwain.json'));
    expect(story.title).toBe('Mark Twain JSON');
    expect(story.entries).toHaveLength(14);
    expect(story.entries[0]).toMatchObject({
      label: 'slide 2',
      headline: 'Florida, Missouri',
      text: 'Born in Florida, Missouri. Halley’s comet visible from earth.',
      date: { value: '1835', precision: 'year', basis: 'stated', said: '1835' },
      location: { lat: 39.491711, lon: -91.79326, name: 'Florida, Missouri', zoom: 12 },
    });
  });

  it('buildStory(marktwain) validates once the person’s name, its kind and consent are decided', () => {
    const built = build('storymap', sample('storymapjs-marktwain.json'), DECIDED);
    expect(validateBuilt(built).messages).toEqual([]);
  });

  it('buildStory(marktwain) leaves the kind of name and consent to a person, with actionable errors', () => {
    const result = validateBuilt(build('storymap', sample('storymapjs-marktwain.json')));
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(
        /^person\.name_kind is the text "to-be-decided", which is not allowed here\. A name is shown only as it was published/,
      ),
      'consent.status is the text "to-be-decided", which is not allowed here',
    ]);
    expect(result.diagnostics.every((d) => d.expected?.startsWith('one of '))).toBe(true);
  });

  it('buildStory(marktwain) coarsens every point to 0.1° and says so', () => {
    const built = build('storymap', sample('storymapjs-marktwain.json'), DECIDED);
    const places = Object.values(built.newPlaces);
    expect(places.length).toBeGreaterThan(5);
    for (const place of places) {
      expect(place.precision).not.toBe('exact');
      for (const c of place.coords) expect(Math.round(c * 10) / 10).toBe(c);
      // The original's fine point is never written down.
      expect(place.note).not.toMatch(/\d+\.\d{2,}/);
    }
    expect(built.newPlaces['florida-missouri']).toMatchObject({
      coords: [-91.8, 39.5],
      country: 'US',
    });
    expect(built.report.places[0]).toMatch(/original point was finer and is rounded to 0\.1°/);
  });

  it('buildStory(marktwain) keeps media as links for readers, including YouTube and Vine, and lists them', () => {
    const built = build('storymap', sample('storymapjs-marktwain.json'), DECIDED);
    const story = storyOf(built.storyYaml);
    const youtube = story.steps.find((s) => s.context?.includes('youtube.com'));
    expect(youtube?.context).toMatch(
      /^In the original, this slide shows media that this map does not load: http:\/\/www\.youtube\.com\/watch\?v=C-nTpGMMVjY/,
    );
    expect(built.report.media).toContain('slide 5: https://vine.co/v/bjHh0zHdgZT');
  });

  it('buildStory(marktwain) quotes only words that are in its source text', () => {
    const built = build('storymap', sample('storymapjs-marktwain.json'), DECIDED);
    for (const step of storyOf(built.storyYaml).steps)
      for (const excerpt of step.excerpts)
        expect(checkVerbatim(excerpt, built.sourceText)).toEqual({ ok: true });
  });

  it('buildStory(marktwain) gives a slide with a null date no date, never an invented one', () => {
    const story = storyOf(
      build('storymap', sample('storymapjs-marktwain.json'), DECIDED).storyYaml,
    );
    const dates = story.steps.map((s) => s.time.date);
    expect(dates).toContain('unknown');
    expect(
      dates
        .filter((d) => d !== 'unknown')
        .every((d) => typeof d === 'object' && /^\d{4}$/.test(d.value)),
    ).toBe(true);
  });

  it('buildStory(sochi) turns HTML into plain text', () => {
    const built = build('storymap', sample('storymapjs-sochi.json'), DECIDED);
    expect(built.storyYaml).not.toMatch(/<span|<br|<i>|&nbsp;/);
    expect(built.sourceText).not.toMatch(/<span|<br|&nbsp;/);
    expect(storyOf(built.storyYaml).title).toBe('Sochi 2014 Olympic Torch Relay Highlights');
    expect(validateBuilt(built).messages).toEqual([]);
  });

  const slide = (lat: number, lon: number, headline: string, extra: object = {}) => ({
    location: { lat, lon, zoom: 14, line: true },
    text: { headline, text: `<p>We were in ${headline}.</p>` },
    ...extra,
  });

  it('buildStory(storymap) rounds a fine point in North Korea to 0.1° and gives it its country', () => {
    // Chongjin is not in the gazetteer, so the import adds it.
    const json = JSON.stringify({
      storymap: { slides: [slide(41.79558, 129.77583, 'Chongjin')] },
    });
    const built = build('storymap', json, DECIDED);
    expect(Object.values(built.newPlaces)).toEqual([
      expect.objectContaining({ country: 'KP', precision: 'city', coords: [129.8, 41.8] }),
    ]);
    expect(validateBuilt(built).messages).toEqual([]);
  });

  it('buildStory(storymap) matches a place by name to the gazetteer, and a move from North Korea to China fails with the river rule', () => {
    const json = JSON.stringify({
      storymap: {
        slides: [
          { ...slide(41.4, 128.2, 'Home'), location: { lat: 41.4, lon: 128.2, name: 'Hyesan' } },
          { ...slide(42.9, 129.5, 'Yanji'), location: { lat: 42.9, lon: 129.5, name: 'Yanji' } },
        ],
      },
    });
    const built = build('storymap', json, DECIDED);
    expect(built.newPlaces).toEqual({});
    expect(storyOf(built.storyYaml).steps.map((s) => s.place)).toEqual(['hyesan', 'yanji']);
    const result = validateBuilt(built);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['privacy/border-point']);
    expect(result.diagnostics[0]?.expected).toMatch(/yalu-river, tumen-river, or nk-china-border/);
  });

  it('buildStory(storymap) adds a content warning where the text calls for one, and reports it', () => {
    const json = JSON.stringify({
      storymap: { slides: [slide(37.6, 127.0, 'Seoul', { text: { text: 'My father starved.' } })] },
    });
    const built = build('storymap', json, DECIDED);
    const story = storyOf(built.storyYaml);
    expect(story.warnings).toEqual(['starvation']);
    expect(story.steps[0]?.warnings).toEqual(['starvation']);
    expect(built.report.warnings).toEqual([
      'slide 1: "starvation", because the text mentions it; check that it applies',
    ]);
  });

  it('buildStory(storymap) drops a map link that could show a precise location', () => {
    const json = JSON.stringify({
      storymap: {
        slides: [
          slide(37.6, 127.0, 'Seoul', {
            media: { url: 'https://www.google.com/maps/@37.5665,126.978,17z' },
          }),
        ],
      },
    });
    const built = build('storymap', json, DECIDED);
    expect(built.storyYaml).not.toContain('google');
    expect(built.report.notKept).toContain(
      'slide 1: its media is a map link, which could show a precise location; not kept',
    );
  });

  it.each([
    {
      name: 'invalid JSON',
      text: '{"storymap": {"slides": [}',
      message: /^this is not valid JSON: /,
    },
    {
      name: 'no slides',
      text: '{"storymap": {}}',
      message:
        /^this is not a StoryMapJS file: it has no "storymap": \{ "slides": \[\.\.\.\] \} list$/,
    },
    { name: 'a list', text: '[1, 2]', message: /^this is not a StoryMapJS file/ },
  ])('readImport(storymap) refuses $name with one message', ({ text, message }) => {
    expect(() => readImport('storymap', text)).toThrow(ImportError);
    expect(() => readImport('storymap', text)).toThrow(message);
  });

  it('readImport(storymap) skips wrong types, with notes, instead of failing', () => {
    const story = readImport(
      'storymap',
      JSON.stringify({
        storymap: {
          slides: [
            null,
            'text',
            {
              text: { headline: 42, text: ['x'] },
              location: { lat: 'north', lon: NaN },
              media: { url: 'javascript:alert(1)' },
            },
            { text: { text: 'Fine.' }, location: { lat: 95, lon: 10 } },
          ],
        },
      }),
    );
    expect(story.entries.map((e) => [e.label, e.headline, e.text, e.location])).toEqual([
      ['slide 3', '42', '', undefined],
      ['slide 4', '', 'Fine.', undefined],
    ]);
    expect(story.notes).toEqual([
      'slide 1 is not a slide (it is empty); skipped',
      'slide 2 is not a slide (it is string); skipped',
      'slide 3: its coordinates are not usable (["north",null]), so its place is not stated',
      'slide 3: its media link is not an http(s) address and is not kept',
      'slide 4: its coordinates are not usable ([95,10]), so its place is not stated',
    ]);
  });
});

describe('import timeline', () => {
  it('readImport(timeline, marktwain.json) puts events in date order and drops times of day', () => {
    const story = readImport('timeline', sample('timelinejs-marktwain.json'));
    const values = story.entries.map((e) => e.date?.value);
    expect(values).toEqual([...values].sort());
    expect(values[0]).toBe('1900-01-06');
    expect(values.at(-1)).toBe('2014');
    expect(story.notes).toContain('the events are put in date order, as TimelineJS shows them');
    expect(story.notes.some((n) => n.startsWith('times of day on '))).toBe(true);
  });

  it('readImport(timeline, csv) reads the Google Sheets template: title, eras, quotations as media', () => {
    const story = readImport('timeline', sample('timelinejs-women_in_computing.csv'));
    expect(story.title).toBe('Women in Computing');
    const edith = story.entries.find((e) => e.headline === 'Edith Clarke: Bucking the Trend');
    expect(edith?.text).toMatch(/^There is no demand for women engineers/);
    expect(edith?.date).toEqual({
      value: '1948-03-14',
      precision: 'day',
      basis: 'stated',
      said: '1948-03-14',
    });
    const ada = story.entries.find((e) => e.headline === 'Ada Lovelace');
    expect(ada?.date?.said).toBe('1815-12-10 to 1852-11-27');
    expect(ada?.text).not.toMatch(/<|&/);
  });

  it('buildStory(women in computing) fails only where a person must act: no place is given', () => {
    const built = build('timeline', sample('timelinejs-women_in_computing.csv'), DECIDED);
    const result = validateBuilt(built);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'no step says where it happens, so there is no journey to draw',
    ]);
    expect(built.report.check).toContain(
      'no event says where it happens: give at least one step a place (a country is enough)',
    );
  });

  it('buildStory(timeline template csv) gives stated dates whose "said" text supports them', () => {
    const built = build('timeline', sample('timelinejs-template.csv'), DECIDED);
    const story = storyOf(built.storyYaml);
    for (const step of story.steps)
      if (step.time.date !== 'unknown')
        expect(step.time.said).toContain(step.time.date.value.slice(0, 4));
    expect(validateBuilt(built).diagnostics.map((d) => d.rule)).toEqual(['reference/place']);
  });

  it.each([
    { name: 'invalid JSON', text: '{ "events": [ { ] }', message: /^this is not valid JSON/ },
    {
      name: 'no events',
      text: '{ "title": {} }',
      message: /^this is not a TimelineJS file: it has no "events": \[\.\.\.\] list$/,
    },
    {
      name: 'a CSV without the template’s columns',
      text: 'a,b\n1,2\n',
      message: /^this is not a TimelineJS spreadsheet/,
    },
    {
      name: 'a CSV with an unclosed quote',
      text: 'Year,Headline\n2000,"oops\n',
      message: /^the CSV cannot be read: line 2: a quoted field is never closed/,
    },
  ])('readImport(timeline) refuses $name with one message', ({ text, message }) => {
    expect(() => readImport('timeline', text)).toThrow(message);
  });

  it('readImport(timeline) keeps dates it cannot hold as words, never guessing', () => {
    const story = readImport(
      'timeline',
      JSON.stringify({
        events: [
          { start_date: { year: '-500' }, text: { headline: 'Long ago' } },
          { start_date: { year: 2000, month: 13 }, text: { headline: 'Bad month' } },
          { start_date: { year: 2001, month: 2, day: 30 }, text: { headline: 'Bad day' } },
          {
            start_date: { year: 'c. 1900', display_date: 'about 1900' },
            text: { headline: 'Words' },
          },
        ],
      }),
    );
    expect(story.entries.map((e) => [e.headline, e.date, e.said])).toEqual([
      ['Long ago', undefined, 'year -500'],
      ['Bad month', undefined, 'year 2000'],
      ['Bad day', undefined, 'year 2001'],
      ['Words', undefined, 'about 1900'],
    ]);
  });
});

describe('import csv (our story template)', () => {
  const source =
    'Copy the words of the source here, exactly as published. Words copied exactly from the source.\n' +
    'A second excerpt goes after a blank line in the same cell.';

  it('buildStory(docs/story-template.csv) validates with the source text it quotes', () => {
    const built = build('csv', sample('../../../docs/story-template.csv'), {
      ...DECIDED,
      sourceText: source,
    });
    expect(validateBuilt(built).messages).toEqual([]);
    const story = storyOf(built.storyYaml);
    expect(story.steps.map((s) => [s.place, s.leg?.mode, s.leg?.basis])).toEqual([
      ['hyesan', undefined, undefined],
      ['yalu-river', 'river', 'inferred'],
      ['example-town', 'train', 'stated'],
      ['south-korea', 'unknown', 'not-stated'],
    ]);
    expect(built.newPlaces['example-town']).toMatchObject({ country: 'CN', coords: [123.4, 41.8] });
  });

  it('buildStory(csv) without a source text reports every excerpt as not found, and says why', () => {
    const built = build('csv', sample('../../../docs/story-template.csv'), DECIDED);
    const rules = validateBuilt(built).diagnostics.map((d) => d.rule);
    expect(rules).toEqual(Array(5).fill('quote/verbatim'));
    expect(built.report.check[0]).toMatch(/^no source text was given \(--source\)/);
  });

  it('buildStory(csv) keeps unknown values as written, so the validator names the allowed ones', () => {
    const csv = [
      'heading,place,said,date,date basis,travel,excerpt,warnings',
      'Start,hyesan,,,,,The first words.,',
      'Later,seoul,in 2006,March 2006,stated,walking,The second words.,death of parent',
    ].join('\n');
    const built = build('csv', csv, {
      ...DECIDED,
      sourceText: 'The first words. The second words.',
    });
    expect(built.report.notKept).toEqual([
      'row 3: the date "March 2006" is not written as 2006, 2006-03, 2006-03-15, 2006-winter, winter or 1990s; kept as words, with the date unknown',
      'row 3: travel "walking" is not one of foot, river, train, bus, car, air, unknown; the validator will point at it',
    ]);
    const result = validateBuilt(built);
    expect(result.messages).toEqual([
      expect.stringMatching(
        /steps\[2\]\.leg\.mode is the text "walking", which is not allowed here \(expected one of foot/,
      ),
    ]);
    expect(storyOf(built.storyYaml).steps[1]?.warnings).toEqual(['death-of-parent']);
  });

  it.each([
    {
      name: 'a sheet without place and excerpt columns',
      text: 'heading,notes\nA,B\n',
      message: /^this is not the story template/,
    },
    {
      name: 'an unclosed quote',
      text: 'place,excerpt\nhyesan,"no end',
      message: /^the CSV cannot be read: line 2/,
    },
  ])('readImport(csv) refuses $name', ({ text, message }) => {
    expect(() => readImport('csv', text)).toThrow(message);
  });
});

describe('import a point that is already in the gazetteer', () => {
  it('buildStory(storymap) reuses the gazetteer place at the same coarsened point', () => {
    const json = JSON.stringify({
      storymap: {
        slides: [
          { location: { lat: 41.39842, lon: 128.17771, zoom: 12 }, text: { text: 'Home.' } },
        ],
      },
    });
    const built = build('storymap', json, DECIDED);
    expect(built.newPlaces).toEqual({});
    expect(storyOf(built.storyYaml).steps[0]?.place).toBe('hyesan');
  });
});
