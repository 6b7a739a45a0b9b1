/**
 * Reads `data/` from disk and compiles it. Node only: used by the build, the validator and tests.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { borderRivers } from './borders.ts';
import { compile, type CompileResult, type FileInput } from './compile.ts';

export interface DataPaths {
  root: string;
  /** Story files to check; all of `data/stories/` when absent. */
  stories?: string[];
}

export function storyFiles(root: string): string[] {
  const dir = join(root, 'data', 'stories');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export function readSourceTexts(root: string): Record<string, string> {
  const dir = join(root, 'data', 'sources');
  const texts: Record<string, string> = {};
  if (!existsSync(dir)) return texts;
  for (const f of readdirSync(dir))
    if (f.endsWith('.txt')) texts[f] = readFileSync(join(dir, f), 'utf8');
  return texts;
}

function read(root: string, path: string): FileInput {
  return { file: relative(root, path) || path, text: readFileSync(path, 'utf8') };
}

export function loadAndCompile({ root, stories }: DataPaths): CompileResult {
  return compile({
    gazetteer: read(root, join(root, 'data', 'gazetteer.yaml')),
    stories: (stories ?? storyFiles(root)).map((p) => read(root, p)),
    sourceTexts: readSourceTexts(root),
    rivers: borderRivers(),
  });
}
