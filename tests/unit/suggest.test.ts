import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/data/suggest.ts';

const PLACES = ['hyesan', 'hoeryong', 'yanji', 'seoul', 'tumen-river', 'yalu-river'];

describe('editDistance(a, b)', () => {
  it.each([
    { a: 'kitten', b: 'sitting', expected: 3 },
    { a: '', b: 'abc', expected: 3 },
    { a: 'same', b: 'same', expected: 0 },
    { a: 'hyesna', b: 'hyesan', expected: 2 },
  ])('editDistance($a, $b) is $expected', ({ a, b, expected }) => {
    expect(editDistance(a, b)).toBe(expected);
  });
});

describe('didYouMean(word, candidates)', () => {
  it.each([
    { word: 'hyesna', expected: '; did you mean "hyesan"?' },
    { word: 'Hyesan', expected: '; did you mean "hyesan"?' },
    { word: 'tumen', expected: '' },
    { word: 'tumen-rivr', expected: '; did you mean "tumen-river"?' },
    { word: 'brussels', expected: '' },
  ])('didYouMean($word, places) is "$expected"', ({ word, expected }) => {
    expect(didYouMean(word, PLACES)).toBe(expected);
  });

  it('closest(word, []) is undefined', () => {
    expect(closest('hyesan', [])).toBeUndefined();
  });
});
