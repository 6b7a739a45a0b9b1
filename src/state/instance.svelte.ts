/**
 * The instance: one app on a page, which may hold several. Beside the moment (what is shown), it
 * says where the app lives: its root node, the prefix that keeps its ids apart from another
 * instance's, its own size (layout follows the instance, not the viewport), whether it owns the
 * page (the standalone app: keys on the whole document, the page's URL), and the adapters that
 * keep the moment in step with the world outside it.
 */
import { getContext, setContext } from 'svelte';
import type { Moment } from './moment.svelte.ts';

/** Below this width (px) the instance lays itself out as on a phone; matches the CSS's @container. */
export const NARROW_WIDTH = 760;

/**
 * Something outside the instance the moment is kept in step with: the URL today, the embed
 * element's attributes and a BroadcastChannel later. Each reads its side once when it starts.
 */
export interface MomentAdapter {
  /** Called after every change of the moment, to write it out. */
  write(): void;
  destroy(): void;
}

export type AdapterKind = 'url' | 'attributes' | 'channel';

export type StartAdapter = (moment: Moment) => MomentAdapter;

export class Instance {
  /** Unique on the page: every id the app renders starts with it. */
  readonly prefix: string;
  /** The standalone app: it listens for keys on the whole document and may navigate the page. */
  readonly ownsPage: boolean;
  /** In an embed: the page around it scrolls over the map (cooperative gestures). */
  readonly embedded: boolean;
  /** One slot per kind; not reactive, as nothing renders from them. */
  readonly adapters: Partial<Record<AdapterKind, MomentAdapter>> = {};
  root: HTMLElement | null = $state.raw(null);
  /** The root's size in CSS px, 0 until first measured. */
  width = $state(0);
  height = $state(0);
  /** Laid out as on a phone (see NARROW_WIDTH). */
  narrow = $derived(this.width > 0 && this.width <= NARROW_WIDTH);

  constructor({
    prefix,
    ownsPage = false,
    embedded = false,
  }: {
    prefix: string;
    ownsPage?: boolean;
    embedded?: boolean;
  }) {
    this.prefix = prefix;
    this.ownsPage = ownsPage;
    this.embedded = embedded;
  }

  /** An id unique to this instance: `instance.id('story-panel')`. */
  id(name: string): string {
    return `${this.prefix}-${name}`;
  }

  /** `#` + `id(name)`, for links within the instance. */
  href(name: string): string {
    return `#${this.id(name)}`;
  }

  /** Starts following the root's size; returns the function that stops it. */
  observe(root: HTMLElement): () => void {
    this.root = root;
    const measure = (width: number, height: number) => {
      this.width = width;
      this.height = height;
    };
    measure(root.clientWidth, root.clientHeight);
    if (typeof ResizeObserver !== 'function') return () => {};
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.contentBoxSize?.[0];
      if (box) measure(box.inlineSize, box.blockSize);
      else measure(root.clientWidth, root.clientHeight);
    });
    observer.observe(root);
    return () => observer.disconnect();
  }

  /** Starts an adapter in a slot, replacing the one there. */
  connect(kind: AdapterKind, moment: Moment, start: StartAdapter): MomentAdapter {
    this.adapters[kind]?.destroy();
    const adapter = start(moment);
    this.adapters[kind] = adapter;
    return adapter;
  }

  /** Writes the moment out through every adapter. */
  write(): void {
    for (const adapter of Object.values(this.adapters)) adapter.write();
  }

  destroy(): void {
    for (const kind of Object.keys(this.adapters) as AdapterKind[]) {
      this.adapters[kind]?.destroy();
      delete this.adapters[kind];
    }
  }

  /** Whether an event happened inside another instance (nested in, or beside, this one's page). */
  static ownerOf(event: Event): HTMLElement | undefined {
    for (const node of event.composedPath())
      if (node instanceof HTMLElement && node.hasAttribute('data-journey-map')) return node;
    return undefined;
  }
}

const KEY = Symbol('journey-map:instance');

export function setInstance(instance: Instance): Instance {
  return setContext(KEY, instance);
}

/** The instance; a component rendered outside an App (a unit test) gets a private one. */
export function getInstance(): Instance {
  return getContext<Instance | undefined>(KEY) ?? new Instance({ prefix: 'jm' });
}
