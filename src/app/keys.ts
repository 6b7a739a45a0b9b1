/**
 * Keys that move the story: ArrowRight and PageDown forward, ArrowLeft and PageUp back, Home and
 * End to the ends. A presenter's clicker sends PageUp and PageDown. Keys typed into a field, or
 * pressed with a modifier (Alt+← is the browser's Back), are left alone.
 */
import type { PresentCommand } from '../present/machine.ts';

export type StepMove = 'next' | 'previous' | 'first' | 'last';

const MOVES: Record<string, StepMove> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
};

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset'].includes(type);
}

export function stepKey(event: KeyboardEvent): StepMove | undefined {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return undefined;
  if (isTextField(event.target)) return undefined;
  return MOVES[event.key];
}

/**
 * Presenter mode's keys (src/present/): a clicker's PageUp/PageDown, arrows, Space and
 * Shift+Space, B or `.` to blank, Esc to leave, digits then Enter to jump, P for the presenter
 * view, A for autoplay, + and − for its pace, S to show a warned step, G for the glossary.
 */
const PRESENT_KEYS: Record<string, PresentCommand> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  Escape: 'leave',
  Enter: 'enter',
  Backspace: 'backspace',
  p: 'presenter',
  P: 'presenter',
  a: 'autoplay',
  A: 'autoplay',
  '+': 'faster',
  '=': 'faster',
  '-': 'slower',
  s: 'show',
  S: 'show',
  g: 'glossary',
  G: 'glossary',
  f: 'fullscreen',
  F: 'fullscreen',
};

export function presentKey(event: KeyboardEvent): PresentCommand | undefined {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return undefined;
  if (isTextField(event.target)) return undefined;
  if (event.key === ' ' && event.shiftKey) return 'previous';
  if (/^[0-9]$/.test(event.key)) return { digit: Number(event.key) };
  // A focused button handles its own Enter and Space.
  if ((event.key === 'Enter' || event.key === ' ') && event.target instanceof HTMLButtonElement)
    return undefined;
  return PRESENT_KEYS[event.key];
}
