/**
 * Rules about what a reader sees before choosing to see flagged passages (DOMAIN rule 6): a
 * title, summary or heading that touches a warned subject has a neutral form shown by default,
 * and the full one stays behind the warning. Also: short names are words of the published name.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { GatedTextFile } from '../schema.ts';
import { isGated, toLocalText } from '../text.ts';
import type { Warning } from '../types.ts';
import type { PathSegment } from '../yaml-source.ts';
import { WARNING_CUES } from './cues.ts';
import type { Rule, RuleContext } from './context.ts';

const words = (w: Warning) => w.replace(/-/g, ' ');

/** The warned subjects an English text touches, each with the words that touch it. */
function touches(text: string): { warning: Warning; said: string }[] {
  return WARNING_CUES.flatMap(([warning, cue]) => {
    const found = cue.exec(text);
    return found ? [{ warning, said: found[0].slice(0, 40) }] : [];
  });
}

function checkGated(
  ctx: RuleContext,
  value: GatedTextFile,
  path: PathSegment[],
  what: string,
  gate: { warnings: readonly Warning[]; where: string },
): Diagnostic[] {
  const field = String(path.at(-1));
  if (!isGated(value)) {
    const found = touches(toLocalText(value).en);
    if (found.length === 0) return [];
    return [
      ctx.at(
        path,
        'privacy/neutral-text',
        `this ${what} mentions ${found.map((f) => `${words(f.warning)} ("${f.said}")`).join(' and ')}, and a ${what} is shown before the content warning (DOMAIN rule 6)`,
        `${field}: { neutral: …, full: … }, with a neutral form shown by default and the full one kept behind the warning`,
      ),
    ];
  }
  const out: Diagnostic[] = [];
  for (const f of touches(toLocalText(value.neutral).en))
    out.push(
      ctx.at(
        [...path, 'neutral'],
        'privacy/neutral-text',
        `the neutral form of this ${what} still mentions ${words(f.warning)} ("${f.said}")`,
        'words that do not touch the warned subject, such as a place or a time',
      ),
    );
  if (gate.warnings.length === 0)
    out.push(
      ctx.at(
        [...path, 'full'],
        'privacy/neutral-text',
        `this ${what} has a full form, but ${gate.where} has no content warning, so nothing keeps it back`,
        `warnings on ${gate.where}, or a single ${what}`,
      ),
    );
  else
    for (const f of touches(toLocalText(value.full).en))
      if (!gate.warnings.includes(f.warning))
        out.push(
          ctx.at(
            [...path, 'full'],
            'privacy/neutral-text',
            `the full ${what} mentions ${words(f.warning)} ("${f.said}"), but ${gate.where} has no "${f.warning}" warning to keep it back`,
            `warnings: [${f.warning}] on ${gate.where}`,
          ),
        );
  return out;
}

export const neutralTextFirst: Rule = {
  id: 'neutral-text-first',
  description:
    'A title, summary or heading that uses a warned subject’s words has a neutral form, and its full form is behind that warning.',
  check: (ctx) => {
    const story = { warnings: ctx.data.warnings, where: 'the story' };
    return [
      ...checkGated(ctx, ctx.data.title, ['title'], 'title', story),
      ...checkGated(ctx, ctx.data.summary, ['summary'], 'summary', story),
      ...ctx.data.steps.flatMap((step, i) =>
        checkGated(ctx, step.heading, ['steps', i, 'heading'], 'heading', {
          warnings: step.warnings ?? [],
          where: 'the step',
        }),
      ),
    ];
  },
};

export const shortNameFromName: Rule = {
  id: 'short-name-from-name',
  description: 'A short name is made of words of the published name, never a name added to it.',
  check: ({ data, at }) => {
    const short = data.person.short_name;
    if (short === undefined) return [];
    const published = new Set(data.person.name.toLowerCase().split(/[\s()]+/));
    const added = short.split(/\s+/).filter((w) => !published.has(w.toLowerCase()));
    return added.length === 0
      ? []
      : [
          at(
            ['person', 'short_name'],
            'privacy/name',
            `the short name "${short}" has ${added.map((w) => `"${w}"`).join(', ')}, which the published name "${data.person.name}" does not (DOMAIN rule 4)`,
            'words of the name as published, such as its first word, or no short_name',
          ),
        ];
  },
};
