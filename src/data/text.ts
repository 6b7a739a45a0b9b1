import type { LocalText } from './types.ts';
import type { LocalTextFile } from './schema.ts';

/** A plain string in a story file is English; an object carries its translations. */
export function toLocalText(value: LocalTextFile): LocalText {
  if (typeof value === 'string') return { en: value };
  return value.ko ? { en: value.en, ko: value.ko } : { en: value.en };
}
