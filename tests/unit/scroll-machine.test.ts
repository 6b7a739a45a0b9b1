import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ScrollMachine,
  SELF_SCROLL_TIMEOUT_MS,
  type ScrollEvent,
  type ScrollState,
} from '../../src/story/scroll-machine.ts';

/** A panel of steps, each `places[i]` px down, the trigger line at the top. */
function panel(places = [0, 100, 200, 300, 400]) {
  const fake = {
    places,
    top: 0,
    scrolls: [] as number[],
    moves: [] as number[],
    takeovers: 0,
    placeOf: (step: number) => fake.places[step],
    activeStep: () => {
      let active = 0;
      fake.places.forEach((place, i) => {
        if (place <= fake.top) active = i;
      });
      return active;
    },
    scrollTop: () => fake.top,
    scrollTo: (top: number) => {
      fake.top = top;
      fake.scrolls.push(top);
    },
    readerMoved: (step: number) => fake.moves.push(step),
    readerTookOver: () => fake.takeovers++,
  };
  return fake;
}

const FRAME_MS = 16;

function setup({
  hasScrollEnd = true,
  places,
}: { hasScrollEnd?: boolean; places?: number[] } = {}) {
  const fake = panel(places);
  const machine = new ScrollMachine(fake, {
    hasScrollEnd,
    nextFrame: (callback) => {
      const id = setTimeout(callback, FRAME_MS);
      return () => clearTimeout(id);
    },
  });
  const send = (...events: ScrollEvent[]) => events.forEach((event) => machine.send(event));
  const state = () => machine.state.name as ScrollState['name'];
  return { fake, machine, send, state };
}

