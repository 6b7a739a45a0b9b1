import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { borderRivers } from '../../src/data/borders.ts';
import { compile } from '../../src/data/compile.ts';
import { formatDiagnostic } from '../../src/data/diagnostics.ts';
import {
  firstSentence,
  placeholderSource,
  slugify,
  storyTemplate,
} from '../../scripts/new-story/template.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const gazetteer = {
  file: 'data/gazetteer.yaml',
  text: readFileSync(join(ROOT, 'data/gazetteer.yaml'), 'utf8'),
};
const rivers = borderRivers();

function check(id: string, story: string, source: string) {
  const result = compile({
    gazetteer,
    stories: [{ file: `data/stories/${id}.yaml`, text: story }],
    sourceTexts: { [`${id}.txt`]: source },
    rivers,
  });
  return { messages: result.diagnostics.map(formatDiagnostic), stories: result.index.stories };
}

describe('storyTemplate(id, options)', () => {
  it('storyTemplate(id) validates as it stands, quoting its placeholder source', () => {
    const { messages, stories } = check(
      'kim-min',
      storyTemplate('kim-min', { today: '2026-11-23' }),
      placeholderSource('kim-min'),
    );
    expect(messages).toEqual([]);
    expect(stories[0]?.person).toEqual({
      name: 'Kim Min',
      shortName: 'Kim Min',
      nameKind: 'pseudonym',
    });
    expect(stories[0]?.corrections).toEqual([{ date: '2026-11-23', note: 'First version.' }]);
    expect(stories[0]?.teaching?.age).toBe('13+');
    expect(stories[0]?.teaching?.questions).toHaveLength(2);
  });

  it('storyTemplate(id) quotes the first sentence of a source text already pasted', () => {
    const source = 'We left Hyesan in "the" winter.\nIt was cold. Later we reached Seoul.';
    const story = storyTemplate('min', { today: '2026-11-23', sourceText: source });
    const { messages, stories } = check('min', story, source);
    expect(messages).toEqual([]);
    expect(stories[0]?.steps[0]?.excerpts[0]?.text).toBe('We left Hyesan in "the" winter.');
  });

  it('storyTemplate(id) no longer validates once the real source replaces the placeholder', () => {
    const { messages } = check(
      'min',
      storyTemplate('min', { today: '2026-11-23' }),
      'The real story.',
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^data\/stories\/min\.yaml:\d+:\d+: this excerpt is not in the source text/,
    );
  });
});

describe('slugify(text) and firstSentence(text)', () => {
  it.each([
    { text: 'Kim Min', expected: 'kim-min' },
    { text: '  Jin—Kyung!! ', expected: 'jin-kyung' },
    { text: 'Café Ünïcode', expected: 'cafe-unicode' },
    { text: '민지', expected: '' },
  ])('slugify($text) is "$expected"', ({ text, expected }) => {
    expect(slugify(text)).toBe(expected);
  });

  it.each([
    { text: 'One. Two.', expected: 'One.' },
    { text: '  no full stop ', expected: 'no full stop' },
    { text: 'Version 2.0 is out. Yes.', expected: 'Version 2.0 is out.' },
    { text: '   ', expected: undefined },
  ])('firstSentence($text) is $expected', ({ text, expected }) => {
    expect(firstSentence(text)).toBe(expected);
  });
});

describe('npm run new-story', () => {
  const newStory = (args: string[]) => {
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/new-story.ts', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: 'pipe',
      });
      return { code: 0, stderr: '' };
    } catch (error) {
      const e = error as { status: number; stderr: string };
      return { code: e.status, stderr: e.stderr };
    }
  };

  it.each([
    {
      args: ['Kim Min'],
      code: 1,
      stderr:
        'new-story: "Kim Min" cannot be a story id: use lower-case letters, digits and single hyphens, at most 64 characters, such as kim-min\n',
    },
    {
      args: ['bella'],
      code: 1,
      stderr:
        'new-story: data/stories/bella.yaml already exists; choose another id, or edit that file\n',
    },
    {
      args: [],
      code: 2,
      stderr:
        'new-story: give one story id\nusage: npm run new-story -- <id>   (an id is lower-case words joined by hyphens, e.g. kim-min)\n',
    },
  ])('new-story $args is refused with a clear message', ({ args, code, stderr }) => {
    expect(newStory(args)).toEqual({ code, stderr });
  });
});
