import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/embed/messages.ts';

describe('parseCommand', () => {
  it.each([
    [{ type: 'journey-map:next' }, { type: 'journey-map:next' }],
    [{ type: 'journey-map:previous', extra: 1 }, { type: 'journey-map:previous' }],
    [
      { type: 'journey-map:go', story: 'bella', step: 2 },
      { type: 'journey-map:go', story: 'bella', step: 2 },
    ],
    [
      { type: 'journey-map:go', story: null },
      { type: 'journey-map:go', story: null, step: 0 },
    ],
    [{ type: 'journey-map:go' }, { type: 'journey-map:go', story: null, step: 0 }],
  ])('parseCommand(%j) is %j', (data, expected) => {
    expect(parseCommand(data)).toEqual(expected);
  });

  it.each([
    null,
    undefined,
    'journey-map:next',
    42,
    [],
    { type: 'journey-map:jump' },
    { type: 'journey-map:go', story: 7 },
    { type: 'journey-map:go', story: 'bella', step: 'two' },
    { type: 'journey-map:go', story: 'bella', step: -1 },
    { type: 'journey-map:go', story: 'bella', step: 1.5 },
    { type: 'journey-map:step', story: 'bella', step: 1 },
  ])('parseCommand(%j) is null', (data) => {
    expect(parseCommand(data)).toBeNull();
  });
});
