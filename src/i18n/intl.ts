/**
 * Dates, lists and country names through the browser's own `Intl`, so no table of months or
 * countries is kept by hand. English is written the British way, as the rest of the app is.
 */
import type { Language } from '../data/types.ts';

const TAGS: Record<Language, string> = { en: 'en-GB', ko: 'ko-KR' };

/** The BCP 47 tag `Intl` is given for a language. */
export function intlLocale(lang: Language): string {
  return TAGS[lang];
}

// Formatters are costly to make and used for every card: one per language and kind.
const cache = new Map<string, Intl.DateTimeFormat | Intl.ListFormat | Intl.DisplayNames>();
function cached<T extends Intl.DateTimeFormat | Intl.ListFormat | Intl.DisplayNames>(
  key: string,
  make: () => T,
): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

const DATE_OPTIONS = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A calendar date (`2025-03-06`, `2013-06` or `2006`) at its own precision, in UTC. */
export function formatCalendar(
  value: string,
  precision: keyof typeof DATE_OPTIONS,
  lang: Language,
): string {
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  const format = cached(
    `date:${lang}:${precision}`,
    () =>
      new Intl.DateTimeFormat(intlLocale(lang), { ...DATE_OPTIONS[precision], timeZone: 'UTC' }),
  );
  return format.format(Date.UTC(year!, month - 1, day));
}

/** "a, b and c" / "a, b 및 c". */
export function formatList(words: readonly string[], lang: Language): string {
  return cached(
    `list:${lang}`,
    () => new Intl.ListFormat(intlLocale(lang), { type: 'conjunction', style: 'long' }),
  ).format(words);
}

/** A country's name from its ISO 3166-1 alpha-2 code; the code itself if `Intl` has none. */
export function countryName(code: string, lang: Language): string {
  const names = cached(
    `region:${lang}`,
    () => new Intl.DisplayNames(intlLocale(lang), { type: 'region', fallback: 'code' }),
  );
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
