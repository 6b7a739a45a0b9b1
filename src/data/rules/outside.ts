/**
 * Rules about facts from outside sources (a public profile, a later post: a source with no
 * text file here). Such a fact is `cited`, never `stated`, and its source can be followed.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { PathSegment } from '../yaml-source.ts';
import type { Rule, RuleContext } from './context.ts';

/** Each dated or placed fact with its basis and the source it rests on. */
function facts(ctx: RuleContext) {
  return ctx.data.steps.flatMap((step, i) => {
    const out: {
      kind: 'date' | 'place';
      basis: string | undefined;
      sourceId: string | undefined;
      basisPath: PathSegment[];
      sourcePath: PathSegment[];
      sourceField: string;
    }[] = [];
    const date = step.time.date;
    if (date !== 'unknown')
      out.push({
        kind: 'date',
        basis: date.basis,
        sourceId: date.source,
        basisPath: ['steps', i, 'time', 'date', 'basis'],
        sourcePath: ['steps', i, 'time', 'date', 'source'],
        sourceField: 'source',
      });
    if (step.place_basis !== undefined || step.place_source !== undefined)
      out.push({
        kind: 'place',
        basis: step.place_basis,
        sourceId: step.place_source,
        basisPath: ['steps', i, step.place_basis ? 'place_basis' : 'place_source'],
        sourcePath: ['steps', i, 'place_source'],
        sourceField: 'place_source',
      });
    return out;
  });
}

export const citedFromOutsideSource: Rule = {
  id: 'cited-from-outside-source',
  description:
    'A cited date or place names its source, and that source is an outside one, with no text file.',
  check: (ctx) =>
    facts(ctx).flatMap((f): Diagnostic[] => {
      if (f.basis !== 'cited') return [];
      if (f.sourceId === undefined)
        return [
          ctx.at(
            f.basisPath,
            'privacy/cited',
            `a cited ${f.kind} needs the outside source it comes from`,
            `${f.sourceField}: the id of a source with no text file, such as a public profile`,
          ),
        ];
      const source = ctx.sources.get(f.sourceId);
      return source?.text
        ? [
            ctx.at(
              f.sourcePath,
              'privacy/cited',
              `source "${f.sourceId}" has a text in data/sources/, so a ${f.kind} from it is stated (or derived, or inferred), not cited`,
              `${f.kind === 'date' ? 'basis' : 'place_basis'}: stated when its words give the ${f.kind}, or the id of an outside source`,
            ),
          ]
        : [];
    }),
};

export const statedNeedsText: Rule = {
  id: 'stated-needs-text',
  description:
    'A date or place marked stated rests on a source with a text; one from an outside source is cited.',
  check: (ctx) =>
    facts(ctx).flatMap((f): Diagnostic[] => {
      // A place with no basis written is cited by default when its source has no text.
      if (f.basis !== 'stated') return [];
      const source = f.sourceId === undefined ? ctx.mainSource : ctx.sources.get(f.sourceId);
      if (!source || source.text) return [];
      return [
        ctx.at(
          f.basisPath,
          'privacy/cited',
          `this ${f.kind} is marked as stated, but its source "${source.id}" has no text here to state it; a ${f.kind} from an outside source is cited, and shown with its source`,
          f.kind === 'date' ? 'basis: cited' : 'place_basis: cited, or no place_basis',
        ),
      ];
    }),
};

export const outsideSourceLinked: Rule = {
  id: 'outside-source-linked',
  description:
    'An outside source a cited date or place rests on has a link, so a reader can check it.',
  check: (ctx) => {
    const cited = new Set(
      facts(ctx)
        .filter((f) => f.sourceId && (f.basis ?? defaultBasis(ctx, f)) === 'cited')
        .map((f) => f.sourceId!),
    );
    return ctx.data.sources.flatMap((s, i) =>
      cited.has(s.id) && !s.text && !s.url
        ? [
            ctx.at(
              ['sources', i],
              'privacy/cited',
              `source "${s.id}" is cited for a date or place but has no text file and no link, so a reader cannot check it`,
              'url: the address of the page, profile or publisher’s page that gives it',
            ),
          ]
        : [],
    );
  },
};

/** A place with no basis written is cited when its source has no text (as compile.ts does). */
function defaultBasis(ctx: RuleContext, f: { kind: string; sourceId: string | undefined }) {
  if (f.kind !== 'place' || !f.sourceId) return undefined;
  return ctx.sources.get(f.sourceId)?.text === undefined ? 'cited' : 'stated';
}
