import { describe, expect, it } from 'vitest';
import { loadAndCompile } from '../../src/data/load.ts';
import { readAloudMinutes, termsOf } from '../../src/present/lesson.ts';

const { index } = loadAndCompile({ root: new URL('../..', import.meta.url).pathname });
const story = (id: string) => index.stories.find((s) => s.id === id)!;

describe('the lesson page’s figures', () => {
  it('reads aloud at 130 words a minute, rounded up, counting every excerpt', () => {
    for (const s of index.stories) {
      const words = s.steps
        .flatMap((step) => step.excerpts)
        .map((e) => e.text.trim().split(/\s+/).length)
        .reduce((a, b) => a + b, 0);
      expect(readAloudMinutes(s)).toBe(Math.max(1, Math.ceil(words / 130)));
    }
  });

  it('is never zero minutes, even for a story with no excerpts', () => {
    const empty = {
      ...story('bella'),
      steps: story('bella').steps.map((s) => ({ ...s, excerpts: [] })),
    };
    expect(readAloudMinutes(empty)).toBe(1);
  });

  it('lists the glossary words a story uses, each once, in glossary order', () => {
    const joseph = story('joseph');
    const terms = termsOf(index, joseph);
    const used = new Set(joseph.steps.flatMap((s) => s.terms));
    expect(used.size).toBeGreaterThan(0);
    expect(terms.map((t) => t.id).sort()).toEqual([...used].sort());
    const order = index.glossary.map((g) => g.id);
    expect(terms.map((t) => order.indexOf(t.id))).toEqual(
      terms.map((t) => order.indexOf(t.id)).sort((a, b) => a - b),
    );
  });
});
