/**
 * Which way an instance shows its journey: the ordinary app, presenter mode on the projector
 * (`?mode=present`), the teacher's presenter view (`?mode=presenter`) or the printed handout
 * (`?mode=handout`). One per instance, through context; only the page's owner writes the URL.
 */
import { getContext, setContext } from 'svelte';

import { readMode, sessionFrom, writeMode, type Mode } from './mode-url.ts';

export { MODES, readMode, sessionFrom, writeMode, type Mode } from './mode-url.ts';

export class ModeState {
  mode = $state<Mode>('app');
  readonly session: string;
  readonly #ownsPage: boolean;

  constructor(mode: Mode, { ownsPage, search = '' }: { ownsPage: boolean; search?: string }) {
    this.mode = mode;
    this.#ownsPage = ownsPage;
    this.session = sessionFrom(search);
    // Back and Forward move between the app and a mode, as between steps. Only the page's owner
    // listens, and it lives as long as the page.
    if (ownsPage && typeof window !== 'undefined')
      window.addEventListener('popstate', () => (this.mode = readMode(location.search)));
  }

  set(mode: Mode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    if (!this.#ownsPage) return;
    const search = writeMode(location.search, mode, this.session);
    history.pushState(null, '', `${location.pathname}${search}${location.hash}`);
  }
}

const KEY = Symbol('journey-map:mode');

export function setModeState(state: ModeState): ModeState {
  return setContext(KEY, state);
}

/** The instance's mode; outside an App (a unit test), the ordinary app. */
export function getModeState(): ModeState {
  return getContext<ModeState | undefined>(KEY) ?? new ModeState('app', { ownsPage: false });
}
