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
import { m, say } from '../i18n/index.ts';
import { formatCalendar, formatList } from '../i18n/intl.ts';

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

/** A content warning in words; lists of them are joined by `warningList`. */
export function warningWords(warning: Warning, lang: Language = 'en'): string {
  const o = say(lang);
  switch (warning) {
    case 'starvation':
      return m.warning_starvation({}, o);
    case 'death-of-parent':
      return m.warning_death_of_parent({}, o);
    case 'human-trafficking':
      return m.warning_human_trafficking({}, o);
    case 'suicide':
      return m.warning_suicide({}, o);
    case 'imprisonment':
      return m.warning_imprisonment({}, o);
    case 'child-abandonment':
      return m.warning_child_abandonment({}, o);
  }
}

/** "a, b and c", by `Intl.ListFormat`. */
export function listWords(words: string[], lang: Language = 'en'): string {
  return formatList(words, lang);
}

export function warningList(warnings: Warning[], lang: Language = 'en'): string {
  return listWords(
    warnings.map((w) => warningWords(w, lang)),
    lang,
  );
}

/** The card's words for a leg's mode, basis and a place's precision: from the map's symbology. */
export function modeLabel(mode: LegMode, lang: Language = 'en'): string {
  return MODE[mode].words[lang];
}
export function basisLabel(basis: LegBasis, lang: Language = 'en'): string {
  return BASIS[basis].words[lang];
}
export function precisionLabel(precision: Precision, lang: Language = 'en'): string {
  return PRECISION[precision].words[lang];
}

function seasonWords(season: string, lang: Language): string {
  const o = say(lang);
  switch (season) {
    case 'spring':
      return m.season_spring({}, o);
    case 'summer':
      return m.season_summer({}, o);
    case 'autumn':
      return m.season_autumn({}, o);
    case 'winter':
      return m.season_winter({}, o);
    default:
      return season;
  }
}

/** A date as a reader should see it; estimates always say so. Empty when there is no date. */
export function formatDate(date: StoryDate, lang: Language = 'en'): string {
  if (date.precision === 'unknown' || !date.value) return '';
  const value = date.value;
  const o = say(lang);
  let text: string;
  switch (date.precision) {
    case 'decade':
      text = m.date_decade({ decade: value.replace(/s$/, '') }, o);
      break;
    case 'day':
    case 'month':
    case 'year':
      text = formatCalendar(value, date.precision, lang);
      break;
    case 'season': {
      const [year, season] = value.includes('-') ? value.split('-') : [undefined, value];
      const words = seasonWords(season!, lang);
      text = year ? m.date_season_year({ season: words, year }, o) : words;
      break;
    }
    default:
      text = value;
  }
  if (date.basis === 'estimated') return m.date_estimated({ date: text }, o);
  if (date.basis === 'derived') return m.date_derived({ date: text }, o);
  return text;
}

export function formatPublished(iso: string | undefined, lang: Language = 'en'): string {
  return iso ? formatCalendar(iso, 'day', lang) : '';
}
