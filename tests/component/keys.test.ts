import { describe, expect, it } from 'vitest';
import { isTextField, stepKey } from '../../src/app/keys.ts';

function press(key: string, target: Element = document.body, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

describe('stepKey(event)', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['ArrowUp', undefined],
    ['a', undefined],
  ])('%s → %s', (key, expected) => {
    expect(stepKey(press(key))).toBe(expected);
  });

  it.each([
    ['input text', () => Object.assign(document.createElement('input'), { type: 'text' })],
    ['textarea', () => document.createElement('textarea')],
    ['select', () => document.createElement('select')],
  ])('leaves keys typed into a %s alone', (_name, make) => {
    expect(stepKey(press('ArrowRight', make()))).toBeUndefined();
  });

  it('still moves from a focused button or checkbox', () => {
    expect(stepKey(press('ArrowRight', document.createElement('button')))).toBe('next');
    expect(
      stepKey(
        press('ArrowLeft', Object.assign(document.createElement('input'), { type: 'checkbox' })),
      ),
    ).toBe('previous');
  });

  it('leaves Alt+← (the browser’s Back) and other modified keys alone', () => {
    expect(stepKey(press('ArrowLeft', document.body, { altKey: true }))).toBeUndefined();
    expect(stepKey(press('ArrowRight', document.body, { ctrlKey: true }))).toBeUndefined();
  });
});

describe('isTextField(target)', () => {
  /** jsdom has no `isContentEditable`: give the element the value a browser would compute. */
  function editable(value: boolean) {
    const div = document.createElement('div');
    Object.defineProperty(div, 'isContentEditable', { value });
    return div;
  }

  it.each([
    { name: 'a contenteditable element', target: () => editable(true), expected: true },
    { name: 'a plain element', target: () => editable(false), expected: false },
    { name: 'a text input', target: () => document.createElement('input'), expected: true },
    {
      name: 'a range input',
      target: () => Object.assign(document.createElement('input'), { type: 'range' }),
      expected: false,
    },
    { name: 'not an element', target: () => window, expected: false },
    { name: 'null', target: () => null, expected: false },
  ])('isTextField($name) is $expected', ({ target, expected }) => {
    expect(isTextField(target())).toBe(expected);
  });

  it('stepKey leaves keys typed into a contenteditable element alone', () => {
    expect(stepKey(press('ArrowRight', editable(true)))).toBeUndefined();
    expect(stepKey(press('ArrowRight', editable(false)))).toBe('next');
  });
});
