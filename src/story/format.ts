/**
 * Words for what the data encodes. Everything here returns plain strings; the views render them
 * as text, never as HTML.
 */
import type {
  Language,
  LegBasis,
  LegMode,
  LocalText,
  Precision,
  StoryDate,
  Warning,
} from '../data/types.ts';
import { BASIS, MODE, PRECISION } from '../map/symbology.ts';

export interface Localized {
  text: string;
  /** False when the reader asked for a language this text has no translation in. */
  translated: boolean;
}

/** A translation if there is one, or the original, flagged so the view can say so. */
export function localize(text: LocalText, lang: Language): Localized {
  if (lang === 'en') return { text: text.en, translated: true };
  const translation = text[lang];
  return translation
    ? { text: translation, translated: true }
    : { text: text.en, translated: false };
}

export const WARNING_LABELS: Record<Warning, string> = {
  starvation: 'starvation',
  'death-of-parent': 'the death of a parent',
  'human-trafficking': 'human trafficking',
  suicide: 'suicide',
  imprisonment: 'imprisonment',
  'child-abandonment': 'a child left alone',
};

export function listWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

export function warningList(warnings: Warning[]): string {
  return listWords(warnings.map((w) => WARNING_LABELS[w]));
}

/** The card's words for a leg's mode, basis and a place's precision: from the map's symbology. */
export const MODE_LABELS: Record<LegMode, string> = mapWords(MODE);
export const BASIS_LABELS: Record<LegBasis, string> = mapWords(BASIS);
export const PRECISION_LABELS: Record<Precision, string> = mapWords(PRECISION);

function mapWords<K extends string>(
  table: Record<K, { words: { en: string } }>,
): Record<K, string> {
  return Object.fromEntries(
    Object.entries<{ words: { en: string } }>(table).map(([k, v]) => [k, v.words.en]),
  ) as Record<K, string>;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date as a reader should see it; estimates always say so. Empty when there is no date. */
export function formatDate(date: StoryDate): string {
  if (date.precision === 'unknown' || !date.value) return '';
  const value = date.value;
  let text: string;
  switch (date.precision) {
    case 'decade':
      text = `the ${value}`;
      break;
    case 'month': {
      const [year, month] = value.split('-');
      text = `${MONTHS[Number(month) - 1]} ${year}`;
      break;
    }
    case 'day': {
      const [year, month, day] = value.split('-');
      text = `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
      break;
    }
    case 'season': {
      const [year, season] = value.includes('-') ? value.split('-') : [undefined, value];
      text = year ? `${season} ${year}` : season!;
      break;
    }
    default:
      text = value;
  }
  if (date.basis === 'estimated') return `about ${text} (estimate)`;
  if (date.basis === 'derived') return `${text} (worked out from the text)`;
  return text;
}

export function formatPublished(iso: string | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}
