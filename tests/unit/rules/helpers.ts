/**
 * Runs one story rule on an inline YAML story, so each rule's table states only what it is
 * about. No test here reads the live data in data/.
 */
import { stringify } from 'yaml';
import { formatDiagnostic, sortDiagnostics } from '../../../src/data/diagnostics.ts';
import { compileGazetteer, type Gazetteer } from '../../../src/data/gazetteer.ts';
import { createContext, type Rule } from '../../../src/data/rules/index.ts';
import { storySchema } from '../../../src/data/schema.ts';
import { YamlSource } from '../../../src/data/yaml-source.ts';
import { gazetteerData, rivers, sourceTexts } from '../fixtures.ts';

/** The fixtures' places, with one corridor for typical legs. */
export const GAZETTEER = stringify({
  ...gazetteerData,
  corridors: {
    'southeast-asia': {
      name: 'A typical route',
      via: ['yanji', 'seoul'],
      source: { title: 'A public report', publisher: 'Publisher' },
    },
  },
});

/** Lines 1–11 of every story below; steps start on line 12. */
const HEAD: [key: string, line: string][] = [
  ['id', 'id: test'],
  ['title', 'title: A test story'],
  ['person', 'person: { name: Min, name_kind: pseudonym }'],
  ['fiction', 'fiction: false'],
  ['summary', 'summary: A summary.'],
  ['warnings', 'warnings: [starvation]'],
  ['sources', 'sources: [{ id: src, title: The source, publisher: Publisher, text: test.txt }]'],
  [
    'consent',
    'consent: { status: confirmed, note: Agreed., removal_contact: someone@example.org }',
  ],
  ['corrections', 'corrections: []'],
  ['order', 'order: 1'],
  ['steps', 'steps:'],
];

/** One step per line, in flow style. */
export const HOME =
  '  - { id: home, heading: Home, place: hyesan, time: { date: unknown }, excerpts: [I was born in Hyesan.] }';
export const CROSSING =
  "  - { id: crossing, heading: The crossing, place: yalu-river, time: { date: { value: '2006', precision: year, basis: stated } }, leg: { mode: river, basis: stated }, excerpts: [In the winter of 2006 I crossed the frozen river.] }";
export const SEOUL =
  '  - { id: seoul, heading: Seoul, place: seoul, time: { date: unknown }, leg: { mode: unknown, basis: inferred }, excerpts: [I lived in China for six months before I reached Seoul.] }';

/**
 * A story file: the head above with some lines replaced (each replacement stays one line, so
 * line numbers do not move), then the given steps.
 */
export function story(
  steps: string[] = [HOME, CROSSING, SEOUL],
  head: Record<string, string> = {},
) {
  return [...HEAD.map(([key, line]) => head[key] ?? line), ...steps].join('\n') + '\n';
}

export interface RuleCase {
  name: string;
  yaml: string;
  /** Every diagnostic the rule gives, formatted. */
  expected: string[];
  texts?: Record<string, string>;
}

let compiled: Gazetteer | undefined;
function gazetteerOnce(): Gazetteer {
  if (compiled) return compiled;
  const result = compileGazetteer('data/gazetteer.yaml', GAZETTEER, rivers);
  if (result.diagnostics.length > 0) throw new Error(result.diagnostics[0]!.message);
  return (compiled = result.gazetteer);
}

/** The rule's diagnostics on a story, in file order, as `file:line:column: message (expected …)` lines. */
export function check(
  rule: Rule,
  yaml: string,
  options: { texts?: Record<string, string>; file?: string } = {},
): string[] {
  const source = new YamlSource(options.file ?? 'data/stories/test.yaml', yaml);
  const { value, diagnostics } = source.parse();
  if (value === undefined) throw new Error(`fixture is not YAML: ${diagnostics[0]?.message}`);
  const parsed = storySchema.safeParse(value);
  if (!parsed.success) throw new Error(`fixture fails the schema: ${parsed.error.message}`);
  const gazetteer = gazetteerOnce();
  const ctx = createContext(parsed.data, source, gazetteer, options.texts ?? sourceTexts, true);
  return sortDiagnostics(rule.check(ctx)).map(formatDiagnostic);
}
