/**
 * Reads `data/` from disk and compiles it. Node only: used by the build, the validator and tests.
 *
 * Story files may also live outside `data/`, for example an import written to a folder of its
 * own. A folder laid out like `data/` (`stories/`, `sources/`, `gazetteer.yaml`) is checked
 * together with the project's data: its places and source texts are added to the project's.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { borderRivers } from './borders.ts';
import { compile, type CompileResult, type FileInput } from './compile.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { MAX_FILE_BYTES } from './yaml-source.ts';

export interface DataPaths {
  /** Project root, holding `data/`. */
  root: string;
  /**
   * Story files, data folders or gazetteer files to check; all of `data/stories/` when absent.
   * Relative paths are taken from `cwd`.
   */
  stories?: string[];
  /** Where relative paths start, and what messages show paths relative to; `root` by default. */
  cwd?: string;
}

const STORY_FILE = /\.ya?ml$/;

export function storyFiles(root: string): string[] {
  return yamlFilesIn(join(root, 'data', 'stories'));
}

function yamlFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => STORY_FILE.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export function readSourceTexts(root: string): Record<string, string> {
  return readTextsIn(join(root, 'data', 'sources'));
}

function readTextsIn(dir: string): Record<string, string> {
  const texts: Record<string, string> = {};
  if (!existsSync(dir)) return texts;
  for (const f of readdirSync(dir).sort())
    if (f.endsWith('.txt')) texts[f] = readFileSync(join(dir, f), 'utf8');
  return texts;
}

/** What one run checks, once the paths on the command line are sorted out. */
interface Plan {
  stories: string[];
  /** Data folders other than the project's own `data/`. */
  folders: string[];
  problems: Diagnostic[];
}

export function loadAndCompile({ root, stories, cwd = root }: DataPaths): CompileResult {
  const dataDir = resolve(root, 'data');
  const show = (path: string) => displayPath(path, cwd);
  const plan = planPaths(stories, root, cwd, show);
  const problems = [...plan.problems];
  const read = (path: string): FileInput | undefined => {
    const result = readStoryText(path, show(path));
    if ('problem' in result) {
      problems.push(result.problem);
      return undefined;
    }
    return { file: show(path), text: result.text };
  };

  const sourceTexts = readSourceTexts(root);
  const extraGazetteers: FileInput[] = [];
  for (const folder of plan.folders) {
    if (resolve(folder) === dataDir) continue;
    for (const [name, text] of Object.entries(readTextsIn(join(folder, 'sources'))))
      if (!(name in sourceTexts)) sourceTexts[name] = text;
    const gazetteer = join(folder, 'gazetteer.yaml');
    if (existsSync(gazetteer)) {
      const input = read(gazetteer);
      if (input) extraGazetteers.push(input);
    }
  }

  const gazetteerPath = join(dataDir, 'gazetteer.yaml');
  const result = compile({
    gazetteer: read(gazetteerPath) ?? { file: show(gazetteerPath), text: 'places: {}' },
    extraGazetteers,
    stories: plan.stories.map(read).filter((f): f is FileInput => f !== undefined),
    sourceTexts,
    rivers: borderRivers(),
    ...(existsSync(join(dataDir, 'glossary.yaml'))
      ? { glossary: read(join(dataDir, 'glossary.yaml')) }
      : {}),
  });
  return { ...result, diagnostics: sortDiagnostics([...problems, ...result.diagnostics]) };
}

/**
 * Sorts the paths given into story files and data folders. A story in a folder called
 * `stories` belongs to the data folder above it; a gazetteer file stands for its folder.
 */
function planPaths(
  paths: string[] | undefined,
  root: string,
  cwd: string,
  show: (path: string) => string,
): Plan {
  const dataDir = resolve(root, 'data');
  if (!paths || paths.length === 0) return { stories: storyFiles(root), folders: [], problems: [] };
  const plan: Plan = { stories: [], folders: [], problems: [] };
  const addFolder = (folder: string) => {
    if (!plan.folders.includes(folder)) plan.folders.push(folder);
  };
  let everything = false;
  for (const given of paths) {
    const path = resolve(cwd, given);
    if (!existsSync(path)) {
      plan.problems.push(
        problem(
          show(path),
          'there is no file or folder here',
          'the path of a story file (.yaml) or of a data folder',
        ),
      );
      continue;
    }
    if (statSync(path).isDirectory()) {
      const folder = path;
      const inside = existsSync(join(path, 'stories'))
        ? yamlFilesIn(join(path, 'stories'))
        : yamlFilesIn(path).filter((f) => basename(f) !== 'gazetteer.yaml');
      if (resolve(folder) === dataDir) everything = true;
      addFolder(folder);
      plan.stories.push(...inside);
      if (inside.length === 0 && !existsSync(join(path, 'gazetteer.yaml')))
        plan.problems.push(
          problem(
            show(path),
            'this folder holds no story files',
            'a folder with .yaml story files, or with a stories/ folder',
          ),
        );
      continue;
    }
    if (basename(path) === 'gazetteer.yaml') {
      if (dirname(path) === dataDir) everything = true;
      else addFolder(dirname(path));
      continue;
    }
    if (!STORY_FILE.test(path)) {
      plan.problems.push(
        problem(show(path), 'this is not a story file', 'a file whose name ends in .yaml'),
      );
      continue;
    }
    plan.stories.push(path);
    const parent = dirname(path);
    if (basename(parent) === 'stories') addFolder(dirname(parent));
  }
  // Checking the shared gazetteer means checking every story that uses it.
  if (everything) plan.stories.push(...storyFiles(root));
  plan.stories = [...new Set(plan.stories.map((p) => resolve(p)))];
  return plan;
}

/** A file's text, or why it cannot be read: never an exception. */
function readStoryText(path: string, shown: string): { text: string } | { problem: Diagnostic } {
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES)
      return {
        problem: problem(
          shown,
          `the file is too large (${(size / 1e6).toFixed(1)} MB)`,
          'at most 1 MB',
        ),
      };
    const bytes = readFileSync(path);
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return {
        problem: problem(
          shown,
          'the file is not saved as UTF-8 text, so its letters cannot be read reliably',
          'the file saved again with the encoding UTF-8',
        ),
      };
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    return {
      problem: problem(
        shown,
        `the file cannot be read${code ? ` (${code})` : ''}`,
        'a readable file',
      ),
    };
  }
}

function problem(file: string, message: string, expected: string): Diagnostic {
  return { file, line: 1, column: 1, severity: 'error', rule: 'file', message, expected };
}

/** Paths inside `cwd` are shown relative to it, as people typed them; others in full. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  if (rel === '') return path;
  return rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel.split('\\').join('/');
}
