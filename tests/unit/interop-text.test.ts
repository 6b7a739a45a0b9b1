import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { csvRecords, parseCsv } from '../../scripts/interop/csv.ts';
import { htmlToText } from '../../scripts/interop/html-text.ts';
import { addPlaces } from '../../scripts/interop/gazetteer-text.ts';
import {
  dateFromParts,
  dateFromValue,
  isLocationLink,
  safeUrl,
} from '../../scripts/interop/model.ts';
import { cut, excerptsFrom } from '../../scripts/interop/to-story.ts';
import { projectGazetteer } from './interop-helpers.ts';

describe('htmlToText(html)', () => {
  it.each([
    { html: '<p>One</p><p>Two</p>', expected: 'One\n\nTwo' },
    { html: 'a<br>b', expected: 'a\nb' },
    {
      html: '<span class="x">Fish &amp; chips&nbsp;&mdash; <i>hot</i></span>',
      expected: 'Fish & chips — hot',
    },
    {
      html: '<a href="https://example.org">a link</a> stays as words',
      expected: 'a link stays as words',
    },
    { html: '<script>alert(1)</script>Safe<style>p{}</style>', expected: 'Safe' },
    { html: '<img src=x onerror=alert(1)>Text', expected: 'Text' },
    { html: 'Double &amp;lt;b&amp;gt;escaped&amp;lt;/b&amp;gt;', expected: 'Double escaped' },
    { html: '<!-- a comment -->Kept', expected: 'Kept' },
    { html: 'Unclosed <b>bold', expected: 'Unclosed bold' },
    { html: 'Zero\u200Bwidth and \u202Eoverride', expected: 'Zerowidth and override' },
    { html: '5 < 6 and 7 > 3', expected: '5 < 6 and 7 > 3' },
    { html: '  lots   of\n\n\n\nspace  ', expected: 'lots of\n\nspace' },
  ])('htmlToText($html) is $expected', ({ html, expected }) => {
    expect(htmlToText(html)).toBe(expected);
  });
});

describe('parseCsv(text)', () => {
  it.each([
    {
      text: 'a,b\n1,2\n',
      expected: [
        ['a', 'b'],
        ['1', '2'],
      ],
    },
    {
      text: 'a,b\r\n1,2',
      expected: [
        ['a', 'b'],
        ['1', '2'],
      ],
    },
    { text: '\uFEFFa,"b ""quoted"""\n', expected: [['a', 'b "quoted"']] },
    { text: 'a,"line\nbreak",c', expected: [['a', 'line\nbreak', 'c']] },
    { text: 'a,,\n,,\n\n', expected: [['a', '', '']] },
    { text: '', expected: [] },
  ])('parseCsv($text) is $expected', ({ text, expected }) => {
    expect(parseCsv(text)).toEqual(expected);
  });

  it('csvRecords(rows) keys by normalised header and keeps spreadsheet row numbers', () => {
    expect(csvRecords(parseCsv('Display Date,End_Year\n\n"x",1999\n'))).toEqual({
      header: ['display date', 'end year'],
      records: [{ row: 3, values: { 'display date': 'x', 'end year': '1999' } }],
    });
  });
});

describe('dates from other tools', () => {
  it.each([
    { parts: ['1908', '05', '13'], expected: { value: '1908-05-13', precision: 'day' } },
    { parts: [2014, '', ''], expected: { value: '2014', precision: 'year' } },
    { parts: ['1943', '7', undefined], expected: { value: '1943-07', precision: 'month' } },
    { parts: ['-500', undefined, undefined], expected: undefined },
    { parts: ['2001', '2', '30'], expected: undefined },
    { parts: [null, null, null], expected: undefined },
    { parts: ['1e3', undefined, undefined], expected: { value: '1000', precision: 'year' } },
  ])('dateFromParts($parts) is $expected', ({ parts, expected }) => {
    expect(dateFromParts(parts[0], parts[1], parts[2])).toEqual(expected);
  });

  it.each([
    { value: '2006', expected: { value: '2006', precision: 'year' } },
    { value: '2006-3', expected: { value: '2006-03', precision: 'month' } },
    { value: 'Winter', expected: { value: 'winter', precision: 'season' } },
    { value: '1990s', expected: { value: '1990s', precision: 'decade' } },
    { value: 'March 2006', expected: undefined },
  ])('dateFromValue($value) is $expected', ({ value, expected }) => {
    expect(dateFromValue(value)).toEqual(expected);
  });
});

