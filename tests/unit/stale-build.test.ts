import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staleBuild } from '../../scripts/lib/stale-build.ts';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A project whose files were last changed at the given times (seconds). */
function project(files: Record<string, number>) {
  root = mkdtempSync(join(tmpdir(), 'stale-'));
  for (const [file, time] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '');
    utimesSync(join(root, file), time, time);
  }
  return root;
}

describe('staleBuild(root)', () => {
  it.each<{ name: string; files: Record<string, number>; expected: string | undefined }>([
    {
      name: 'no build',
      files: { 'src/main.ts': 100 },
      expected: 'dist/ has not been built',
    },
    {
      name: 'a build newer than every source',
      files: { 'src/main.ts': 100, 'data/stories/a.yaml': 150, 'dist/index.html': 200 },
      expected: undefined,
    },
    {
      name: 'a source file changed after the build',
      files: { 'src/story/a.ts': 300, 'src/main.ts': 100, 'dist/index.html': 200 },
      expected: 'dist/ is older than src/story/a.ts, changed since the last build',
    },
    {
      name: 'a story changed after the build',
      files: { 'src/main.ts': 100, 'data/stories/a.yaml': 300, 'dist/index.html': 200 },
      expected: 'dist/ is older than data/stories/a.yaml, changed since the last build',
    },
    {
      name: 'index.html changed after the build',
      files: { 'index.html': 300, 'dist/index.html': 200 },
      expected: 'dist/ is older than index.html, changed since the last build',
    },
    {
      name: 'the Vite config changed after the build',
      files: { 'vite.config.ts': 300, 'dist/index.html': 200 },
      expected: 'dist/ is older than vite.config.ts, changed since the last build',
    },
    {
      name: 'a file outside the build changed (a test)',
      files: { 'tests/a.test.ts': 300, 'src/main.ts': 100, 'dist/index.html': 200 },
      expected: undefined,
    },
  ])('staleBuild: $name', ({ files, expected }) => {
    expect(staleBuild(project(files))).toBe(expected);
  });
});
