import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { displayPath, loadAndCompile } from '../../src/data/load.ts';
import { formatDiagnostic } from '../../src/data/diagnostics.ts';
import { gazetteerYaml, SOURCE_TEXT, storyData, withStep } from './fixtures.ts';

let root: string;
let outside: string;

function write(path: string, text: string | Buffer) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'journey-load-'));
  write(join(root, 'data/gazetteer.yaml'), gazetteerYaml);
  write(join(root, 'data/sources/test.txt'), SOURCE_TEXT);
  write(join(root, 'data/stories/test.yaml'), stringify(storyData()));
  // An import written to a folder of its own, with a new place and its own source text.
  outside = mkdtempSync(join(tmpdir(), 'journey-out-'));
  write(join(outside, 'sources/imported.txt'), 'Far away in Busan, long ago.');
  write(
    join(outside, 'gazetteer.yaml'),
    stringify({
      places: {
        busan: {
          name: 'Busan',
          country: 'KR',
          kind: 'city',
          precision: 'city',
          coords: [129.1, 35.2],
        },
      },
    }),
  );
  const imported = storyData({
    id: 'imported',
    warnings: [],
    sources: [{ id: 'imp', title: 'Imported', publisher: 'Someone', text: 'imported.txt' }],
    steps: [
      {
        id: 'busan',
        heading: 'Busan',
        place: 'busan',
        time: { date: 'unknown' },
        excerpts: ['Far away in Busan'],
      },
    ],
  });
  write(join(outside, 'stories/imported.yaml'), stringify(imported));
  write(join(outside, 'stray.yaml'), stringify({ ...imported, id: 'stray' }));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const messages = (result: ReturnType<typeof loadAndCompile>) =>
  result.diagnostics.map(formatDiagnostic);

describe('loadAndCompile({ root, stories, cwd })', () => {
  it('loadAndCompile({ root }) checks every story in data/', () => {
    const result = loadAndCompile({ root });
    expect(messages(result)).toEqual([]);
    expect(result.index.stories.map((s) => s.id)).toEqual(['test']);
  });

  it('loadAndCompile checks a story in an import folder with that folder’s places and texts', () => {
    const result = loadAndCompile({ root, cwd: outside, stories: ['stories/imported.yaml'] });
    expect(messages(result)).toEqual([]);
    expect(result.index.stories.map((s) => s.id)).toEqual(['imported']);
  });

  it('loadAndCompile checks a whole import folder given as a folder', () => {
    const result = loadAndCompile({ root, cwd: root, stories: [outside] });
    expect(messages(result)).toEqual([]);
    expect(result.index.stories.map((s) => s.id)).toEqual(['imported']);
  });

  it('loadAndCompile reports a story outside any data folder whose place is unknown, by its path', () => {
    const result = loadAndCompile({ root, cwd: outside, stories: ['stray.yaml'] });
    expect(messages(result)).toEqual([
      expect.stringMatching(
        /^stray\.yaml:\d+:\d+: source text "imported\.txt" is not in data\/sources\//,
      ),
      expect.stringMatching(/^stray\.yaml:\d+:\d+: unknown place "busan"/),
    ]);
  });

  it('loadAndCompile shows paths outside the working folder in full', () => {
    const result = loadAndCompile({ root, cwd: root, stories: [join(outside, 'stray.yaml')] });
    expect(result.diagnostics[0]?.file).toBe(join(outside, 'stray.yaml'));
  });

  it.each([
    {
      name: 'a missing file',
      file: 'missing.yaml',
      content: undefined,
      expected:
        'missing.yaml:1:1: there is no file or folder here (expected the path of a story file (.yaml) or of a data folder)',
    },
    {
      name: 'a file that is not .yaml',
      file: 'notes.txt',
      content: 'hello',
      expected:
        'notes.txt:1:1: this is not a story file (expected a file whose name ends in .yaml)',
    },
    {
      name: 'a file not saved as UTF-8',
      file: 'latin1.yaml',
      content: Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xe9, 0x0a]),
      expected:
        'latin1.yaml:1:1: the file is not saved as UTF-8 text, so its letters cannot be read reliably (expected the file saved again with the encoding UTF-8)',
    },
    {
      name: 'a file over 1 MB',
      file: 'huge.yaml',
      content: `id: x\n#${'x'.repeat(1_200_000)}\n`,
      expected: 'huge.yaml:1:1: the file is too large (1.2 MB) (expected at most 1 MB)',
    },
  ])(
    'loadAndCompile reports $name as one line, not an exception',
    ({ file, content, expected }) => {
      const dir = mkdtempSync(join(tmpdir(), 'journey-bad-'));
      try {
        if (content !== undefined) writeFileSync(join(dir, file), content);
        const result = loadAndCompile({ root, cwd: dir, stories: [file] });
        expect(messages(result)).toEqual([expected]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('loadAndCompile checks every story when given the shared gazetteer', () => {
    const result = loadAndCompile({ root, cwd: root, stories: ['data/gazetteer.yaml'] });
    expect(result.index.stories.map((s) => s.id)).toEqual(['test']);
  });

  it('loadAndCompile reports a broken story without hiding the others', () => {
    write(
      join(root, 'data/stories/broken.yaml'),
      stringify(withStep(0, { place: 'hyesna' })).replace('id: test', 'id: broken'),
    );
    try {
      const result = loadAndCompile({ root });
      expect(result.index.stories.map((s) => s.id)).toEqual(['test']);
      expect(messages(result)).toEqual([
        expect.stringMatching(
          /^data\/stories\/broken\.yaml:\d+:\d+: unknown place "hyesna"; did you mean "hyesan"\?/,
        ),
      ]);
    } finally {
      rmSync(join(root, 'data/stories/broken.yaml'));
    }
  });
});

describe('displayPath(path, cwd)', () => {
  it.each([
    { path: '/a/b/c.yaml', cwd: '/a', expected: 'b/c.yaml' },
    { path: '/x/c.yaml', cwd: '/a', expected: '/x/c.yaml' },
    { path: '/a', cwd: '/a', expected: '/a' },
  ])('displayPath($path, $cwd) is $expected', ({ path, cwd, expected }) => {
    expect(displayPath(path, cwd)).toBe(expected);
  });
});
