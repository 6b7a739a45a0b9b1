/**
 * Who is scrolling the story panel, as a small state machine, so that a scroll the panel makes
 * itself is never read back as the reader's and the two never chase each other.
 *
 *   idle ──scroll──▶ userScrolling ──frame──▶ idle          (the reader moves the story)
 *   any ──show(step)──▶ selfScrolling ──scrollEnd | timeout──▶ holding ──scroll by reader──▶ idle
 *   holding ──resize──▶ selfScrolling                       (a held step is put back)
 *   any ──readerInput──▶ idle                                (wheel or touch: the reader takes over)
 *
 * The machine knows nothing of the DOM: the component passes it the panel's geometry and wires
 * its events (scroll, scrollend, wheel, touch, ResizeObserver, the moment's changes) to it.
 */

export type ScrollState =
  /** Nothing held: the reader's scrolls count. */
  | { name: 'idle' }
  /** The reader scrolled; the step at the line is read in the next frame. */
  | { name: 'userScrolling' }
  /** The panel scrolls itself to `step`; its scroll events are not the reader's. */
  | { name: 'selfScrolling'; step: number; target: number; corrections: number }
  /**
   * The panel put `step` in place. Until the reader scrolls, it stays in place while the layout
   * around it changes (fonts arriving, steps laid out late, a resized window): browsers anchor a
   * scroll only to what is on screen, and not all browsers do.
   */
  | { name: 'holding'; step: number };

export type ScrollEvent =
  | { type: 'show'; step: number }
  | { type: 'resize' }
  | { type: 'scroll' }
  | { type: 'scrollEnd' }
  | { type: 'readerInput' };

/** What the machine reads from, and does to, the panel. */
export interface ScrollPanel {
  /** The scroll offset that puts a step in place, or undefined when it is not in the panel. */
  placeOf(step: number): number | undefined;
  /** The step whose top has passed the trigger line. */
  activeStep(): number | undefined;
  scrollTop(): number;
  /** Scrolls at once, never smoothly: the map carries the motion. */
  scrollTo(top: number): void;
  /** The reader moved the story to a step. */
  readerMoved(step: number): void;
  /** The reader took over (wheel or touch). */
  readerTookOver(): void;
}

export interface ScrollOptions {
  /** Whether `scrollend` fires; where it is missing (older Safari), arriving ends a scroll. */
  hasScrollEnd: boolean;
  /** Runs a callback before the next paint; returns a cancel. Defaults to requestAnimationFrame. */
  nextFrame?: (callback: () => void) => () => void;
}

/**
 * Scroll offsets are whole pixels here: a step a pixel or more off its line is put back, and a
 * scroll of the panel's own within a pixel of its target has arrived.
 */
const PIXEL = 1;
/** A held step the browser kept within this of its place was kept by scroll anchoring. */
const ANCHORED = 2;
/** How often a scroll of the panel's own that ended away from its step is put right. */
const MAX_CORRECTIONS = 2;
/** A scroll of the panel's own that never ends stops counting as its own after this. */
export const SELF_SCROLL_TIMEOUT_MS = { withScrollEnd: 4000, withoutScrollEnd: 1500 };

const rafFrame = (callback: () => void) => {
  const id = requestAnimationFrame(callback);
  return () => cancelAnimationFrame(id);
};

export class ScrollMachine {
  #state: ScrollState = { name: 'idle' };
  #panel: ScrollPanel;
  #hasScrollEnd: boolean;
  #nextFrame: (callback: () => void) => () => void;
  #cancelFrame: (() => void) | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(panel: ScrollPanel, { hasScrollEnd, nextFrame = rafFrame }: ScrollOptions) {
    this.#panel = panel;
    this.#hasScrollEnd = hasScrollEnd;
    this.#nextFrame = nextFrame;
  }

  get state(): Readonly<ScrollState> {
    return this.#state;
  }

  send(event: ScrollEvent): void {
    switch (event.type) {
      case 'show':
        return this.#show(event.step);
      case 'resize':
        // Anything above a held step changing size moves it: put it back before it is painted.
        if (this.#state.name === 'holding' || this.#state.name === 'selfScrolling')
          this.#show(this.#state.step);
        return;
      case 'scroll':
        return this.#scroll();
      case 'scrollEnd':
        return this.#scrollEnd();
      case 'readerInput':
        this.#to({ name: 'idle' });
        this.#panel.readerTookOver();
        return;
    }
  }

  /** Stops the pending frame and timer. */
  destroy(): void {
    this.#to({ name: 'idle' });
  }

  #to(state: ScrollState) {
    if (state.name !== 'userScrolling') {
      this.#cancelFrame?.();
      this.#cancelFrame = undefined;
    }
    if (state.name !== 'selfScrolling') {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    this.#state = state;
  }

  #show(step: number) {
    const panel = this.#panel;
    const target = panel.placeOf(step);
    if (target === undefined) return;
    // Already there, unless a scroll of the panel's own is under way: its target has to change,
    // or it would carry the panel on to the step it was sent to before.
    if (Math.abs(target - panel.scrollTop()) < PIXEL && this.#state.name !== 'selfScrolling') {
      this.#to({ name: 'holding', step });
      return;
    }
    this.#to({ name: 'selfScrolling', step, target, corrections: 0 });
    clearTimeout(this.#timer);
    panel.scrollTo(target);
    // `scrollend` ends it; the timer covers a scroll that never ends, and browsers without it.
    this.#timer = setTimeout(
      () => {
        if (this.#state.name === 'selfScrolling')
          this.#to({ name: 'holding', step: this.#state.step });
      },
      this.#hasScrollEnd
        ? SELF_SCROLL_TIMEOUT_MS.withScrollEnd
        : SELF_SCROLL_TIMEOUT_MS.withoutScrollEnd,
    );
  }

  #scroll() {
    const state = this.#state;
    const panel = this.#panel;
    switch (state.name) {
      case 'selfScrolling':
        if (!this.#hasScrollEnd && Math.abs(panel.scrollTop() - state.target) < ANCHORED)
          this.#to({ name: 'holding', step: state.step });
        return;
      case 'holding': {
        // The browser kept the held step in place (scroll anchoring): not the reader's scroll.
        const place = panel.placeOf(state.step);
        if (place !== undefined && Math.abs(place - panel.scrollTop()) < ANCHORED) return;
        break;
      }
      case 'userScrolling':
        return;
      case 'idle':
        break;
    }
    this.#to({ name: 'userScrolling' });
    this.#cancelFrame = this.#nextFrame(() => {
      this.#cancelFrame = undefined;
      if (this.#state.name !== 'userScrolling') return;
      this.#to({ name: 'idle' });
      const step = panel.activeStep();
      if (step !== undefined) panel.readerMoved(step);
    });
  }

  /**
   * The panel's own scroll has ended: from now on, scrolls are the reader's. It can end away from
   * its step, when the layout changed while it was under way (a font arriving, steps skipped at
   * their remembered heights); a step left off its line would be read by the next scroll as the
   * reader's move. So it is measured again, and put back where the step is now.
   */
  #scrollEnd() {
    const state = this.#state;
    if (state.name !== 'selfScrolling') return;
    const panel = this.#panel;
    const target = panel.placeOf(state.step) ?? state.target;
    if (Math.abs(panel.scrollTop() - target) >= PIXEL && state.corrections < MAX_CORRECTIONS) {
      this.#state = { ...state, target, corrections: state.corrections + 1 };
      panel.scrollTo(target);
      return;
    }
    this.#to({ name: 'holding', step: state.step });
  }
}
