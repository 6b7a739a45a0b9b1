import { describe, expect, it } from 'vitest';
import { moveKeys, stepKeys, walk } from '../../scripts/bench/keys.ts';

describe('moveKeys', () => {
  it.each([
    { count: 1, keys: ['ArrowRight'] },
    { count: 4, keys: ['ArrowRight', 'ArrowLeft', 'ArrowRight', 'ArrowLeft'] },
  ])('$count moves', ({ count, keys }) => {
    expect(moveKeys(count)).toEqual(keys);
  });

  it('goes to the next step and back, never further', () => {
    expect(walk(6, moveKeys(5))).toEqual([7, 6, 7, 6, 7]);
  });
});

describe('stepKeys', () => {
  it.each([
    { stepCount: 9, count: 10, after: [10] },
    { stepCount: 9, count: 200, after: [10, 200] },
    { stepCount: 3, count: 40, after: [4, 40] },
  ])(
    '$stepCount steps, $count keys: back at step 0 after $after',
    ({ stepCount, count, after }) => {
      const steps = walk(0, stepKeys(stepCount, count));
      for (const n of after) expect(steps[n - 1]).toBe(0);
    },
  );

  it('changes the step with every key and stays within the story', () => {
    const steps = walk(0, stepKeys(9, 200));
    steps.forEach((step, i) => {
      expect(step).not.toBe(i === 0 ? 0 : steps[i - 1]);
      expect(step).toBeGreaterThanOrEqual(0);
      expect(step).toBeLessThanOrEqual(8);
    });
  });

  it('needs a story of at least 3 steps', () => {
    expect(() => stepKeys(2, 10)).toThrow(/at least 3 steps/);
  });
});

describe('walk', () => {
  it.each([
    { start: 0, keys: ['ArrowRight', 'ArrowRight', 'ArrowLeft'] as const, steps: [1, 2, 1] },
    { start: 5, keys: ['Home', 'ArrowRight'] as const, steps: [0, 1] },
  ])('from $start: $keys', ({ start, keys, steps }) => {
    expect(walk(start, keys)).toEqual(steps);
  });
});
