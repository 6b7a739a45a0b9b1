/** Rules about the story's sources and every reference to them. */
import type { Diagnostic } from '../diagnostics.ts';
import { didYouMean } from '../suggest.ts';
import type { PathSegment } from '../yaml-source.ts';
import type { Rule, RuleContext } from './context.ts';

export const sourceIdsUnique: Rule = {
  id: 'source-ids-unique',
  description: 'Each source of a story has its own id.',
  check: ({ data, at }) => {
    const seen = new Set<string>();
    return data.sources.flatMap((s, i) => {
      const twice = seen.has(s.id);
      seen.add(s.id);
      return twice
        ? [
            at(
              ['sources', i, 'id'],
              'reference/source',
              `source id "${s.id}" is used twice`,
              'a different id for each source',
            ),
          ]
        : [];
    });
  },
};

export const sourceTextExists: Rule = {
  id: 'source-text-exists',
  description: 'A source’s text names a file in data/sources/.',
  check: ({ data, sourceTexts, at }) =>
    data.sources.flatMap((s, i) =>
      s.text && sourceTexts[s.text] === undefined
        ? [
            at(
              ['sources', i, 'text'],
              'reference/source',
              `source text "${s.text}" is not in data/sources/${didYouMean(s.text, Object.keys(sourceTexts))}`,
              'the name of a .txt file in data/sources/',
            ),
          ]
        : [],
    ),
};

/** Every field in a story that names one of its sources, with where it is. */
export function sourceReferences(ctx: RuleContext): { id: string; path: PathSegment[] }[] {
  const refs: { id: string | undefined; path: PathSegment[] }[] = [];
  ctx.data.steps.forEach((step, i) => {
    const path: PathSegment[] = ['steps', i];
    refs.push({ id: step.place_source, path: [...path, 'place_source'] });
    refs.push({ id: step.leg?.source, path: [...path, 'leg', 'source'] });
    if (step.time.date !== 'unknown')
      refs.push({ id: step.time.date.source, path: [...path, 'time', 'date', 'source'] });
  });
  for (const e of ctx.excerpts) {
    refs.push({ id: e.sourceId, path: [...e.path, 'source'] });
    if (typeof e.excerpt !== 'string')
      (e.excerpt.translations ?? []).forEach((t, k) =>
        refs.push({ id: t.source, path: [...e.path, 'translations', k, 'source'] }),
      );
  }
  return refs.filter((r): r is { id: string; path: PathSegment[] } => r.id !== undefined);
}

export const sourceReferencesKnown: Rule = {
  id: 'source-references-known',
  description: 'Every source a date, place, leg, excerpt or translation cites is in `sources`.',
  check: (ctx) => {
    const ids = [...ctx.sources.keys()];
    return sourceReferences(ctx).flatMap(({ id, path }): Diagnostic[] =>
      ctx.sources.has(id)
        ? []
        : [
            ctx.at(
              path,
              'reference/source',
              `unknown source "${id}"${didYouMean(id, ids)}`,
              `one of the story's source ids: ${ids.join(', ')}`,
            ),
          ],
    );
  },
};
