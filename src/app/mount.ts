/**
 * Mounts one instance of the app into an element or a shadow root. The standalone page
 * (main.ts) uses it, and so will the embed element and the presenter: each instance has its own
 * moment, ids, size, keys and styles, so several can share a page.
 */
import { mount, unmount } from 'svelte';
import type { JourneyIndex, Language } from '../data/types.ts';
import App from './App.svelte';
import { adoptStyles } from './styles.ts';
import { styleRootOf } from './adopt.ts';
import type { Mode } from '../present/mode.svelte.ts';
import type { StartAdapter } from '../state/instance.svelte.ts';

export interface MountOptions {
  index: JourneyIndex;
  /** Where it opens (a synced URL, read next, has the last word). */
  story?: string | null;
  step?: number;
  /** The interface language it opens in (the reader can change it). */
  lang?: Language;
  /**
   * `history`: every change is a history entry (Back works); `replace`: the URL is only
   * rewritten; `off`: the page's URL is left alone. Only an instance that owns the page should
   * use the first two.
   */
  url?: 'history' | 'replace' | 'off';
  /** The standalone app: hears keys pressed anywhere on the page, and may navigate it. */
  ownsPage?: boolean;
  /** Show the dev server's story-file errors. */
  devOverlay?: boolean;
  /** Presenter mode, the presenter view or the handout (src/present/mode.svelte.ts). */
  mode?: Mode;
  /**
   * In an embed (the element or the iframe): the map lets the host page scroll over it
   * (cooperative gestures).
   */
  embedded?: boolean;
  /** Keeps the moment in step with an embed's attributes and host page (src/embed/). */
  adapter?: StartAdapter;
}

export interface MountedJourneyMap {
  destroy(): void;
}

export function mountJourneyMap(
  target: HTMLElement | ShadowRoot,
  options: MountOptions,
): MountedJourneyMap {
  adoptStyles(target instanceof ShadowRoot ? target : styleRootOf(target));
  const app = mount(App, {
    target,
    props: {
      index: options.index,
      syncUrl: options.url ?? 'off',
      ownsPage: options.ownsPage ?? false,
      initial:
        options.story === undefined ? undefined : { story: options.story, step: options.step },
      devOverlay: options.devOverlay ?? false,
      mode: options.mode ?? 'app',
      embedded: options.embedded ?? false,
      lang: options.lang,
      adapter: options.adapter,
    },
  });
  let destroyed = false;
  return {
    destroy() {
      if (destroyed) return;
      destroyed = true;
      void unmount(app);
    },
  };
}
