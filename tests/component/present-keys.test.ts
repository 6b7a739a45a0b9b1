import { describe, expect, it } from 'vitest';
import { presentKey } from '../../src/app/keys.ts';

function press(key: string, target: Element = document.body, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

describe('presentKey(event)', () => {
  it.each([
    ['PageDown', {}, 'next'],
    ['ArrowRight', {}, 'next'],
    [' ', {}, 'next'],
    [' ', { shiftKey: true }, 'previous'],
    ['PageUp', {}, 'previous'],
    ['ArrowLeft', {}, 'previous'],
    ['Home', {}, 'first'],
    ['End', {}, 'last'],
    ['b', {}, 'blank'],
    ['B', {}, 'blank'],
    ['.', {}, 'blank'],
    ['Escape', {}, 'leave'],
    ['Enter', {}, 'enter'],
    ['p', {}, 'presenter'],
    ['a', {}, 'autoplay'],
    ['g', {}, 'glossary'],
    ['7', {}, { digit: 7 }],
    ['x', {}, undefined],
    ['ArrowRight', { altKey: true }, undefined],
    ['b', { ctrlKey: true }, undefined],
  ] as const)('%j %j → %j', (key, init, expected) => {
    expect(presentKey(press(key, document.body, init))).toEqual(expected);
  });

  it('leaves Enter and Space on a focused button to the button, and keys typed into a field alone', () => {
    const button = document.createElement('button');
    expect(presentKey(press('Enter', button))).toBeUndefined();
    expect(presentKey(press(' ', button))).toBeUndefined();
    expect(presentKey(press('PageDown', button))).toBe('next');
    const input = Object.assign(document.createElement('input'), { type: 'text' });
    expect(presentKey(press('b', input))).toBeUndefined();
  });
});
