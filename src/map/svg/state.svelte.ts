/** What one SVG map shows right now; each map has its own, so two maps never share it. */
import { SvelteSet } from 'svelte/reactivity';
import type { JourneyIndex, Language } from '../../data/types.ts';
import type { MapTarget } from '../renderer.ts';
import type { View } from './camera.ts';
import { mapLabel } from '../words.ts';
import { destinationPalette } from '../../explore/palette.ts';

export class SvgMapState {
  target = $state.raw<MapTarget>({ story: null, step: 0, highlight: null });
  lang = $state<Language>('en');
  /** The camera: px = unit × k + (x, y). */
  view = $state.raw<View>({ k: 1, x: 0, y: 0 });
  /** A camera move (animated or by the reader) is under way. */
  moving = $state(false);
  width = $state(0);
  height = $state(0);
  /** Indices of the country names that fit at the settled camera. */
  readonly countries = new SvelteSet<number>();

  readonly #index: JourneyIndex;
  /** Story id to its colour in the overview: where it ends (see explore/palette.ts). */
  readonly palette: Readonly<Record<string, string>>;
  /** The map's accessible name, as the map area's own. */
  label = $derived.by(() => {
    const story = this.#index.stories.find((s) => s.id === this.target.story);
    return mapLabel(story ?? null, this.lang);
  });

  constructor(index: JourneyIndex, target: MapTarget, lang: Language) {
    this.#index = index;
    this.palette = destinationPalette(index.stories);
    this.target = target;
    this.lang = lang;
  }
}
