/**
 * The glossary: words a reader may need explained (DOMAIN rule 8: prefer "refugee", and explain
 * "defector" and why it is contested). Checked like the stories, with the same messages.
 */
import { z } from 'zod';
import type { Diagnostic } from './diagnostics.ts';
import { YamlSource } from './yaml-source.ts';
import { zodDiagnostics } from './zod-messages.ts';
import type { GlossaryEntry } from './types.ts';

const entrySchema = z.strictObject({
  term: z.string().trim().min(1).max(80),
  words: z.array(z.string().trim().min(1).max(80)).min(1),
  definition: z.string().trim().min(1).max(1000),
  /** Where the definition comes from, shown with it; our own plain words need none. */
  source: z
    .strictObject({
      title: z.string().trim().min(1).max(300),
      publisher: z.string().trim().min(1).max(200).optional(),
      url: z
        .string()
        .max(2000)
        .regex(/^https?:\/\/[^\s<>"]+$/, { error: 'a link must start with http:// or https://' }),
    })
    .optional(),
});

export const glossarySchema = z.strictObject({
  terms: z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), entrySchema),
});

export function compileGlossary(
  file: string,
  text: string,
): { entries: GlossaryEntry[]; diagnostics: Diagnostic[] } {
  const source = new YamlSource(file, text);
  const { value, diagnostics } = source.parse();
  if (value === undefined) return { entries: [], diagnostics };
  const parsed = glossarySchema.safeParse(value);
  if (!parsed.success)
    return {
      entries: [],
      diagnostics: [...diagnostics, ...zodDiagnostics(source, parsed.error.issues, value)],
    };
  const entries = Object.entries(parsed.data.terms).map(([id, entry]) => ({ id, ...entry }));
  return { entries, diagnostics };
}

/** The entries whose words occur in a text, as whole words, in the order of the glossary. */
export function termsIn(text: string, entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  return entries.filter((entry) =>
    entry.words.some((word) =>
      new RegExp(`(^|[^\\p{L}])${escape(word)}($|[^\\p{L}])`, 'iu').test(text),
    ),
  );
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
