/**
 * The interface's words. Messages are compiled by Paraglide JS from `messages/<lang>.json`
 * (run `npm run i18n` after editing them); every call names its language, so two app instances
 * on one page can speak two languages. Nothing here reads or writes a cookie, storage or the URL.
 */
import type { Language } from '../data/types.ts';
import { m } from './paraglide/messages.js';

export { m };

export const LANGUAGES = ['en', 'ko'] as const satisfies readonly Language[];

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** Options for a message: `m.key(inputs, say(lang))`. */
export function say(lang: Language): { locale: Language } {
  return { locale: lang };
}

/** A message without inputs. */
type Plain = (inputs?: Record<string, never>, options?: { locale?: Language }) => string;

/** A message in both languages at once, for tables (the map's vocabulary) that hold both. */
export function both(message: Plain): { en: string; ko: string } {
  return { en: message({}, { locale: 'en' }), ko: message({}, { locale: 'ko' }) };
}
