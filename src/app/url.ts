/**
 * The URL is the moment written down: `?story=<id>&step=<n>&lang=<ko>`, step counted from 0.
 * Loading such a URL restores the moment, and every change to the moment is written back.
 */
import type { Language } from '../data/types.ts';
import { isLanguage } from '../i18n/index.ts';
import type { Moment, Origin } from '../state/moment.svelte.ts';

export interface UrlState {
  story: string | null;
  step: number;
  /** The interface language; English, the default, is left out of the URL. Absent: untouched. */
  lang?: Language;
}

/** `?lang=ko`; a language the app does not speak is ignored (the app stays in English). */
export function readLang(search: string): Language | undefined {
  const asked = new URLSearchParams(search).get('lang');
  return isLanguage(asked) ? asked : undefined;
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
  if (state.lang === 'en') params.delete('lang');
  else if (state.lang) params.set('lang', state.lang);
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
    // Only a URL that names a language changes it: going back to an older entry keeps it.
    const lang = readLang(win.location.search);
    if (lang) moment.lang = lang;
    moment.select(story, step, origin);
    const asked = new URLSearchParams(win.location.search).get('step');
    if (moment.storyId !== null && asked !== null && asked !== String(moment.step))
      moment.stepAsked = asked.slice(0, 40);
  };
  fromUrl('url');

  const onPop = () => fromUrl('history');
  win.addEventListener('popstate', onPop);

  const write = () => {
    const state: UrlState = {
      story: moment.missingStoryId ?? moment.storyId,
      step: moment.step,
      lang: moment.lang,
    };
    const search = writeUrl(win.location.search, state);
    if (search === win.location.search) return;
    // A change of language alone is not a place to go back to.
    const was = readUrl(win.location.search);
    const sameMoment =
      was.story === state.story && (state.story === null || was.step === state.step);
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    const now = performance.now();
    const burst =
      moment.origin === 'scroll' && lastOrigin === 'scroll' && now - lastPush < COALESCE_MS;
    if (
      !push ||
      moment.origin === 'init' ||
      moment.origin === 'url' ||
      moment.origin === 'history' ||
      sameMoment ||
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
