/**
 * What every story rule is given: the parsed file, where its fields are, the gazetteer and the
 * source texts, with the few lookups most rules share. Rules are pure functions of it.
 */
import type { Diagnostic, Severity } from '../diagnostics.ts';
import type { Gazetteer } from '../gazetteer.ts';
import type { ExcerptFile, StepFile, StoryFile } from '../schema.ts';
import type { PathSegment, YamlSource } from '../yaml-source.ts';

export type SourceFile = StoryFile['sources'][number];

export interface ExcerptRef {
  step: StepFile;
  stepIndex: number;
  excerpt: ExcerptFile;
  /** The quoted words. */
  text: string;
  /** The source it cites: its own, or the story's first. */
  sourceId: string;
  path: PathSegment[];
}

export interface RuleContext {
  data: StoryFile;
  /** Path as it appears in messages. */
  file: string;
  gazetteer: Gazetteer;
  /** False when the gazetteer has errors of its own; place lookups then prove nothing. */
  gazetteerOk: boolean;
  /** Source texts by file name, as in `data/sources/`. */
  sourceTexts: Record<string, string>;
  /** The story's sources by id; the first of two with the same id wins. */
  sources: Map<string, SourceFile>;
  /** The first source: the story's own text, cited by any excerpt that names none. */
  mainSource: SourceFile;
  /** The text of a source, when it has a text file that exists. */
  textOf(sourceId: string | undefined): string | undefined;
  excerpts: ExcerptRef[];
  /** A diagnostic at a field of the story file. */
  at(
    path: PathSegment[],
    rule: string,
    message: string,
    expected?: string,
    severity?: Severity,
  ): Diagnostic;
}

export interface Rule {
  /** Unique and stable, e.g. `story-id-matches-file`. */
  id: string;
  /** One line: what the rule asks of a story. */
  description: string;
  check(ctx: RuleContext): Diagnostic[];
}

export function createContext(
  data: StoryFile,
  source: YamlSource,
  gazetteer: Gazetteer,
  sourceTexts: Record<string, string>,
  gazetteerOk: boolean,
): RuleContext {
  const sources = new Map<string, SourceFile>();
  for (const s of data.sources) if (!sources.has(s.id)) sources.set(s.id, s);
  const mainSource = data.sources[0]!;
  const excerpts: ExcerptRef[] = data.steps.flatMap((step, stepIndex) =>
    step.excerpts.map((excerpt, j) => ({
      step,
      stepIndex,
      excerpt,
      text: typeof excerpt === 'string' ? excerpt : excerpt.text,
      sourceId: typeof excerpt === 'string' ? mainSource.id : (excerpt.source ?? mainSource.id),
      path: ['steps', stepIndex, 'excerpts', j],
    })),
  );
  return {
    data,
    file: source.file,
    gazetteer,
    gazetteerOk,
    sourceTexts,
    sources,
    mainSource,
    textOf(sourceId) {
      const text = sourceId === undefined ? undefined : sources.get(sourceId)?.text;
      return text === undefined ? undefined : sourceTexts[text];
    },
    excerpts,
    at(path, rule, message, expected, severity = 'error') {
      const { line, column } = source.locate(path);
      return {
        file: source.file,
        line,
        column,
        severity,
        rule,
        message,
        ...(expected ? { expected } : {}),
      };
    },
  };
}

/** Runs every rule; one rule's diagnostics never depend on another's. */
export function runRules(rules: readonly Rule[], ctx: RuleContext): Diagnostic[] {
  return rules.flatMap((rule) => rule.check(ctx));
}
