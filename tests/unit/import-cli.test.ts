import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAndCompile } from '../../src/data/load.ts';
import { formatDiagnostic } from '../../src/data/diagnostics.ts';
import { ROOT } from './interop-helpers.ts';

/** Runs an npm script's file as npm does: from the project root, with INIT_CWD set. */
function npmRun(script: string, args: string[], cwd: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, INIT_CWD: cwd },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'journey-import-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run import', () => {
  it('import storymap <file> --out <folder> writes a folder that npm run validate accepts', () => {
    const sample = join(ROOT, 'tests/fixtures/samples/storymapjs-marktwain.json');
    const result = npmRun(
      'scripts/import.ts',
      [
        'storymap',
        sample,
        '--out',
        'out',
        '--id',
        'twain',
        '--name',
        'Mark Twain',
        '--name-kind',
        'public',
        '--consent',
        'published-by-source',
      ],
      dir,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Imported 14 steps from storymapjs-marktwain\.json \(StoryMapJS\)\.\nWrote:\n {2}out\/stories\/twain\.yaml\n {2}out\/sources\/twain\.txt\n {2}out\/gazetteer\.yaml: 11 new places\n/,
    );
    expect(result.stdout).toContain('Media kept as links for readers');
    expect(result.stdout).toContain('  It validates.');
    const validated = loadAndCompile({ root: ROOT, cwd: dir, stories: ['out'] });
    expect(validated.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(validated.index.stories.map((s) => s.id)).toEqual(['twain']);
  });

  it('import refuses to overwrite a story, and names the option to use', () => {
    const sample = join(ROOT, 'tests/fixtures/samples/storymapjs-marktwain.json');
    const result = npmRun(
      'scripts/import.ts',
      ['storymap', sample, '--out', 'out', '--id', 'twain'],
      dir,
    );
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'import: out/stories/twain.yaml already exists; choose another story id with --id\n',
    });
  });

  it.each([
    {
      name: 'invalid JSON',
      file: 'bad.json',
      content: '{"storymap": ',
      format: 'storymap',
      stderr: /^import: bad\.json: this is not valid JSON: .+\n$/,
    },
    {
      name: 'the wrong format',
      file: 'tl.json',
      content: '{"events": []}',
      format: 'storymap',
      stderr: /^import: tl\.json: this is not a StoryMapJS file/,
    },
    {
      name: 'a missing file',
      file: 'missing.json',
      content: undefined,
      format: 'timeline',
      stderr: /^import: the input file .*missing\.json does not exist\n$/,
    },
    {
      name: 'a file that is not UTF-8',
      file: 'latin1.csv',
      content: Buffer.from([0x59, 0x65, 0x61, 0x72, 0x0a, 0xe9]),
      format: 'timeline',
      stderr: /is not UTF-8 text; save it again with the encoding UTF-8\n$/,
    },
  ])(
    'import reports $name in one line, without a stack trace',
    ({ file, content, format, stderr }) => {
      if (content !== undefined) writeFileSync(join(dir, file), content);
      const result = npmRun('scripts/import.ts', [format, file, '--out', 'bad'], dir);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(stderr);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(dir, 'bad', 'stories'))).toBe(false);
    },
  );

  it('import with an unknown format prints the usage and exits 2', () => {
    const result = npmRun('scripts/import.ts', ['prezi', 'x.json'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^import: "prezi" is not a format this can import: use storymap, timeline or csv\nusage: npm run import -- /,
    );
  });
});

describe('npm run export', () => {
  it('export timeline joseph --out <file> writes TimelineJS JSON and lists the undated steps', () => {
    const result = npmRun('scripts/export.ts', ['timeline', 'joseph', '--out', 'joseph.json'], dir);
    expect(result.code).toBe(0);
    // The counts follow the story as it is written; what is checked is what the command says.
    // The export itself is tested on a fixture in export.test.ts.
    const said =
      /^Wrote joseph\.json\nExported (\d+) of (\d+) steps\. Left out, because they have no date \(TimelineJS needs one, and none is invented\): [a-z0-9-]+(, [a-z0-9-]+)*\.\n$/.exec(
        result.stderr,
      );
    expect(said, result.stderr).not.toBeNull();
    const json = JSON.parse(readFileSync(join(dir, 'joseph.json'), 'utf8')) as {
      events: unknown[];
    };
    expect(json.events).toHaveLength(Number(said![1]));
    expect(Number(said![1])).toBeLessThan(Number(said![2]));
  });

  it.each([
    {
      args: ['timeline', 'bella'],
      stderr:
        'export: no step of "bella" has a date, so TimelineJS would have nothing to place; nothing was written (dates are never invented)\n',
    },
    {
      args: ['timeline', 'josef'],
      stderr: 'export: there is no story "josef" in data/stories; did you mean "joseph"?\n',
    },
  ])('export $args is refused with a clear message', ({ args, stderr }) => {
    expect(npmRun('scripts/export.ts', args, dir)).toEqual({ code: 1, stdout: '', stderr });
  });
});
