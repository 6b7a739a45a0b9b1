/**
 * The verbatim-excerpt check: an excerpt must be a substring of the source text it cites.
 * Only whitespace and typographic quotes are normalised, so a changed word is an error and
 * never a silent misquote.
 */

const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
};

export function normaliseForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033]/g, (c) => QUOTES[c]!)
    .replace(/\s+/g, ' ')
    .trim();
}

export type VerbatimResult =
  | { ok: true }
  | {
      ok: false;
      /** How many characters of the excerpt do match the source somewhere. */
      matched: number;
      /** The source's text where the excerpt stops matching, if a prefix matched. */
      sourceHas?: string;
      excerptHas: string;
    };

export function checkVerbatim(excerpt: string, source: string): VerbatimResult {
  const needle = normaliseForQuote(excerpt);
  const haystack = normaliseForQuote(source);
  if (needle.length > 0 && haystack.includes(needle)) return { ok: true };
  // Find the longest prefix that does occur, to say where the excerpt goes wrong.
  let low = 0;
  let high = needle.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (haystack.includes(needle.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  const matched = low;
  const excerptHas = needle.slice(matched, matched + 30);
  if (matched < 12) return { ok: false, matched, excerptHas };
  const at = haystack.indexOf(needle.slice(0, matched)) + matched;
  return { ok: false, matched, sourceHas: haystack.slice(at, at + 30), excerptHas };
}

export function describeMismatch(result: Exclude<VerbatimResult, { ok: true }>): string {
  if (result.sourceHas === undefined)
    return `this excerpt is not in the source text: its start, "${result.excerptHas}…", is not found`;
  return (
    `this excerpt differs from the source text after ${result.matched} characters: ` +
    `the excerpt has "${result.excerptHas}…" where the source has "${result.sourceHas}…"`
  );
}
