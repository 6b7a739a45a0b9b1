import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PresentMachine, type Deck } from '../../src/present/machine.ts';

/** A deck of `count` steps, the warned ones listed, with the moment's skip rule. */
function deck(count: number, warned: number[] = []): Deck & { revealed: Set<number> } {
  const revealed = new Set<number>();
  const d = {
    step: 0,
    count,
    revealed,
    goTo(step: number) {
      d.step = Math.max(0, Math.min(count - 1, step));
    },
    gated: (i: number) => warned.includes(i) && !revealed.has(i),
    reveal: (i: number) => void revealed.add(i),
    skip(i: number) {
      d.goTo(i < count - 1 ? i + 1 : i - 1);
    },
  };
  return d;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('PresentMachine', () => {
  it.each([
    { presses: ['next', 'next'], expected: 2 },
    { presses: ['next', 'previous'], expected: 0 },
    { presses: ['last'], expected: 8 },
    { presses: ['last', 'first'], expected: 0 },
    { presses: ['previous'], expected: 0 },
  ] as const)('press($presses) ends at step $expected', ({ presses, expected }) => {
    const d = deck(9);
    const m = new PresentMachine(d);
    for (const p of presses) m.press(p);
    expect(d.step).toBe(expected);
  });

  it('press({ digit }) then enter jumps to that step, counted from 1', () => {
    const d = deck(12);
    const m = new PresentMachine(d);
    m.press({ digit: 1 });
    m.press({ digit: 1 });
    expect(m.state.typed).toBe('11');
    m.press('backspace');
    m.press({ digit: 0 });
    m.press('enter');
    expect(d.step).toBe(9);
    expect(m.state.typed).toBe('');
  });

  it('press(blank) blanks and unblanks; a move while blanked brings the screen back', () => {
    const d = deck(5);
    const m = new PresentMachine(d);
    m.press('blank');
    expect(m.state.blanked).toBe(true);
    m.press('blank');
    expect(m.state.blanked).toBe(false);
    m.press('blank');
    m.press('glossary');
    expect([m.state.blanked, m.state.glossary, d.step]).toEqual([false, false, 0]);
    m.press('blank');
    m.press('next');
    expect([m.state.blanked, d.step]).toEqual([false, 1]);
  });

  it('at a gate, next skips the step and enter or show reveals it', () => {
    const d = deck(5, [1, 2]);
    const m = new PresentMachine(d);
    m.press('next');
    expect([d.step, d.gated(1)]).toEqual([1, true]);
    m.press('enter');
    expect(d.gated(1)).toBe(false);
    m.press('next');
    expect(d.step).toBe(2);
    m.press('next'); // skips the gated step without revealing it
    expect([d.step, d.revealed.has(2)]).toEqual([3, false]);
  });

  it('autoplay moves on at its pace and pauses at a gate', () => {
    const d = deck(6, [3]);
    const m = new PresentMachine(d);
    m.press('autoplay');
    expect(m.state.autoplay).toBe('playing');
    vi.advanceTimersByTime(12_000);
    expect(d.step).toBe(1);
    m.press('faster');
    expect(m.state.pace).toBe(8);
    vi.advanceTimersByTime(8_000);
    expect(d.step).toBe(2);
    vi.advanceTimersByTime(8_000);
    expect([d.step, m.state.autoplay]).toEqual([3, 'paused']);
    vi.advanceTimersByTime(60_000);
    expect(d.step).toBe(3);
    // The teacher shows the step and resumes.
    m.press('show');
    m.press('autoplay');
    vi.advanceTimersByTime(8_000);
    expect(d.step).toBe(4);
  });

  it('autoplay pauses on the last step and on autoplay pressed again', () => {
    const d = deck(3);
    const m = new PresentMachine(d);
    m.press('autoplay');
    m.press('autoplay');
    expect(m.state.autoplay).toBe('paused');
    vi.advanceTimersByTime(60_000);
    expect(d.step).toBe(0);
    m.press('autoplay');
    vi.advanceTimersByTime(24_000);
    expect([d.step, m.state.autoplay]).toEqual([2, 'paused']);
  });

  it('press(slower) and press(faster) stop at the slowest and fastest paces', () => {
    const m = new PresentMachine(deck(3));
    for (let i = 0; i < 9; i++) m.press('slower');
    expect(m.state.pace).toBe(30);
    for (let i = 0; i < 9; i++) m.press('faster');
    expect(m.state.pace).toBe(5);
  });

  it('press(leave) stops autoplay and hands leave, presenter and fullscreen outside', () => {
    const d = deck(4);
    const m = new PresentMachine(d);
    const outside: string[] = [];
    m.onOutside = (c) => outside.push(c);
    m.press('autoplay');
    m.press('presenter');
    m.press('fullscreen');
    m.press('leave');
    expect(outside).toEqual(['presenter', 'fullscreen', 'leave']);
    expect(m.state.autoplay).toBe('off');
    vi.advanceTimersByTime(60_000);
    expect(d.step).toBe(0);
  });
});
