import { describe, expect, it } from 'vitest';
import { compileGlossary, termsIn } from '../../src/data/glossary.ts';
import { formatDiagnostic } from '../../src/data/diagnostics.ts';

const entries = [
  { id: 'defector', term: 'defector', words: ['defector', 'defectors'], definition: 'd' },
  {
    id: 'repatriation',
    term: 'forced repatriation',
    words: ['repatriation', 'sent back'],
    definition: 'r',
  },
];

describe('termsIn(text, entries)', () => {
  it.each([
    ['a North Korean defector seeking asylum', ['defector']],
    ['Defectors, they say', ['defector']],
    ['arrested and sent back to North Korea', ['repatriation']],
    ['undefectorish', []],
    ['forced repatriation by defectors', ['defector', 'repatriation']],
  ])('%j', (text, expected) => {
    expect(termsIn(text, entries).map((e) => e.id)).toEqual(expected);
  });
});

describe('compileGlossary(file, text)', () => {
  it('reads terms', () => {
    const { entries: read, diagnostics } = compileGlossary(
      'g.yaml',
      'terms:\n  broker:\n    term: broker\n    words: [broker]\n    definition: A paid guide.\n',
    );
    expect(diagnostics).toEqual([]);
    expect(read).toEqual([
      { id: 'broker', term: 'broker', words: ['broker'], definition: 'A paid guide.' },
    ]);
  });

  it('reports a mistake with its line', () => {
    const { entries: read, diagnostics } = compileGlossary(
      'g.yaml',
      'terms:\n  broker:\n    term: broker\n    definition: x\n',
    );
    expect(read).toEqual([]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'g.yaml:2:3: terms.broker.words is missing (expected a list)',
    ]);
  });
});
