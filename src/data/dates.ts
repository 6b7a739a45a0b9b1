/**
 * Date values as story files write them, and the span of time each one covers.
 * Nothing here invents a date: a value without a year (such as "winter") has no span and is
 * placed by order on the timeline.
 */
import type { DatePrecision, Season } from './types.ts';

export const SEASONS: readonly Season[] = ['spring', 'summer', 'autumn', 'winter'];

/** What a value must look like for each precision, for messages. */
export const DATE_FORMATS: Record<DatePrecision, string> = {
  day: 'YYYY-MM-DD, e.g. 2013-06-12',
  month: 'YYYY-MM, e.g. 2013-06',
  season: 'a season, with its year if known: winter or 2006-winter',
  year: 'YYYY, e.g. 2006',
  decade: 'a decade, e.g. 1990s',
  unknown: 'no value',
};

export interface DateSpan {
  start: number;
  end: number;
}

/**
 * Parses a value for its precision. Returns `null` when the value does not fit the precision,
 * `undefined` when it fits but has no position in time (a season without a year).
 */
export function parseDateValue(
  value: string | undefined,
  precision: DatePrecision,
): DateSpan | undefined | null {
  if (precision === 'unknown') return value === undefined ? undefined : null;
  if (value === undefined) return null;
  let match: RegExpExecArray | null;
  switch (precision) {
    case 'year':
      match = /^(\d{4})$/.exec(value);
      if (!match) return null;
      return span(Date.UTC(+match[1]!, 0, 1), Date.UTC(+match[1]! + 1, 0, 1));
    case 'decade':
      match = /^(\d{3}0)s$/.exec(value);
      if (!match) return null;
      return span(Date.UTC(+match[1]!, 0, 1), Date.UTC(+match[1]! + 10, 0, 1));
    case 'month': {
      match = /^(\d{4})-(\d{2})$/.exec(value);
      if (!match) return null;
      const month = +match[2]! - 1;
      if (month < 0 || month > 11) return null;
      return span(Date.UTC(+match[1]!, month, 1), Date.UTC(+match[1]!, month + 1, 1));
    }
    case 'day': {
      match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!match) return null;
      const [year, month, day] = [+match[1]!, +match[2]! - 1, +match[3]!];
      const start = Date.UTC(year, month, day);
      const check = new Date(start);
      if (
        check.getUTCFullYear() !== year ||
        check.getUTCMonth() !== month ||
        check.getUTCDate() !== day
      )
        return null;
      return span(start, Date.UTC(year, month, day + 1));
    }
    case 'season': {
      match = /^(?:(\d{4})-)?(spring|summer|autumn|winter)$/.exec(value);
      if (!match) return null;
      if (!match[1]) return undefined;
      const year = +match[1];
      // Northern-hemisphere seasons; winter of YYYY runs from December YYYY into the new year.
      const starts: Record<string, number> = { spring: 2, summer: 5, autumn: 8, winter: 11 };
      const m = starts[match[2]!]!;
      return span(Date.UTC(year, m, 1), Date.UTC(year, m + 3, 1));
    }
  }
}

function span(start: number, end: number): DateSpan {
  return { start, end };
}

/** The year a value names, if any; used to check a stated date against its text. */
export function yearOf(value: string | undefined): string | undefined {
  return value ? /^(\d{4})/.exec(value)?.[1] : undefined;
}
