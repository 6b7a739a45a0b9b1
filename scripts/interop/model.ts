/**
 * What every importer reads another tool's file into, before it becomes our story files: a
 * list of entries (slides, events or rows) in the source's own words, and notes on whatever
 * could not be carried over.
 */
import type {
  DateBasis,
  DatePrecision,
  LegBasis,
  LegMode,
  Precision,
  Warning,
} from '../../src/data/types.ts';

export const FORMATS = ['storymap', 'timeline', 'csv'] as const;
export type ImportFormat = (typeof FORMATS)[number];

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  storymap: 'StoryMapJS',
  timeline: 'TimelineJS',
  csv: 'story template CSV',
};

/** A file that cannot be read as the format at all: one message for the person, on one line. */
export class ImportError extends Error {
  constructor(message: string) {
    // Parser messages may quote the input, control characters and line breaks included.
    super(
      message
        .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ')
        .replace(/\s+/g, ' ')
        .slice(0, 300),
    );
  }
}

export interface ImportedDate {
  /** In the story format: 2006, 2006-03, 2006-03-15, 2006-winter, winter or 1990s. */
  value: string;
  precision: Exclude<DatePrecision, 'unknown'>;
  basis: DateBasis;
  /** The date as the source gives it. */
  said: string;
}

export interface ImportedLocation {
  lat?: number;
  lon?: number;
  name?: string;
  /** A map zoom level, which says roughly how precisely the place is meant. */
  zoom?: number;
  /** Our CSV template: a gazetteer id, and the details of a new place. */
  id?: string;
  precision?: Precision;
  country?: string;
}

export interface ImportedEntry {
  /** How the report refers to it: "slide 3", "event 2", "row 4". */
  label: string;
  headline: string;
  /** The entry's text, as plain text with paragraphs; excerpts quote it. */
  text: string;
  date?: ImportedDate;
  /** A time the source gives that is not a date we can read, or an end date. */
  said?: string;
  location?: ImportedLocation;
  placeBasis?: 'stated' | 'inferred';
  media?: { url?: string; caption?: string; credit?: string };
  /** Our CSV template: excerpts given one by one, quoting a separate source text. */
  excerpts?: string[];
  leg?: { mode: LegMode; basis: LegBasis; corridor?: string };
  context?: string;
  warnings?: Warning[];
}

export interface ImportedStory {
  format: ImportFormat;
  title?: string;
  summary?: string;
  entries: ImportedEntry[];
  /** What could not be carried over, in words, for the report. */
  notes: string[];
}

/** A value from a parsed file that should be text: numbers are accepted, anything else not. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A value that should be a finite number, written as a number or as text. */
export function numberOf(value: unknown): number | undefined {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value)
        : NaN;
  return Number.isFinite(n) ? n : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A link for readers: only http(s), never fetched. */
export function safeUrl(value: unknown): string | undefined {
  const text = textOf(value)?.trim();
  return text && /^https?:\/\/[^\s<>"]+$/i.test(text) && text.length <= 2000 ? text : undefined;
}

/**
 * A date from its parts, as TimelineJS gives them. Only dates our format can hold are read;
 * anything else (a year before 1000, a month 13) is kept as words, never guessed.
 */
export function dateFromParts(
  year: unknown,
  month: unknown,
  day: unknown,
): { value: string; precision: 'year' | 'month' | 'day' } | undefined {
  const y = numberOf(year);
  if (y === undefined || !Number.isInteger(y) || y < 1000 || y > 9999) return undefined;
  const m = numberOf(month);
  if (m === undefined) return { value: String(y), precision: 'year' };
  if (!Number.isInteger(m) || m < 1 || m > 12) return undefined;
  const mm = String(m).padStart(2, '0');
  const d = numberOf(day);
  if (d === undefined) return { value: `${y}-${mm}`, precision: 'month' };
  const date = new Date(Date.UTC(y, m - 1, d));
  if (!Number.isInteger(d) || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return { value: `${y}-${mm}-${String(d).padStart(2, '0')}`, precision: 'day' };
}

/** A date written as one value: 2006, 2006-03, 2006-03-15, 2006-winter, winter or 1990s. */
export function dateFromValue(
  value: string,
): { value: string; precision: Exclude<DatePrecision, 'unknown'> } | undefined {
  const v = value.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v))) {
    const parts = dateFromParts(m[1], m[2], m[3]);
    return parts?.precision === 'day' ? parts : undefined;
  }
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(v))) {
    const parts = dateFromParts(m[1], m[2], undefined);
    return parts?.precision === 'month' ? parts : undefined;
  }
  if (/^\d{4}$/.test(v)) return dateFromParts(v, undefined, undefined);
  if (/^(\d{4}-)?(spring|summer|autumn|winter)$/i.test(v))
    return { value: v.toLowerCase(), precision: 'season' };
  if (/^\d{3}0s$/.test(v)) return { value: v, precision: 'decade' };
  return undefined;
}

/**
 * A link to a map, or one that carries coordinates: it could show a precise location, which
 * the map itself never does, so it is not kept even as a link.
 */
export function isLocationLink(url: string): boolean {
  return (
    /^https?:\/\/([^/]*\.)?(google\.[^/]+\/maps|maps\.google\.|goo\.gl\/maps|maps\.app\.goo\.gl|openstreetmap\.org|osm\.org|bing\.com\/maps|maps\.apple\.com|here\.com|waze\.com)/i.test(
      url,
    ) || /-?\d{1,3}\.\d{3,}\s*(,|%2C)\s*-?\d{1,3}\.\d{3,}/i.test(url)
  );
}
