import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { storyData } from './fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Runs `npm run validate -- …` as npm does: from the project root, with INIT_CWD set to `cwd`. */
function validate(args: string[], cwd: string) {
  try {
    const stdout = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/validate.ts'), ...args],
      { cwd: ROOT, env: { ...process.env, INIT_CWD: cwd }, encoding: 'utf8', stdio: 'pipe' },
    );
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'journey-validate-'));
  mkdirSync(join(dir, 'stories'));
  // Cites a source text that data/sources/ does not have, and a place with a typo.
  const story = storyData({ id: 'mine' });
  (story.steps as Record<string, unknown>[])[0]!.place = 'hyesna';
  writeFileSync(join(dir, 'stories', 'mine.yaml'), stringify(story));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run validate', () => {
  it('validate with no paths checks data/ and exits 0', () => {
    const result = validate([], ROOT);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('validate <file outside data/> prints one line per error, relative to where it ran, and exits 1', () => {
    const result = validate(['stories/mine.yaml'], dir);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(/^stories\/mine\.yaml:\d+:\d+: .+/);
    expect(result.stdout).toContain('unknown place "hyesna"; did you mean "hyesan"?');
    expect(result.stderr).toMatch(/^\d+ errors?, 0 warnings\n$/);
  });

  it('validate --json gives the same problems as data', () => {
    const result = validate(['--json', 'stories/mine.yaml'], dir);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      ok: boolean;
      errors: number;
      diagnostics: { file: string; line: number; rule: string }[];
    };
    expect(report.ok).toBe(false);
    expect(report.errors).toBe(report.diagnostics.length);
    expect(report.diagnostics.map((d) => d.rule)).toContain('reference/place');
  });

  it('validate with an unknown option prints the usage, not a stack trace, and exits 2', () => {
    const result = validate(['--frobnicate'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "validate: Unknown option '--frobnicate'\nusage: npm run validate -- [story files or data folders…] [--json] [--quiet]\n",
    );
  });
});
