import { describe, expect, it } from 'vitest';
import { framePadding } from '../../src/map/frame.ts';

describe('framePadding(width, height, inset)', () => {
  it.each([
    {
      name: 'a desktop map, nothing over it: a 48 px margin',
      width: 845,
      height: 538,
      inset: {},
      expected: { top: 48, right: 48, bottom: 48, left: 48 },
    },
    {
      name: 'a phone map: the margin shrinks to an eighth of the short side',
      width: 360,
      height: 240,
      inset: {},
      expected: { top: 30, right: 30, bottom: 30, left: 30 },
    },
    {
      name: 'the key on the left: the margin plus its width',
      width: 845,
      height: 538,
      inset: { left: 255 },
      expected: { top: 48, right: 48, bottom: 48, left: 303 },
    },
    {
      name: 'a key that would leave the route less than half the map is ignored',
      width: 500,
      height: 538,
      inset: { left: 255 },
      expected: { top: 48, right: 48, bottom: 48, left: 48 },
    },
  ])('$name', ({ width, height, inset, expected }) => {
    expect(framePadding(width, height, inset)).toEqual(expected);
  });
});
