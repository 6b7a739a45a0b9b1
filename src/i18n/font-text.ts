/**
 * Every Korean character the interface may show, for the build to pick the Korean font's
 * subsets by: the messages, and what `Intl` writes at run time (months, list words, the names
 * of the countries the stories pass through). Build-time only (reads files).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countryName, formatCalendar, formatList } from './intl.ts';

export function interfaceText(root: string, countries: Iterable<string>): string {
  const messages = readFileSync(join(root, 'messages', 'ko.json'), 'utf8');
  const months = Array.from({ length: 12 }, (_, i) =>
    formatCalendar(`2000-${String(i + 1).padStart(2, '0')}-01`, 'day', 'ko'),
  );
  const names = [...new Set(countries)].map((code) => countryName(code, 'ko'));
  return [messages, ...months, formatList(['가', '나', '다'], 'ko'), ...names].join('');
}
