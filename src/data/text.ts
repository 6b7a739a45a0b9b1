import type { LocalText } from './types.ts';
import type { GatedTextFile, LocalTextFile } from './schema.ts';

/** A plain string in a story file is English; an object carries its translations. */
export function toLocalText(value: LocalTextFile): LocalText {
  if (typeof value === 'string') return { en: value };
  return value.ko ? { en: value.en, ko: value.ko } : { en: value.en };
}

/** Whether a title, summary or heading was written with a neutral and a full form. */
export function isGated(
  value: GatedTextFile,
): value is { neutral: LocalTextFile; full: LocalTextFile } {
  return typeof value === 'object' && 'neutral' in value;
}

/** The form shown by default, and the full one when there is one to keep behind the warning. */
export function toGatedText(value: GatedTextFile): { shown: LocalText; full?: LocalText } {
  return isGated(value)
    ? { shown: toLocalText(value.neutral), full: toLocalText(value.full) }
    : { shown: toLocalText(value) };
}

/** Every English form of a gated text, neutral first. */
export function englishForms(value: GatedTextFile): string[] {
  return isGated(value)
    ? [toLocalText(value.neutral).en, toLocalText(value.full).en]
    : [toLocalText(value).en];
}
