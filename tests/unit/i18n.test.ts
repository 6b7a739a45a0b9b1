import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { m } from '../../src/i18n/index.ts';
import { countryName, formatList } from '../../src/i18n/intl.ts';
import { formatDate, warningList } from '../../src/story/format.ts';
import { words } from '../../src/present/words.ts';
import { mapLabel, mapWords } from '../../src/map/words.ts';
import { svgWords } from '../../src/map/svg/words.ts';

const read = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../messages/${lang}.json`, import.meta.url), 'utf8'));

describe('messages', () => {
  it('messages/en.json and messages/ko.json have the same keys, none empty', () => {
    const en = read('en');
    const ko = read('ko');
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(ko)) expect(text, key).not.toBe('');
  });

  it('every Korean message is written in Korean, not copied from the English', () => {
    const en = read('en');
    const ko = read('ko');
    const copied = Object.keys(en).filter((key) => key !== '$schema' && en[key] === ko[key]);
    expect(copied).toEqual([]);
  });

  it('the presenter’s, the map’s and the SVG map’s words come from the messages in each language', () => {
    const pairs = [
      [words('en'), words('ko')],
      [mapWords('en'), mapWords('ko')],
      [svgWords('en'), svgWords('ko')],
    ] as const;
    for (const [en, ko] of pairs)
      for (const [key, value] of Object.entries(en))
        if (typeof value === 'string') expect(ko[key as keyof typeof ko], key).not.toBe(value);
    expect(words('ko').stepOf(2, 5)).toBe('5단계 중 2단계');
    expect(mapWords('ko').why['no-webgl']).toContain('WebGL');
    expect(mapLabel(null, 'ko')).toBe('모든 여정 지도');
  });

  it('m.step_count({ n, total }, { locale }) speaks the language it is given', () => {
    expect(m.step_count({ n: 2, total: 5 }, { locale: 'en' })).toBe('Step 2 of 5');
    expect(m.step_count({ n: 2, total: 5 }, { locale: 'ko' })).toBe('5단계 중 2단계');
  });
});

describe('Intl formatting', () => {
  it.each([
    ['en', { precision: 'month', basis: 'stated', value: '2013-06' }, 'June 2013'],
    ['ko', { precision: 'month', basis: 'stated', value: '2013-06' }, '2013년 6월'],
    ['ko', { precision: 'season', basis: 'stated', value: '2006-winter' }, '2006년 겨울'],
    ['ko', { precision: 'year', basis: 'estimated', value: '2006' }, '2006년쯤(추정)'],
  ] as const)('formatDate(date, %s) of %j is %j', (lang, date, expected) => {
    expect(formatDate(date, lang)).toBe(expected);
  });

  it('formatList and countryName come from Intl in each language', () => {
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(countryName('KP', 'en')).toBe('North Korea');
    expect(countryName('KP', 'ko')).toBe('북한');
    expect(warningList(['starvation', 'suicide'], 'ko')).toContain('굶주림');
  });
});
