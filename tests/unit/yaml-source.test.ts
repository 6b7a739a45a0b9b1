import { describe, expect, it } from 'vitest';
import { YamlSource } from '../../src/data/yaml-source.ts';
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../../src/data/diagnostics.ts';

const parse = (text: string) => {
  const { value, diagnostics } = new YamlSource('s.yaml', text).parse();
  return { value, messages: diagnostics.map(formatDiagnostic) };
};

describe('YamlSource.parse()', () => {
  it('YamlSource.parse() reads YAML into plain data', () => {
    expect(parse('id: x\nlist: [1, 2]\n')).toEqual({
      value: { id: 'x', list: [1, 2] },
      messages: [],
    });
  });

  it('YamlSource.parse() accepts a byte order mark at the start', () => {
    expect(parse('\uFEFFid: x\n').value).toEqual({ id: 'x' });
  });

  it.each([
    {
      name: 'a control character',
      text: 'id: a\u0007b\n',
      expected:
        's.yaml:1:6: the file contains an invisible control character (U+0007) (expected plain text; delete the character)',
    },
    {
      name: 'a right-to-left override',
      text: 'id: x\nname: a\u202Eb\n',
      expected:
        's.yaml:2:8: the file contains an invisible control character (U+202E) (expected plain text; delete the character)',
    },
    {
      name: 'a zero-width space',
      text: 'id: a\u200Bb\n',
      expected:
        's.yaml:1:6: the file contains an invisible control character (U+200B) (expected plain text; delete the character)',
    },
    {
      name: 'an alias',
      text: 'a: &x [1]\nb: *x\n',
      expected:
        's.yaml:2:4: aliases (*x) are not allowed in story files (expected the value written out in full)',
    },
    {
      name: 'two documents',
      text: 'id: x\n---\nid: y\n',
      expected:
        's.yaml:2:1: this is not valid YAML: the file holds more than one document; remove the line "---" and what follows it (expected YAML as in docs/authoring.md; check indentation, colons and quotes)',
    },
    {
      name: 'a key written twice',
      text: 'id: x\nid: y\n',
      expected:
        's.yaml:2:1: this is not valid YAML: Map keys must be unique (expected YAML as in docs/authoring.md; check indentation, colons and quotes)',
    },
    {
      name: 'a bad indentation',
      text: 'id: x\n  title: y\n',
      expected:
        's.yaml:1:5: this is not valid YAML: Nested mappings are not allowed in compact mappings (expected YAML as in docs/authoring.md; check indentation, colons and quotes)',
    },
  ])('YamlSource.parse() refuses $name with its position', ({ text, expected }) => {
    const result = parse(text);
    expect(result.value).toBeUndefined();
    expect(result.messages[0]).toBe(expected);
  });

  it('YamlSource.parse() refuses a file over 1 MB without parsing it', () => {
    const result = parse(`id: x\nnote: ${'a'.repeat(1_100_000)}\n`);
    expect(result.messages).toEqual([
      's.yaml:1:1: the file is too large (1.1 MB) (expected at most 1 MB)',
    ]);
  });

  it('YamlSource.parse() refuses data nested too deeply, without overflowing the stack', () => {
    for (const text of [
      '['.repeat(5000) + ']'.repeat(5000),
      'a: '.repeat(40) + '1',
      '- '.repeat(2000) + '1',
    ]) {
      const result = parse(text);
      expect(result.value).toBeUndefined();
      expect(result.messages[0]).toMatch(/nested too deeply|not valid YAML/);
    }
  });

  it('YamlSource.parse() refuses a billion-laughs bomb at its first alias', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefghi'
        .split('')
        .map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
    ].join('\n');
    const result = parse(bomb);
    expect(result.value).toBeUndefined();
    expect(result.messages[0]).toBe(
      's.yaml:2:8: aliases (*a) are not allowed in story files (expected the value written out in full)',
    );
  });
});

describe('YamlSource.locate(path)', () => {
  const source = new YamlSource(
    's.yaml',
    'id: x\nsteps:\n  - id: a\n    place: hyesan\n  - id: b\n',
  );
  source.parse();
  it.each([
    { path: ['id'], expected: { line: 1, column: 1 } },
    { path: ['steps', 0, 'place'], expected: { line: 4, column: 5 } },
    { path: ['steps', 1], expected: { line: 5, column: 5 } },
    // A missing field points at the closest parent that exists.
    { path: ['steps', 1, 'place'], expected: { line: 5, column: 5 } },
    { path: ['nothing'], expected: { line: 1, column: 1 } },
  ])('locate($path) is line $expected.line, column $expected.column', ({ path, expected }) => {
    expect(source.locate(path)).toEqual(expected);
  });
});

describe('formatDiagnostic(d) and sortDiagnostics(list)', () => {
  const d = (over: Partial<Diagnostic>): Diagnostic => ({
    file: 'data/stories/a.yaml',
    line: 3,
    column: 5,
    severity: 'error',
    rule: 'schema',
    message: 'something is wrong',
    ...over,
  });

  it.each([
    { d: d({}), expected: 'data/stories/a.yaml:3:5: something is wrong' },
    {
      d: d({ expected: 'something right' }),
      expected: 'data/stories/a.yaml:3:5: something is wrong (expected something right)',
    },
    {
      d: d({ severity: 'warning' }),
      expected: 'data/stories/a.yaml:3:5: warning: something is wrong',
    },
  ])('formatDiagnostic($d.severity) is "$expected"', ({ d, expected }) => {
    expect(formatDiagnostic(d)).toBe(expected);
  });

  it('sortDiagnostics(list) orders by file, line, column and message', () => {
    const sorted = sortDiagnostics([
      d({ file: 'b.yaml', line: 1 }),
      d({ line: 9 }),
      d({ line: 3, column: 1 }),
      d({ line: 3, column: 1, message: 'another' }),
    ]);
    expect(sorted.map((x) => `${x.file}:${x.line}:${x.column} ${x.message}`)).toEqual([
      'b.yaml:1:5 something is wrong',
      'data/stories/a.yaml:3:1 another',
      'data/stories/a.yaml:3:1 something is wrong',
      'data/stories/a.yaml:9:5 something is wrong',
    ]);
  });
});
