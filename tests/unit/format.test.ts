import { describe, expect, it } from 'vitest';
import type { StoryDate } from '../../src/data/types.ts';
import { formatDate } from '../../src/story/format.ts';

describe('formatDate(date)', () => {
  it.each<[StoryDate, string]>([
    [{ precision: 'year', basis: 'stated', value: '2006' }, '2006'],
    [{ precision: 'month', basis: 'stated', value: '2013-06' }, 'June 2013'],
    [{ precision: 'month', basis: 'stated', value: '2013-12' }, 'December 2013'],
    [{ precision: 'day', basis: 'stated', value: '2009-03-07' }, '7 March 2009'],
    [{ precision: 'season', basis: 'stated', value: '2006-winter' }, 'winter 2006'],
    [{ precision: 'season', basis: 'stated', value: 'spring' }, 'spring'],
    [{ precision: 'decade', basis: 'stated', value: '1990s' }, 'the 1990s'],
    [{ precision: 'year', basis: 'estimated', value: '1998' }, 'about 1998 (estimate)'],
    [
      { precision: 'month', basis: 'derived', value: '2002-01' },
      'January 2002 (worked out from the text)',
    ],
    [{ precision: 'unknown', basis: 'stated' }, ''],
    [{ precision: 'year', basis: 'stated' }, ''],
    [{ precision: 'unknown', basis: 'estimated', value: '2001' }, ''],
  ])('formatDate(%j) is %j', (date, expected) => {
    expect(formatDate(date)).toBe(expected);
  });

  it('formatDate never shows an estimate without saying so', () => {
    for (const precision of ['year', 'month', 'day', 'season', 'decade'] as const) {
      const value = {
        year: '2000',
        month: '2000-05',
        day: '2000-05-01',
        season: '2000-summer',
        decade: '2000s',
      }[precision];
      expect(formatDate({ precision, basis: 'estimated', value })).toMatch(
        /^about .+ \(estimate\)$/,
      );
    }
  });
});
