import { describe, expect, it } from 'vitest';
import {
  fictionNotesSaySo,
  questionsAsk,
  teachingAddsNoFacts,
  teachingSummaryNeutral,
} from '../../../src/data/rules/teaching.ts';
import { storySchema } from '../../../src/data/schema.ts';
import { check, CROSSING, HOME, SEOUL, story, type RuleCase } from './helpers.ts';

const F = 'data/stories/test.yaml';
/** A teaching block on one line, in place of `order` (line 10), so line numbers stay put. */
const teaching = ({
  summary = 'A crossing into China and on to Seoul.',
  notes = 'Min tells of Hyesan and Seoul.',
  questions = ['What risks did Min take?', 'Why go to Seoul?'],
} = {}) => ({
  order: `teaching: { summary: '${summary}', age: '13+', notes: '${notes}', questions: [${questions.map((q) => `'${q}'`).join(', ')}] }`,
});
const fiction = {
  fiction: 'fiction: true',
  person: 'person: { name: Min, name_kind: fictional }',
  consent: 'consent: { status: fiction, note: A character., removal_contact: someone@example.org }',
};

describe('teachingAddsNoFacts', () => {
  const cases: RuleCase[] = [
    { name: 'no teaching notes', yaml: story(), expected: [] },
    {
      name: 'names and numbers the text gives',
      yaml: story(undefined, teaching({ notes: 'In 2006 Min crossed; six months in China.' })),
      expected: [],
    },
    {
      name: 'a year no text gives',
      yaml: story(undefined, teaching({ notes: 'Min crossed in 2004.' })),
      expected: [
        `${F}:10:76: these notes say "2004", which no source text or field of this story gives; notes for teachers never add a date, name or place (DOMAIN rule 2) (expected only numbers, names and places the sources give, or a question in their place)`,
      ],
    },
    {
      name: 'a place and a name no text gives, in a question',
      yaml: story(
        undefined,
        teaching({ questions: ['Why did Min go to Shanghai with Mr Park?', 'What then?'] }),
      ),
      expected: [
        `${F}:10:129: these notes say "Shanghai", "Mr", "Park", which no source text or field of this story gives; notes for teachers never add a date, name or place (DOMAIN rule 2) (expected only numbers, names and places the sources give, or a question in their place)`,
      ],
    },
    {
      name: 'a step note naming a new place',
      yaml: story([
        HOME.replace('excerpts:', "notes: 'She left from Musan.', excerpts:"),
        CROSSING,
        SEOUL,
      ]),
      expected: [
        `${F}:12:72: these notes say "Musan", which no source text or field of this story gives; notes for teachers never add a date, name or place (DOMAIN rule 2) (expected only numbers, names and places the sources give, or a question in their place)`,
      ],
    },
  ];
  it.each(cases)('teachingAddsNoFacts: $name', ({ yaml, expected }) =>
    expect(check(teachingAddsNoFacts, yaml)).toEqual(expected),
  );
});

describe('questionsAsk', () => {
  it('questionsAsk(questions) accepts questions and points at a statement', () => {
    expect(check(questionsAsk, story(undefined, teaching()))).toEqual([]);
    expect(
      check(
        questionsAsk,
        story(undefined, teaching({ questions: ['What did Min risk?', 'Min was brave.'] })),
      ),
    ).toEqual([
      `${F}:10:151: this discussion question does not end with a question mark; questions ask, they never tell (expected a question, such as "What risks did she take?")`,
    ]);
  });
});

describe('fictionNotesSaySo', () => {
  it('fictionNotesSaySo: fiction whose notes say so passes, fiction whose notes do not fails', () => {
    expect(
      check(
        fictionNotesSaySo,
        story(undefined, { ...fiction, ...teaching({ notes: 'This is fiction.' }) }),
      ),
    ).toEqual([]);
    expect(check(fictionNotesSaySo, story(undefined, { ...fiction, ...teaching() }))).toEqual([
      `${F}:10:76: this story is fiction, but its speaker notes do not say so; fiction is labelled everywhere (expected notes that say the story is fiction, e.g. "This is a work of fiction: …")`,
    ]);
    expect(check(fictionNotesSaySo, story(undefined, teaching()))).toEqual([]);
  });
});

describe('teachingSummaryNeutral', () => {
  it('teachingSummaryNeutral: a summary in a warned subject’s words is refused', () => {
    expect(check(teachingSummaryNeutral, story(undefined, teaching()))).toEqual([]);
    expect(
      check(
        teachingSummaryNeutral,
        story(undefined, teaching({ summary: 'Min starved in Hyesan.' })),
      ),
    ).toEqual([
      `${F}:10:13: the content summary mentions starvation ("starved"), and it is shown before the content warning (DOMAIN rule 6) (expected neutral words; the warnings are listed beside it)`,
    ]);
  });
});

describe('teaching schema', () => {
  const base = {
    summary: 'A line.',
    age: '13+',
    notes: 'Notes.',
    questions: ['Why?', 'How?'],
  };
  const parse = (teaching: unknown) =>
    storySchema.shape.teaching
      .safeParse(teaching)
      .error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
  it.each([
    { teaching: base, expected: [] },
    { teaching: { ...base, age: '12–15' }, expected: [] },
    { teaching: { ...base, age: 'teens' }, expected: ['age: is not age guidance'] },
    {
      teaching: { ...base, questions: ['Why?'] },
      expected: ['questions: give two to four discussion questions'],
    },
    {
      teaching: { ...base, questions: ['A?', 'B?', 'C?', 'D?', 'E?'] },
      expected: ['questions: give two to four discussion questions'],
    },
    {
      teaching: { ...base, notes: '<b>Notes</b>' },
      expected: [
        'notes: contains HTML markup, "<b>"; story text is plain text and is shown exactly as typed',
      ],
    },
  ])(
    'storySchema.teaching($teaching.age, $teaching.questions.length questions)',
    ({ teaching, expected }) => expect(parse(teaching)).toEqual(expected),
  );
});
