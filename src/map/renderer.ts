/**
 * The seam between the map area and whatever draws the map. The map view, the story, the
 * timeline and the keys talk only to this interface; MapLibre (`controller.ts`) is one
 * implementation and the SVG geography (`svg/`) is the other, so none of them can tell which
 * one they drive. Nothing outside `src/map/` imports MapLibre.
 */
import type { JourneyIndex, Language } from '../data/types.ts';
import type { MapAssets } from './assets.ts';
import type { Insets } from './frame.ts';

/** What the map shows: the overview (`story: null`) or one journey at one step. */
export interface MapTarget {
  story: string | null;
  step: number;
  /** A journey pointed at in the overview, drawn above the others. */
  highlight: string | null;
  /** In the overview, the ids of the journeys the explore view shows; absent or null: all. */
  shown?: readonly string[] | null;
  /** In the overview, whether fiction's layer is drawn (default true). */
  fiction?: boolean;
  /** Whether the typical route's layer is drawn (default true). */
  corridor?: boolean;
}

export interface RendererOptions {
  container: HTMLElement;
  index: JourneyIndex;
  /** Where the map opens: drawn there from the first frame, with no camera move to wait for. */
  initial: MapTarget;
  /** The basemap and route, already on their way (see assets.ts). */
  assets: Promise<MapAssets>;
  /** The interface language: labels follow it. */
  lang: () => Language;
  reducedMotion: () => boolean;
  /** In an embed: scrolling the page over the map scrolls the page (cooperative gestures). */
  cooperative?: boolean;
  /** Room taken by panels drawn over the map (the key), in px; the camera frames around it. */
  insets?: () => Insets;
  /** The pointer is over a journey's line or place in the overview (null: over none). */
  onHover?: (story: string | null) => void;
  /** The reader clicked a step's place, or a journey's line in the overview. */
  onPick: (story: string, step: number | null) => void;
  /** The renderer can no longer draw (a lost WebGL context, say); the view offers another. */
  onFail?: (reason: RendererFailure) => void;
  /**
   * A still picture (the printed handout): the whole journey framed, with no pan, zoom,
   * controls or focus. Only the SVG renderer draws one.
   */
  still?: boolean;
}

export type RendererFailure = 'context-lost' | 'worker' | 'assets';

export type RendererKind = 'maplibre' | 'svg';

export interface MapRenderer {
  readonly kind: RendererKind;
  /** Follows the moment. Safe to call on every change: it acts only on real ones. */
  show(target: MapTarget): void;
  /** The language changed: labels are redrawn in it. */
  setLanguage(lang: Language): void;
  /** The container changed size. */
  resize(): void;
  /** Resolves once the opening view is fully drawn. */
  whenReady(): Promise<void>;
  destroy(): void;
}

export type CreateRenderer = (options: RendererOptions) => Promise<MapRenderer>;
