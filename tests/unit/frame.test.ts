import { describe, expect, it } from 'vitest';
import { framePadding } from '../../src/map/frame.ts';

describe('framePadding(width, height, inset)', () => {
  it.each([
    {
      name: 'a desktop map, nothing over it: a 48 px margin',
      args: [845, 538, {}] as const,
      expected: { top: 48, right: 48, bottom: 48, left: 48 },
    },
    {
      name: 'a phone map: the margin shrinks to an eighth of the short side',
      args: [360, 240, {}] as const,
      expected: { top: 30, right: 30, bottom: 30, left: 30 },
    },
    {
      name: 'the key on the left: the margin plus its width',
      args: [845, 538, { left: 255 }] as const,
      expected: { top: 48, right: 48, bottom: 48, left: 303 },
    },
    {
      name: 'a key that would leave the route less than half the map is ignored',
      args: [500, 538, { left: 255 }] as const,
      expected: { top: 48, right: 48, bottom: 48, left: 48 },
    },
  ])('$name', ({ args, expected }) => {
    expect(framePadding(...args)).toEqual(expected);
  });
});