/** The reader scrolls to `top`: the browser moves the panel, then fires scroll. */
function readerScrolls(
  fake: ReturnType<typeof panel>,
  send: (e: ScrollEvent) => void,
  top: number,
) {
  fake.top = top;
  send({ type: 'scroll' });
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('ScrollMachine', () => {
  it('idle → userScrolling → idle: the reader’s scrolls in one frame move the story once', () => {
    const { fake, send, state } = setup();
    readerScrolls(fake, send, 150);
    expect(state()).toBe('userScrolling');
    readerScrolls(fake, send, 210);
    readerScrolls(fake, send, 250);
    expect(fake.moves).toEqual([]);
    vi.advanceTimersByTime(FRAME_MS);
    expect(fake.moves).toEqual([2]);
    expect(state()).toBe('idle');
  });

  it('show(step) scrolls at once; its scroll events are not the reader’s', () => {
    const { fake, send, state } = setup();
    send({ type: 'show', step: 3 });
    expect(fake.scrolls).toEqual([300]);
    expect(state()).toBe('selfScrolling');
    send({ type: 'scroll' }, { type: 'scroll' });
    vi.advanceTimersByTime(FRAME_MS * 3);
    expect(fake.moves).toEqual([]);
    send({ type: 'scrollEnd' });
    expect(state()).toBe('holding');
  });

  it('show(step) when the step is already in place holds it without scrolling', () => {
    const { fake, send, state } = setup();
    fake.top = 200;
    send({ type: 'show', step: 2 });
    expect(fake.scrolls).toEqual([]);
    expect(state()).toBe('holding');
  });

  it('show(step) of a step not in the panel does nothing', () => {
    const { fake, send, state } = setup();
    send({ type: 'show', step: 9 });
    expect(fake.scrolls).toEqual([]);
    expect(state()).toBe('idle');
  });

  it('a new show() during the panel’s own scroll retargets it, even where it already is', () => {
    const { fake, send, state } = setup();
    send({ type: 'show', step: 3 });
    // Back, right after: the panel is still scrolling itself to step 3.
    fake.top = 100;
    send({ type: 'show', step: 1 });
    expect(fake.scrolls).toEqual([300, 100]);
    expect(state()).toBe('selfScrolling');
  });

  it('a self-scroll that ends a pixel or more off is put back where the step is now', () => {
    const { fake, send, state } = setup();
    send({ type: 'show', step: 2 });
    // A font arrived mid-scroll: step 2 is now 48 px lower, and the scroll ended short of it.
    fake.places = [0, 100, 248, 348, 448];
    fake.top = 201;
    send({ type: 'scrollEnd' });
    expect(fake.scrolls).toEqual([200, 248]);
    expect(state()).toBe('selfScrolling');
    send({ type: 'scrollEnd' });
    expect(state()).toBe('holding');
  });

  it.each([
    { off: 0.5, corrected: false },
    { off: 1, corrected: true },
    { off: -1, corrected: true },
  ])('a self-scroll ending $off px off its step is corrected: $corrected', ({ off, corrected }) => {
    const { fake, send } = setup();
    send({ type: 'show', step: 2 });
    fake.top = 200 + off;
    send({ type: 'scrollEnd' });
    expect(fake.scrolls.length).toBe(corrected ? 2 : 1);
  });

  it('corrects a self-scroll at most twice, then gives the scroll back to the reader', () => {
    const { fake, send, state } = setup();
    send({ type: 'show', step: 2 });
    for (let i = 0; i < 4; i++) {
      fake.top = 190;
      send({ type: 'scrollEnd' });
    }
    expect(fake.scrolls).toEqual([200, 200, 200]);
    expect(state()).toBe('holding');
  });

  it('holding: a resize puts the held step back on its line', () => {
    const { fake, send, state } = setup();
    send({ type: 'show', step: 3 }, { type: 'scrollEnd' });
    // A step above grew by 30 px.
    fake.places = [0, 130, 230, 330, 430];
    send({ type: 'resize' });
    expect(fake.scrolls).toEqual([300, 330]);
    expect(state()).toBe('selfScrolling');
  });

  it('idle: a resize moves nothing', () => {
    const { fake, send } = setup();
    fake.places = [0, 130, 230, 330, 430];
    send({ type: 'resize' });
    expect(fake.scrolls).toEqual([]);
  });

  it('holding: a scroll that keeps the step in place (scroll anchoring) is not the reader’s', () => {
    const { fake, send, state } = setup();
    send({ type: 'show', step: 3 }, { type: 'scrollEnd' });
    fake.places = [0, 130, 230, 331, 430];
    fake.top = 330;
    send({ type: 'scroll' });
    vi.advanceTimersByTime(FRAME_MS);
    expect(fake.moves).toEqual([]);
    expect(state()).toBe('holding');
  });

  it('holding → userScrolling: a scroll away from the held step is the reader’s', () => {
    const { fake, send, state } = setup();
    send({ type: 'show', step: 3 }, { type: 'scrollEnd' });
    readerScrolls(fake, send, 410);
    expect(state()).toBe('userScrolling');
    vi.advanceTimersByTime(FRAME_MS);
    expect(fake.moves).toEqual([4]);
    // Nothing is held any more: a resize leaves the reader's scroll alone.
    send({ type: 'resize' });
    expect(fake.scrolls).toEqual([300]);
  });

  it('readerInput (wheel, touch) ends the panel’s own scroll and lets the reader take over', () => {
    const { fake, send, state } = setup();
    send({ type: 'show', step: 3 });
    send({ type: 'readerInput' });
    expect(state()).toBe('idle');
    expect(fake.takeovers).toBe(1);
    readerScrolls(fake, send, 110);
    vi.advanceTimersByTime(FRAME_MS);
    expect(fake.moves).toEqual([1]);
  });

  it('show() during userScrolling wins: the pending frame does not read the step', () => {
    const { fake, send, state } = setup();
    readerScrolls(fake, send, 110);
    send({ type: 'show', step: 4 });
    vi.advanceTimersByTime(FRAME_MS);
    expect(fake.moves).toEqual([]);
    expect(state()).toBe('selfScrolling');
  });

  it.each([
    { hasScrollEnd: true, timeout: SELF_SCROLL_TIMEOUT_MS.withScrollEnd },
    { hasScrollEnd: false, timeout: SELF_SCROLL_TIMEOUT_MS.withoutScrollEnd },
  ])(
    'a self-scroll that never ends stops being the panel’s after $timeout ms (scrollend: $hasScrollEnd)',
    ({ hasScrollEnd, timeout }) => {
      const { fake, send, state } = setup({ hasScrollEnd });
      send({ type: 'show', step: 3 });
      // The browser never arrives (nor fires scrollend).
      fake.top = 150;
      vi.advanceTimersByTime(timeout - 1);
      expect(state()).toBe('selfScrolling');
      vi.advanceTimersByTime(1);
      expect(state()).toBe('holding');
    },
  );

  it('without scrollend, arriving within 2 px of the target ends the panel’s own scroll', () => {
    const { fake, send, state } = setup({ hasScrollEnd: false });
    send({ type: 'show', step: 3 });
    fake.top = 280;
    send({ type: 'scroll' });
    expect(state()).toBe('selfScrolling');
    fake.top = 299;
    send({ type: 'scroll' });
    expect(state()).toBe('holding');
  });

  it('with scrollend, only scrollend ends the panel’s own scroll', () => {
    const { fake, send, state } = setup();
    send({ type: 'show', step: 3 });
    fake.top = 300;
    send({ type: 'scroll' });
    expect(state()).toBe('selfScrolling');
  });

  it('destroy() cancels the pending frame and the timer', () => {
    const { fake, machine, send } = setup();
    readerScrolls(fake, send, 110);
    machine.destroy();
    vi.advanceTimersByTime(10_000);
    expect(fake.moves).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
