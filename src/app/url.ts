/**
 * The URL is the moment written down: `?story=<id>&step=<n>`, step counted from 0. Loading
 * such a URL restores the moment, and every change to the moment is written back.
 */
import type { Moment, Origin } from '../state/moment.svelte.ts';

export interface UrlState {
  story: string | null;
  step: number;
}

export function readUrl(search: string): UrlState {
  const params = new URLSearchParams(search);
  const story = params.get('story');
  const step = Number.parseInt(params.get('step') ?? '0', 10);
  return {
    story: story && story.trim() !== '' ? story.trim() : null,
    step: Number.isFinite(step) ? step : 0,
  };
}

/**
 * `?renderer=svg` forces the SVG map (and `maplibre` the WebGL one), for readers and tests;
 * anything else lets the map area choose by what the browser can do.
 */
export function readRenderer(search: string): 'svg' | 'maplibre' | undefined {
  const asked = new URLSearchParams(search).get('renderer');
  return asked === 'svg' || asked === 'maplibre' ? asked : undefined;
}

/** Keeps other parameters (an embed's options, say) and rewrites only ours. */
export function writeUrl(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  if (state.story === null) {
    params.delete('story');
    params.delete('step');
  } else {
    params.set('story', state.story);
    params.set('step', String(state.step));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Scrolling produces a burst of steps; they become one history entry, not one per step. */
const COALESCE_MS = 600;

/**
 * Two-way sync between a moment and `window.location`. Returns a function that writes the
 * moment to the URL, to be called from an effect; the caller stops it with the returned cleanup.
 * With `push: false` (an embed) the URL is only replaced, so the host page's Back button is
 * never taken over by steps inside the frame.
 */
export function syncWithUrl(moment: Moment, win: Window = window, { push = true } = {}) {
  let lastPush = 0;
  let lastOrigin: Origin | null = null;

  const fromUrl = (origin: Origin) => {
    const { story, step } = readUrl(win.location.search);
    moment.select(story, step, origin);
  };
  fromUrl('url');

  const onPop = () => fromUrl('history');
  win.addEventListener('popstate', onPop);

  const write = () => {
    const state: UrlState = {
      story: moment.missingStoryId ?? moment.storyId,
      step: moment.step,
    };
    const search = writeUrl(win.location.search, state);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    const now = performance.now();
    const burst =
      moment.origin === 'scroll' && lastOrigin === 'scroll' && now - lastPush < COALESCE_MS;
    if (
      !push ||
      moment.origin === 'init' ||
      moment.origin === 'url' ||
      moment.origin === 'history' ||
      burst
    )
      win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
    lastPush = now;
    lastOrigin = moment.origin;
  };

  return {
    write,
    destroy: () => win.removeEventListener('popstate', onPop),
  };
}
