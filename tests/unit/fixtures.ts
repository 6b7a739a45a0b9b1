/**
 * Tiny inline fixtures for the data-layer tests: a gazetteer with a few places and a story
 * builder, so each test states only what it is about.
 */
import { stringify } from 'yaml';
import { borderRivers } from '../../src/data/borders.ts';
import { compile, type CompileResult } from '../../src/data/compile.ts';
import { formatDiagnostic } from '../../src/data/diagnostics.ts';

export const rivers = borderRivers();

export const SOURCE_TEXT =
  'I was born in Hyesan. We often went hungry and some starved. ' +
  'In the winter of 2006 I crossed the frozen river. ' +
  'I lived in China for six months before I reached Seoul.';

export const KO_TEXT = '나는 혜산에서 태어났다.';

export const sourceTexts: Record<string, string> = { 'test.txt': SOURCE_TEXT, 'ko.txt': KO_TEXT };

export const gazetteerData = {
  places: {
    'north-korea': {
      name: 'North Korea',
      country: 'KP',
      kind: 'country',
      precision: 'country',
      coords: [127.0, 40.2],
    },
    china: {
      name: 'China',
      country: 'CN',
      kind: 'country',
      precision: 'country',
      coords: [104.0, 35.9],
    },
    'south-korea': {
      name: 'South Korea',
      country: 'KR',
      kind: 'country',
      precision: 'country',
      coords: [127.9, 36.4],
    },
    hyesan: {
      name: { en: 'Hyesan', ko: '혜산' },
      country: 'KP',
      kind: 'city',
      precision: 'city',
      coords: [128.2, 41.4],
    },
    yanji: { name: 'Yanji', country: 'CN', kind: 'city', precision: 'city', coords: [129.5, 42.9] },
    seoul: { name: 'Seoul', country: 'KR', kind: 'city', precision: 'city', coords: [127.0, 37.6] },
    virginia: {
      name: 'Virginia, USA',
      country: 'US',
      kind: 'state',
      precision: 'state',
      coords: [-78.9, 37.5],
    },
    'yalu-river': {
      name: 'Yalu River',
      country: 'CN KP',
      kind: 'river',
      precision: 'river',
      river: 'yalu',
    },
    'tumen-river': {
      name: 'Tumen River',
      country: 'CN KP',
      kind: 'river',
      precision: 'river',
      river: 'tumen',
    },
  },
};

export const gazetteerYaml = stringify(gazetteerData);

type Json = Record<string, unknown>;

/** A valid story; each override replaces a top-level field. */
export function storyData(overrides: Json = {}): Json {
  return {
    id: 'test',
    title: 'A test story',
    person: { name: 'Min', name_kind: 'pseudonym' },
    fiction: false,
    summary: 'A summary.',
    warnings: ['starvation'],
    sources: [{ id: 'src', title: 'The source', publisher: 'Publisher', text: 'test.txt' }],
    consent: { status: 'confirmed', note: 'Agreed.', removal_contact: 'someone@example.org' },
    corrections: [],
    steps: [
      {
        id: 'home',
        heading: 'Home',
        place: 'hyesan',
        time: { date: 'unknown' },
        excerpts: ['I was born in Hyesan.'],
      },
      {
        id: 'crossing',
        heading: 'The crossing',
        place: 'yalu-river',
        time: { said: 'winter 2006', date: { value: '2006', precision: 'year', basis: 'stated' } },
        leg: { mode: 'river', basis: 'stated' },
        excerpts: ['In the winter of 2006 I crossed the frozen river.'],
      },
      {
        id: 'seoul',
        heading: 'Seoul',
        place: 'seoul',
        time: { date: 'unknown' },
        leg: { mode: 'unknown', basis: 'inferred' },
        excerpts: ['I lived in China for six months before I reached Seoul.'],
      },
    ],
    ...overrides,
  };
}

/** The default story with one step changed. */
export function withStep(index: number, step: Json): Json {
  const data = storyData();
  const steps = [...(data.steps as Json[])];
  steps[index] = { ...steps[index], ...step };
  return { ...data, steps };
}

export function compileStory(
  story: Json | string,
  options: { gazetteer?: string; file?: string; texts?: Record<string, string> } = {},
): CompileResult & { messages: string[] } {
  const result = compile({
    gazetteer: { file: 'data/gazetteer.yaml', text: options.gazetteer ?? gazetteerYaml },
    stories: [
      {
        file: options.file ?? 'data/stories/test.yaml',
        text: typeof story === 'string' ? story : stringify(story),
      },
    ],
    sourceTexts: options.texts ?? sourceTexts,
    rivers,
  });
  return { ...result, messages: result.diagnostics.map(formatDiagnostic) };
}

/** The rules that fired, in order: the stable part of a diagnostic to assert on. */
export function rules(result: CompileResult): string[] {
  return result.diagnostics.map((d) => `${d.severity}:${d.rule}`);
}
