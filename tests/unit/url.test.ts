import { describe, expect, it } from 'vitest';
import { readLang, readUrl, writeUrl } from '../../src/app/url.ts';

describe('readUrl(search)', () => {
  it.each([
    ['', { story: null, step: 0 }],
    ['?story=bella&step=2', { story: 'bella', step: 2 }],
    ['?story=bella', { story: 'bella', step: 0 }],
    ['?step=3', { story: null, step: 3 }],
    ['?story=bella&step=abc', { story: 'bella', step: 0 }],
    ['?story=%20&step=1', { story: null, step: 1 }],
    ['?story=jin-kyung&step=-4', { story: 'jin-kyung', step: -4 }],
  ])('%j', (search, expected) => {
    expect(readUrl(search)).toEqual(expected);
  });
});

describe('readLang(search)', () => {
  it.each([
    ['?lang=ko', 'ko'],
    ['?story=bella&lang=en', 'en'],
    ['', undefined],
    // A language the app does not speak is no error: the app stays in English.
    ['?lang=fr', undefined],
    ['?lang=KO', undefined],
  ])('%j', (search, expected) => {
    expect(readLang(search)).toBe(expected);
  });
});

describe('writeUrl(search, state)', () => {
  it.each([
    ['', { story: 'bella', step: 0 }, '?story=bella&step=0'],
    ['?story=bella&step=1', { story: 'bella', step: 2 }, '?story=bella&step=2'],
    ['?story=bella&step=1', { story: null, step: 0 }, ''],
    ['?lang=ko&story=x&step=1', { story: 'joseph', step: 4 }, '?lang=ko&story=joseph&step=4'],
    ['?story=x&step=1', { story: 'x', step: 1, lang: 'ko' }, '?story=x&step=1&lang=ko'],
    ['?lang=ko&story=x&step=1', { story: 'x', step: 1, lang: 'en' }, '?story=x&step=1'],
    ['?lang=fr', { story: null, step: 0, lang: 'en' }, ''],
  ] as const)('%j with %j', (search, state, expected) => {
    expect(writeUrl(search, state)).toBe(expected);
  });

  it('round-trips through readUrl', () => {
    const state = { story: 'loh-kiwan', step: 3 };
    expect(readUrl(writeUrl('', state))).toEqual(state);
  });
});
