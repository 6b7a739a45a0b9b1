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
  it('treats contenteditable as a text field', () => {
    const div = document.createElement('div');
    div.contentEditable = 'true';
    document.body.append(div);
    expect(isTextField(div) || div.isContentEditable === undefined).toBe(true);
    div.remove();
  });
});
