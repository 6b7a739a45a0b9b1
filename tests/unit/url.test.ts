import { describe, expect, it } from 'vitest';
import { readUrl, writeUrl } from '../../src/app/url.ts';

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

describe('writeUrl(search, state)', () => {
  it.each([
    ['', { story: 'bella', step: 0 }, '?story=bella&step=0'],
    ['?story=bella&step=1', { story: 'bella', step: 2 }, '?story=bella&step=2'],
    ['?story=bella&step=1', { story: null, step: 0 }, ''],
    ['?lang=ko&story=x&step=1', { story: 'joseph', step: 4 }, '?lang=ko&story=joseph&step=4'],
  ])('%j with %j', (search, state, expected) => {
    expect(writeUrl(search, state)).toBe(expected);
  });

  it('round-trips through readUrl', () => {
    const state = { story: 'loh-kiwan', step: 3 };
    expect(readUrl(writeUrl('', state))).toEqual(state);
  });
});
