/** Rules about excerpts: verbatim from a source text, and never a detail the guidelines forbid. */
import type { Diagnostic } from '../diagnostics.ts';
import { checkVerbatim, describeMismatch } from '../verbatim.ts';
import { SUICIDE_METHOD } from './cues.ts';
import type { Rule } from './context.ts';

export const excerptSourceHasText: Rule = {
  id: 'excerpt-source-has-text',
  description: 'An excerpt cites a source with a text file, so it can be checked.',
  check: ({ excerpts, sources, at }) =>
    excerpts.flatMap(({ sourceId, path }) => {
      const cited = sources.get(sourceId);
      return cited && !cited.text
        ? [
            at(
              path,
              'quote/source',
              `source "${sourceId}" has no text file, so this excerpt cannot be checked against it`,
              'an excerpt from a source with text: a file in data/sources/',
            ),
          ]
        : [];
    }),
};

export const excerptVerbatim: Rule = {
  id: 'excerpt-verbatim',
  description: 'An excerpt is word for word in its source’s text.',
  check: ({ excerpts, sources, textOf, at }) =>
    excerpts.flatMap(({ sourceId, text, path }) => {
      const sourceText = textOf(sourceId);
      if (sourceText === undefined) return [];
      const result = checkVerbatim(text, sourceText);
      return result.ok
        ? []
        : [
            at(
              path,
              'quote/verbatim',
              describeMismatch(result),
              `the words exactly as in data/sources/${sources.get(sourceId)!.text}`,
            ),
          ];
    }),
};

export const noSuicideMethod: Rule = {
  id: 'no-suicide-method',
  description: 'No excerpt names a method of suicide (WHO reporting guidelines).',
  check: ({ excerpts, at }) =>
    excerpts
      .filter(({ text }) => SUICIDE_METHOD.test(text))
      .map(({ path }) =>
        at(
          path,
          'privacy/suicide-method',
          'this excerpt names a method of suicide; reporting guidelines (WHO) say never to quote it',
          'a different excerpt, without that detail',
        ),
      ),
};

/**
 * A translated excerpt is a quote too: it cites its own published translation, never the
 * original (so it is not our own or a machine's translation), and is verbatim in its text.
 */
export const translationsQuoted: Rule = {
  id: 'translations-quoted',
  description:
    'A translation cites its own published source, one per language, and is verbatim in it.',
  check: ({ excerpts, sources, textOf, at }) =>
    excerpts.flatMap(({ excerpt, sourceId, path }): Diagnostic[] => {
      if (typeof excerpt === 'string') return [];
      const out: Diagnostic[] = [];
      const langs = new Set<string>();
      (excerpt.translations ?? []).forEach((t, k) => {
        const here = [...path, 'translations', k];
        if (langs.has(t.lang))
          out.push(
            at(
              [...here, 'lang'],
              'quote/translation',
              `there are two "${t.lang}" translations of this excerpt`,
              'one translation per language',
            ),
          );
        langs.add(t.lang);
        if (t.source === sourceId) {
          out.push(
            at(
              [...here, 'source'],
              'quote/translation',
              `this translation cites "${t.source}", the source of the original excerpt; a translation must quote a published translation, with its own source, and is never made by us or by a machine`,
              'the id of a source that is the published translation',
            ),
          );
          return;
        }
        const text = textOf(t.source);
        if (text === undefined) return;
        const result = checkVerbatim(t.text, text);
        if (!result.ok)
          out.push(
            at(
              [...here, 'text'],
              'quote/verbatim',
              `this translation is not quoted exactly: ${describeMismatch(result).replace(/^this excerpt /, 'it ')}`,
              `the words exactly as in data/sources/${sources.get(t.source)!.text}`,
            ),
          );
      });
      return out;
    }),
};
