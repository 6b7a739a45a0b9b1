/**
 * Rules about sections: when one text file holds several people's stories, each story's source
 * names the part of the file it covers, and every excerpt must come from that part, so no
 * excerpt is attributed to the wrong person.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { checkVerbatim, normaliseForQuote } from '../verbatim.ts';
import type { Rule, RuleContext, SourceFile } from './context.ts';

export type SectionResult =
  | { ok: true; text: string; first: number; last: number }
  | { ok: false; message: string; expected: string; field: string };

/** The lines of a source's text its section covers, 1-based and inclusive. */
export function sectionOf(source: SourceFile, text: string): SectionResult | undefined {
  const section = source.section;
  if (!section) return undefined;
  const lines = text.split(/\r?\n/);
  let first: number;
  let last: number;
  if ('lines' in section) {
    [first, last] = section.lines;
    if (first > last || last > lines.length)
      return {
        ok: false,
        field: 'lines',
        message: `the section's lines ${first}–${last} are not lines of ${source.text}, which has ${lines.length}`,
        expected: `[first, last] with first ≤ last ≤ ${lines.length}`,
      };
  } else {
    const find = (line: string, from: number) =>
      lines.findIndex((l, i) => i >= from && normaliseForQuote(l) === normaliseForQuote(line));
    const at = find(section.heading, 0);
    if (at < 0)
      return {
        ok: false,
        field: 'heading',
        message: `no line of ${source.text} reads "${section.heading.slice(0, 60)}"`,
        expected: 'a whole line of the text, exactly, where the section begins',
      };
    first = at + 1;
    last = lines.length;
    if (section.until !== undefined) {
      const end = find(section.until, at + 1);
      if (end < 0)
        return {
          ok: false,
          field: 'until',
          message: `no line after the section's heading in ${source.text} reads "${section.until.slice(0, 60)}"`,
          expected:
            'a whole line of the text after the heading: the first line of the next section',
        };
      last = end;
    }
  }
  return { ok: true, text: lines.slice(first - 1, last).join('\n'), first, last };
}

export const sectionFound: Rule = {
  id: 'section-found',
  description:
    'A source’s section is a heading line (and an `until` line) or a range of lines of its text.',
  check: ({ data, sourceTexts, at }) =>
    data.sources.flatMap((s, i): Diagnostic[] => {
      if (!s.section) return [];
      if (!s.text)
        return [
          at(
            ['sources', i, 'section'],
            'quote/section',
            `source "${s.id}" has a section but no text file to take it from`,
            'text: a file in data/sources/, or no section',
          ),
        ];
      const text = sourceTexts[s.text];
      if (text === undefined) return [];
      const result = sectionOf(s, text)!;
      return result.ok
        ? []
        : [
            at(
              ['sources', i, 'section', result.field],
              'quote/section',
              result.message,
              result.expected,
            ),
          ];
    }),
};

function sectionText(ctx: RuleContext, sourceId: string) {
  const source = ctx.sources.get(sourceId);
  const text = ctx.textOf(sourceId);
  if (!source || text === undefined) return undefined;
  const result = sectionOf(source, text);
  return result?.ok ? { source, text: result.text, whole: text, result } : undefined;
}

export const excerptInSection: Rule = {
  id: 'excerpt-in-section',
  description: 'An excerpt quoted from a source with a section lies inside that section.',
  check: (ctx) =>
    ctx.excerpts.flatMap(({ text, sourceId, path }): Diagnostic[] => {
      const found = sectionText(ctx, sourceId);
      // An excerpt not in the file at all has its own message (excerpt-verbatim).
      if (!found || checkVerbatim(text, found.text).ok || !checkVerbatim(text, found.whole).ok)
        return [];
      const { first, last } = found.result;
      return [
        ctx.at(
          path,
          'quote/section',
          `this excerpt is in data/sources/${found.source.text} but outside lines ${first}–${last}, the section source "${sourceId}" covers; it may be about someone else`,
          `an excerpt from lines ${first}–${last}, or a source whose section holds it`,
        ),
      ];
    }),
};
