/**
 * Rules about what teachers read (DOMAIN.md, educators): speaker notes and discussion questions
 * are our words beside the source, so they may ask and explain but never add a fact. A number or
 * a name no source text or story field gives is refused; questions ask; fiction says so; the
 * one-line content summary is shown before any warning, so it stays neutral.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { toLocalText } from '../text.ts';
import type { LocalTextFile } from '../schema.ts';
import type { PathSegment } from '../yaml-source.ts';
import { WARNING_CUES } from './cues.ts';
import { sectionOf } from './sections.ts';
import type { Rule, RuleContext } from './context.ts';

/** Words for the languages themselves, which a note may name without a source. */
const LANGUAGE_WORDS = ['english', 'korean', 'koreans'];

/** Every teacher-facing text of a story, with where it is. */
function teacherTexts({ data }: RuleContext): { text: string; path: PathSegment[] }[] {
  const out: { text: string; path: PathSegment[] }[] = [];
  const t = data.teaching;
  if (t) {
    out.push({ text: toLocalText(t.summary).en, path: ['teaching', 'summary'] });
    out.push({ text: toLocalText(t.notes).en, path: ['teaching', 'notes'] });
    t.questions.forEach((q, i) =>
      out.push({ text: toLocalText(q).en, path: ['teaching', 'questions', i] }),
    );
  }
  data.steps.forEach((step, i) => {
    if (step.notes) out.push({ text: toLocalText(step.notes).en, path: ['steps', i, 'notes'] });
  });
  return out;
}

/** Everything the story's sources and its own fields say, as lower-case words. */
function knownWords(ctx: RuleContext): Set<string> {
  const texts: string[] = [ctx.data.person.name];
  const add = (v: LocalTextFile | { neutral: LocalTextFile; full: LocalTextFile } | undefined) => {
    if (v === undefined) return;
    if (typeof v === 'object' && 'neutral' in v)
      texts.push(toLocalText(v.neutral).en, toLocalText(v.full).en);
    else texts.push(toLocalText(v).en);
  };
  add(ctx.data.title);
  add(ctx.data.summary);
  for (const source of ctx.data.sources) {
    texts.push(source.title, source.publisher, source.note ?? '');
    const text = ctx.textOf(source.id);
    if (text === undefined) continue;
    const section = sectionOf(source, text);
    texts.push(section?.ok ? section.text : text);
  }
  for (const step of ctx.data.steps) {
    add(step.heading);
    add(step.context);
    add(step.leg?.note);
    add(step.time.said);
    const place = ctx.gazetteer.places.get(step.place);
    if (place) texts.push(place.name.en);
  }
  texts.push(...ctx.excerpts.map((e) => e.text));
  const words = new Set(LANGUAGE_WORDS);
  for (const w of texts
    .join(' ')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [])
    words.add(w);
  return words;
}

/** Numbers, and capitalised words that do not begin a sentence: the shapes new facts take. */
function factWords(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\p{N}+/gu)) found.push(m[0]);
  for (const m of text.matchAll(/\p{Lu}[\p{L}]*/gu)) {
    const before = text.slice(0, m.index).trimEnd();
    const startsSentence = before === '' || /[.!?:;“"‘(–—]$/.test(before);
    if (!startsSentence && m[0] !== 'I') found.push(m[0]);
  }
  return found;
}

export const teachingAddsNoFacts: Rule = {
  id: 'teaching-adds-no-facts',
  description:
    'Speaker notes, questions and the content summary name no number, date, person or place that the story’s sources and fields do not give.',
  check: (ctx) => {
    const texts = teacherTexts(ctx);
    if (texts.length === 0) return [];
    const known = knownWords(ctx);
    return texts.flatMap(({ text, path }): Diagnostic[] => {
      const added = [...new Set(factWords(text).filter((w) => !known.has(w.toLowerCase())))];
      return added.length === 0
        ? []
        : [
            ctx.at(
              path,
              'truth/teaching',
              `these notes say ${added.map((w) => `"${w}"`).join(', ')}, which no source text or field of this story gives; notes for teachers never add a date, name or place (DOMAIN rule 2)`,
              'only numbers, names and places the sources give, or a question in their place',
            ),
          ];
    });
  },
};

export const questionsAsk: Rule = {
  id: 'questions-ask',
  description: 'Every discussion question is a question: it ends with a question mark.',
  check: ({ data, at }) =>
    (data.teaching?.questions ?? []).flatMap((q, i) =>
      /[?？]\s*$/.test(toLocalText(q).en)
        ? []
        : [
            at(
              ['teaching', 'questions', i],
              'teaching/question',
              'this discussion question does not end with a question mark; questions ask, they never tell',
              'a question, such as "What risks did she take?"',
            ),
          ],
    ),
};

export const fictionNotesSaySo: Rule = {
  id: 'fiction-notes-say-so',
  description: 'The speaker notes of a work of fiction say that it is fiction.',
  check: ({ data, at }) =>
    data.fiction && data.teaching && !/\bfiction/i.test(toLocalText(data.teaching.notes).en)
      ? [
          at(
            ['teaching', 'notes'],
            'privacy/fiction',
            'this story is fiction, but its speaker notes do not say so; fiction is labelled everywhere',
            'notes that say the story is fiction, e.g. "This is a work of fiction: …"',
          ),
        ]
      : [],
};

export const teachingSummaryNeutral: Rule = {
  id: 'teaching-summary-neutral',
  description:
    'The one-line content summary, shown before any warning, names warned subjects only as the warnings do, never in the story’s own words.',
  check: ({ data, at }) => {
    if (!data.teaching) return [];
    const summary = toLocalText(data.teaching.summary).en;
    return WARNING_CUES.filter(([, cue]) => cue.test(summary)).map(([warning, cue]) =>
      at(
        ['teaching', 'summary'],
        'privacy/neutral-text',
        `the content summary mentions ${warning.replace(/-/g, ' ')} ("${cue.exec(summary)![0].slice(0, 40)}"), and it is shown before the content warning (DOMAIN rule 6)`,
        'neutral words; the warnings are listed beside it',
      ),
    );
  },
};
