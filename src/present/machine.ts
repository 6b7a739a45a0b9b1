/**
 * Presenter mode's own state, apart from the moment it drives: whether the screen is blanked,
 * the digits typed towards a jump, and autoplay (`off → playing ⇄ paused → off`). Plain
 * TypeScript with injected timers, so it is unit-tested with fake ones; the component only wires
 * keys and buttons to `press`. The moment (which step, whether it is gated) stays the one truth.
 */

/** What the presenter can ask for, from a key, a clicker or a button. */
export type PresentCommand =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'blank'
  | 'leave'
  | 'presenter'
  | 'autoplay'
  | 'faster'
  | 'slower'
  | 'show'
  | 'skip'
  | 'enter'
  | 'glossary'
  | 'fullscreen'
  | { digit: number }
  | 'backspace';

/** The deck the machine moves: the instance's moment, seen through four calls. */
export interface Deck {
  readonly step: number;
  readonly count: number;
  goTo(step: number): void;
  /** The step's content warnings have not been shown yet. */
  gated(step: number): boolean;
  reveal(step: number): void;
  /** Passes over a gated step in the direction the presenter was going. */
  skip(step: number): void;
}

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export type Autoplay = 'off' | 'playing' | 'paused';

/** Seconds a step stays on screen in autoplay, slowest last. */
export const PACES = [5, 8, 12, 20, 30] as const;

export interface MachineState {
  blanked: boolean;
  autoplay: Autoplay;
  /** Seconds per step. */
  pace: number;
  /** Digits typed so far towards "number, then Enter". */
  typed: string;
  glossary: boolean;
}

export class PresentMachine {
  #deck: Deck;
  #timers: Timers;
  #timer: unknown = null;
  #listeners = new Set<(state: MachineState) => void>();
  #state: MachineState = {
    blanked: false,
    autoplay: 'off',
    pace: 12,
    typed: '',
    glossary: false,
  };
  /** Called for commands the machine does not handle itself: leave, presenter, fullscreen. */
  onOutside: (command: 'leave' | 'presenter' | 'fullscreen') => void = () => {};

  constructor(deck: Deck, timers: Timers = globalThis) {
    this.#deck = deck;
    this.#timers = timers;
  }

  get state(): MachineState {
    return this.#state;
  }

  /** Follows every change of state; returns the function that stops following. */
  subscribe(listener: (state: MachineState) => void): () => void {
    this.#listeners.add(listener);
    listener(this.#state);
    return () => this.#listeners.delete(listener);
  }

  press(command: PresentCommand): void {
    const deck = this.#deck;
    if (typeof command === 'object')
      return this.#set({ typed: (this.#state.typed + command.digit).slice(-3) });
    // While blanked, any key but a navigation one only brings the screen back.
    if (this.#state.blanked && command !== 'blank' && command !== 'leave') {
      this.#set({ blanked: false });
      if (command !== 'next' && command !== 'previous') return;
    }
    switch (command) {
      case 'next':
        this.#userMoved();
        if (deck.gated(deck.step)) return deck.skip(deck.step);
        return deck.goTo(deck.step + 1);
      case 'previous':
        this.#userMoved();
        return deck.goTo(deck.step - 1);
      case 'first':
        this.#userMoved();
        return deck.goTo(0);
      case 'last':
        this.#userMoved();
        return deck.goTo(deck.count - 1);
      case 'blank':
        return this.#set({ blanked: !this.#state.blanked });
      case 'enter': {
        const typed = this.#state.typed;
        if (typed === '') {
          // Enter on a gate shows it; elsewhere it does nothing.
          if (deck.gated(deck.step)) deck.reveal(deck.step);
          return;
        }
        this.#set({ typed: '' });
        this.#userMoved();
        return deck.goTo(Number(typed) - 1);
      }
      case 'backspace':
        return this.#set({ typed: this.#state.typed.slice(0, -1) });
      case 'show':
        deck.reveal(deck.step);
        return this.#schedule();
      case 'skip':
        if (deck.gated(deck.step)) deck.skip(deck.step);
        return this.#schedule();
      case 'autoplay':
        return this.#toggleAutoplay();
      case 'faster':
      case 'slower': {
        const at = PACES.indexOf(this.#state.pace as (typeof PACES)[number]);
        const to = Math.max(0, Math.min(PACES.length - 1, at + (command === 'faster' ? -1 : 1)));
        this.#set({ pace: PACES[to]! });
        return this.#schedule();
      }
      case 'glossary':
        return this.#set({ glossary: !this.#state.glossary });
      case 'leave':
        this.stop();
        return this.onOutside('leave');
      case 'presenter':
      case 'fullscreen':
        return this.onOutside(command);
    }
  }

  /** The moment changed (from anywhere): a gate reached stops autoplay. */
  stepChanged(): void {
    if (this.#state.typed) this.#set({ typed: '' });
    if (this.#state.autoplay === 'playing') this.#schedule();
  }

  stop(): void {
    this.#clear();
    if (this.#state.autoplay !== 'off') this.#set({ autoplay: 'off' });
  }

  #toggleAutoplay(): void {
    const next: Autoplay = this.#state.autoplay === 'playing' ? 'paused' : 'playing';
    this.#set({ autoplay: next });
    this.#schedule();
  }

  /** A key the presenter pressed keeps autoplay going from the new step, on a fresh clock. */
  #userMoved(): void {
    if (this.#state.typed) this.#set({ typed: '' });
  }

  #schedule(): void {
    this.#clear();
    if (this.#state.autoplay !== 'playing') return;
    const deck = this.#deck;
    // Autoplay never passes a content warning: the teacher decides in the room.
    if (deck.gated(deck.step) || deck.step >= deck.count - 1) {
      this.#set({ autoplay: 'paused' });
      return;
    }
    this.#timer = this.#timers.setTimeout(() => {
      this.#timer = null;
      deck.goTo(deck.step + 1);
      this.#schedule();
    }, this.#state.pace * 1000);
  }

  #clear(): void {
    if (this.#timer !== null) this.#timers.clearTimeout(this.#timer);
    this.#timer = null;
  }

  #set(patch: Partial<MachineState>): void {
    this.#state = { ...this.#state, ...patch };
    for (const listener of this.#listeners) listener(this.#state);
  }
}
