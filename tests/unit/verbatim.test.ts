import { describe, expect, it } from 'vitest';
import { checkVerbatim, describeMismatch, normaliseForQuote } from '../../src/data/verbatim.ts';

const SOURCE = 'He said, “I’ll come back.”\nThen he left—quickly—for the river.';

describe('checkVerbatim(excerpt, source)', () => {
  it.each([
    { name: 'an exact quote', excerpt: 'Then he left—quickly—for the river.' },
    { name: 'straight quotes for typographic ones', excerpt: 'He said, "I\'ll come back."' },
    { name: 'a line break and extra spaces for a space', excerpt: 'back.”   Then\nhe   left' },
    { name: 'surrounding whitespace', excerpt: '  for the river.  ' },
  ])('checkVerbatim accepts $name', ({ excerpt }) => {
    expect(checkVerbatim(excerpt, SOURCE)).toEqual({ ok: true });
  });

  it.each([
    { name: 'a changed word', excerpt: 'Then he left—quickly—for the sea.' },
    { name: 'a changed letter case', excerpt: 'then he left' },
    { name: 'a hyphen for a dash', excerpt: 'he left-quickly' },
    { name: 'an added ellipsis', excerpt: 'He said… Then he left' },
    { name: 'an empty excerpt', excerpt: '   ' },
    { name: 'text from elsewhere', excerpt: 'Nothing like this is in the source text.' },
  ])('checkVerbatim refuses $name', ({ excerpt }) => {
    expect(checkVerbatim(excerpt, SOURCE).ok).toBe(false);
  });

  it('checkVerbatim says where a long excerpt stops matching', () => {
    const result = checkVerbatim('Then he left—quickly—for the sea.', SOURCE);
    expect(result).toEqual({
      ok: false,
      matched: 29,
      sourceHas: 'river.',
      excerptHas: 'sea.',
    });
    if (!result.ok)
      expect(describeMismatch(result)).toBe(
        'this excerpt differs from the source text after 29 characters: the excerpt has "sea.…" where the source has "river.…"',
      );
  });

  it('checkVerbatim reports an excerpt whose start is not found', () => {
    const result = checkVerbatim('Nothing like this.', SOURCE);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(describeMismatch(result)).toBe(
        'this excerpt is not in the source text: its start, "Nothing like this.…", is not found',
      );
  });

  it('normaliseForQuote(text) changes only quotes and whitespace', () => {
    expect(normaliseForQuote(' ‘a’ “b”\t\n– — … ')).toBe('\'a\' "b" – — …');
  });
});
