/**
 * Keys that move the story: ArrowRight and PageDown forward, ArrowLeft and PageUp back, Home and
 * End to the ends. A presenter's clicker sends PageUp and PageDown. Keys typed into a field, or
 * pressed with a modifier (Alt+← is the browser's Back), are left alone.
 */
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