describe('links from other tools', () => {
  it.each([
    { url: 'https://www.youtube.com/watch?v=x', safe: true, location: false },
    { url: 'javascript:alert(1)', safe: false, location: false },
    { url: 'https://www.google.com/maps/place/X/@39.95,-75.19,17z', safe: true, location: true },
    { url: 'https://example.org/photo?at=41.39842,128.17771', safe: true, location: true },
    { url: 'https://www.openstreetmap.org/#map=12/41.4/128.2', safe: true, location: true },
  ])('$url is safe: $safe, a location: $location', ({ url, safe, location }) => {
    expect(safeUrl(url) !== undefined).toBe(safe);
    expect(isLocationLink(url)).toBe(location);
  });
});

describe('excerptsFrom(text) and cut(text, max)', () => {
  it('excerptsFrom(text) gives one excerpt per paragraph', () => {
    expect(excerptsFrom('One.\n\nTwo\nlines.')).toEqual(['One.', 'Two lines.']);
  });

  it('excerptsFrom(text) splits a paragraph longer than 3000 characters at a sentence', () => {
    const sentence = 'This sentence is forty characters long. ';
    const pieces = excerptsFrom(sentence.repeat(100));
    expect(pieces.length).toBe(2);
    expect(pieces.every((p) => p.length <= 3000 && p.endsWith('.'))).toBe(true);
  });

  it('excerptsFrom(text) joins neighbours when there are more than 20 paragraphs', () => {
    const pieces = excerptsFrom(
      Array.from({ length: 30 }, (_, i) => `Paragraph ${i}.`).join('\n\n'),
    );
    expect(pieces).toHaveLength(1);
    expect(pieces[0]).toMatch(/^Paragraph 0\. Paragraph 1\./);
  });

  it.each([
    { text: 'short', max: 10, expected: 'short' },
    { text: 'a few words that are too long', max: 15, expected: 'a few words…' },
  ])('cut($text, $max) is $expected', ({ text, max, expected }) => {
    expect(cut(text, max)).toBe(expected);
  });
});

describe('addPlaces(gazetteer, places, heading)', () => {
  const place = {
    name: 'Chongjin',
    country: 'KP',
    kind: 'city' as const,
    precision: 'city' as const,
    coords: [129.8, 41.8] as [number, number],
    note: 'Imported.',
  };

  it('addPlaces keeps every line of the gazetteer and appends the places after the last one', () => {
    const text = addPlaces(projectGazetteer, { chongjin: place }, 'Imported with "x".');
    const added = text.split('\n').length - projectGazetteer.split('\n').length;
    expect(added).toBe(9);
    // Removing the added block gives back the file exactly.
    expect(
      text.replace(/\n {2}# Imported with "x"\.\n {2}chongjin:[\s\S]*?note: Imported\.\n/, ''),
    ).toBe(projectGazetteer);
    const data = parse(text) as {
      places: Record<string, unknown>;
      corridors: Record<string, unknown>;
    };
    expect(data.places.chongjin).toEqual(place);
    expect(Object.keys(data.corridors)).toEqual(['southeast-asia']);
  });

  it('addPlaces(undefined) starts a gazetteer file', () => {
    expect(addPlaces(undefined, { chongjin: place }, 'New.')).toBe(
      'places:\n  # New.\n  chongjin:\n    name: Chongjin\n    country: KP\n    kind: city\n    precision: city\n    coords: [129.8, 41.8]\n    note: Imported.\n',
    );
  });

  it('addPlaces appends to a gazetteer written as one line', () => {
    const text = addPlaces('places: {}\n', { chongjin: place }, 'New.');
    expect((parse(text) as { places: Record<string, unknown> }).places).toEqual({
      chongjin: place,
    });
  });
});
