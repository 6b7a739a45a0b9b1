/**
 * The MapLibre side of the journey map: creates the map, then follows the moment. It moves the
 * camera only when its target really changed (the compare guard svelte-maplibre uses before
 * `easeTo`), so scroll, timeline and camera never feed back into each other.
 *
 * Loaded lazily, after the story text is on screen.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from './worker-url.ts';
import { mapFontFaces, MAP_FONT } from 'virtual:fonts';
import type { BBox, JourneyGeometry, JourneyIndex, LngLat } from '../data/types.ts';
import {
  buildStyle,
  CORRIDOR_LAYERS,
  FICTION_LAYERS,
  POINT_LAYER,
  ROUTE_LAYERS,
} from './style/index.ts';
import { destinationPalette } from '../explore/palette.ts';
import { exploreKey, narrowed, type Filter } from './explore-filter.ts';
import { MarkerMotion, canTravel } from './marker.ts';
import { legPaths, pathKey, type LegPaths } from './paths.ts';
import { StepStates } from './step-state.ts';
import { cameraForFrame, overviewBounds, type Insets } from './frame.ts';
import { newMap, relabelMap } from './new-map.ts';
import { labelCharacters, warmGlyphs } from './glyphs.ts';
import type { Language } from '../data/types.ts';
import type { CreateRenderer, MapTarget, RendererOptions } from './renderer.ts';

maplibregl.setWorkerUrl(sameOriginWorker(workerUrl));

/**
 * A page cannot start a worker from another origin's file, as it must when the embed element's
 * script comes from another site. A one-line module from a blob URL can, by importing that file
 * (served with CORS, as the rest of the embed's files must be).
 */
function sameOriginWorker(url: string): string {
  // The one-file build's worker is a blob: URL already (worker-url.offline.ts).
  if (!/^https?:/.test(url) || new URL(url).origin === location.origin) return url;
  const source = `import ${JSON.stringify(url)};`;
  return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
}

/** The layers the explore view narrows to the journeys it shows. */
const FILTERED_LAYERS = [...ROUTE_LAYERS, POINT_LAYER, 'fiction-label'];

/** The map's worker could not start: the view draws the SVG map instead. */
export class WorkerFailure extends Error {
  constructor() {
    super('The map’s worker could not start.');
    this.name = 'WorkerFailure';
  }
}

/**
 * The one door tests and the bench have into the MapLibre map: a non-enumerable `journeyMap`
 * property on the map's container, never a global. Nothing in the app reads it.
 */
export interface JourneyMapTestHook {
  map: maplibregl.Map;
  whenLabelsReady(): Promise<void>;
  frameInsets(): Insets;
  /** Where the marker stands, whether it is hidden, and whether it is still travelling a leg. */
  marker(): { at: LngLat | null; hidden: boolean; travelling: boolean };
}

export class JourneyMap {
  readonly #map: maplibregl.Map;
  readonly #marker: MarkerMotion;
  #container: HTMLElement;
  #lang: Language;
  #index: JourneyIndex;
  #paths: LegPaths;
  #stepStates: StepStates;
  #styleParsed = false;
  #reducedMotion: () => boolean;
  #insets: () => Insets;
  /** What the camera was last sent to; the guard against moving for nothing. */
  #cameraKey = '';
  #last: MapTarget = { story: null, step: 0, highlight: null };
  /** The explore view's filters as last sent (see explore-filter.ts); '' before any. */
  #exploreKey = '';
  /** Each filtered layer's own filter, from the style, before any journey is filtered out. */
  #baseFilters = new Map<string, Filter>();
  #hovered: string | null = null;
  #ready: Promise<void>;
  #firstIdle: Promise<void>;
  #labelsReady: Promise<void>;
  #destroyed = false;

  private constructor(
    options: RendererOptions,
    style: maplibregl.StyleSpecification,
    geometry: JourneyGeometry,
  ) {
    this.#index = options.index;
    this.#paths = legPaths(geometry.legs);
    this.#stepStates = new StepStates(geometry);
    this.#reducedMotion = options.reducedMotion;
    this.#insets = options.insets ?? (() => ({}));
    this.#container = options.container;
    this.#lang = options.lang();
    this.#map = newMap(options.container, style, {
      fadeDuration: options.reducedMotion() ? 0 : 300,
      lang: this.#lang,
      cooperative: options.cooperative ?? false,
    });
    this.#marker = new MarkerMotion(this.#map);
    let loaded = false;
    this.#ready = new Promise((resolve, reject) => {
      this.#map.once('load', () => {
        loaded = true;
        resolve();
      });
      // MapLibre reports a worker that never started as an error event, and never loads.
      this.#map.on('error', (event) => {
        if (!/Worker failed/i.test(event.error?.message ?? '')) {
          console.error(event.error);
          return;
        }
        if (loaded) options.onFail?.('worker');
        else reject(new WorkerFailure());
      });
    });
    // Listened for from the start: `idle` often fires in the very frame that fires `load`, and
    // a map that has gone idle fires it again only after some other frame. Forcing one to find
    // out costs a whole frame, hundreds of milliseconds where WebGL runs on the CPU.
    this.#firstIdle = new Promise((resolve) => this.#map.once('idle', () => resolve()));
    // After the first idle, so the opening view's own labels come first, and a task later, so
    // that whatever waits for that idle (`jm:map-ready`) never waits for this too.
    // The characters are read then too: nothing of this is on the way to the first frame.
    this.#labelsReady = this.#firstIdle
      .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
      .then(() =>
        this.#destroyed ? undefined : warmGlyphs(this.#map, labelCharacters(style), MAP_FONT),
      );
    // Feature state can be set once the style is parsed, before any tile is drawn.
    this.#map.once('style.load', () => {
      this.#styleParsed = true;
      for (const id of FILTERED_LAYERS) this.#baseFilters.set(id, this.#map.getFilter(id) ?? null);
      this.#styleStep(this.#last);
      this.#styleExplore(this.#last);
    });
    this.#open(options.initial);
    // A new size (a window resized, a phone turned) would leave the camera on a frame fitted to
    // the old one, or finish a move begun for it: the current step is framed again at once.
    this.#map.on('resize', () => this.#refit());

    const pickable = [POINT_LAYER, ...ROUTE_LAYERS];
    this.#map.on('click', (event) => {
      const [feature] = this.#map.queryRenderedFeatures(event.point, { layers: pickable });
      if (!feature) return;
      const story = String(feature.properties.story);
      const step = Number(feature.properties.step);
      options.onPick(story, this.#last.story === story ? step : null);
    });
    this.#map.on('webglcontextlost', () => options.onFail?.('context-lost'));
    for (const layer of pickable) {
      this.#map.on('mouseenter', layer, () => (this.#map.getCanvas().style.cursor = 'pointer'));
      this.#map.on('mouseleave', layer, () => (this.#map.getCanvas().style.cursor = ''));
    }
    // In the overview, the journey under the pointer is the one pointed at everywhere.
    const hover = (story: string | null) => {
      if (story === this.#hovered) return;
      this.#hovered = story;
      options.onHover?.(story);
    };
    this.#map.on('mousemove', (event) => {
      if (this.#last.story !== null || !this.#styleParsed) return;
      const [feature] = this.#map.queryRenderedFeatures(event.point, { layers: pickable });
      hover(feature ? String(feature.properties.story) : null);
    });
    this.#map.getCanvas().addEventListener('mouseleave', () => hover(null));
  }

  static async create(options: RendererOptions): Promise<JourneyMap> {
    const { world, eastAsia, geometry } = await options.assets;
    const base = document.baseURI;
    const style = buildStyle({
      world,
      eastAsia,
      geometry,
      fontFaces: mapFontFaces(base),
      font: MAP_FONT,
      palette: destinationPalette(options.index.stories),
    });
    // The style starts styled for the opening step, so nothing is laid out twice.
    const { story, step, highlight } = options.initial;
    style.state = {
      story: { default: story ?? '' },
      step: { default: step },
      highlight: { default: highlight ?? '' },
      lang: { default: options.lang() },
    };
    const journeyMap = new JourneyMap(options, style, geometry);
    try {
      await journeyMap.#ready;
    } catch (error) {
      journeyMap.destroy();
      throw error;
    }
    const hook: JourneyMapTestHook = {
      map: journeyMap.#map,
      whenLabelsReady: () => journeyMap.whenLabelsReady(),
      frameInsets: () => journeyMap.#insets(),
      marker: () => ({
        at: journeyMap.#marker.position,
        hidden: journeyMap.#marker.element.hidden === true,
        travelling: journeyMap.#marker.travelling,
      }),
    };
    Object.defineProperty(options.container, 'journeyMap', { value: hook, configurable: true });
    return journeyMap;
  }

  /** Resolves at the map's first `idle`: everything drawn, no tile or camera move pending. */
  whenFirstIdle(): Promise<void> {
    return this.#firstIdle;
  }

  /**
   * Resolves once every glyph the labels can show has been drawn, after the first idle; from
   * then on no step change downloads a font or relays out the page (see glyphs.ts).
   */
  whenLabelsReady(): Promise<void> {
    return this.#labelsReady;
  }

  /** Puts the camera and marker at the opening target at once, before the first frame. */
  #open(target: MapTarget): void {
    this.#last = target;
    const story = target.story ? this.#index.stories.find((s) => s.id === target.story) : undefined;
    const step = story?.steps[target.step];
    this.#cameraKey = story && step ? `${story.id}/${target.step}` : 'overview';
    if (story && step) {
      this.#marker.place(step, story);
      this.#fit(step.frame, true, 0);
    } else {
      this.#marker.hide();
      this.#fit(this.#overviewBounds(), true, 0);
    }
  }

  /** Follows the moment. Safe to call on every change: it acts only on real ones. */
  show(target: MapTarget): void {
    const previous = this.#last;
    this.#last = target;
    // Restyling is cheap but not free: only what changed is sent.
    if (target.story !== previous.story)
      this.#map.setGlobalStateProperty('story', target.story ?? '');
    if (target.step !== previous.step) this.#map.setGlobalStateProperty('step', target.step);
    if (target.highlight !== previous.highlight)
      this.#map.setGlobalStateProperty('highlight', target.highlight ?? '');
    if (target.story !== previous.story || target.step !== previous.step) this.#styleStep(target);
    this.#styleExplore(target);

    const story = target.story ? this.#index.stories.find((s) => s.id === target.story) : undefined;
    const key = story ? `${story.id}/${target.step}` : 'overview';
    if (key === this.#cameraKey) return;
    this.#cameraKey = key;

    const instant = this.#reducedMotion();
    if (!story) {
      this.#marker.hide();
      this.#fit(this.#overviewBounds(), instant, 1200);
      return;
    }
    const step = story.steps[target.step];
    if (!step) return;
    const sameStory = previous.story === story.id;
    // Moving one step along the journey: the marker travels the leg, forwards or back.
    // It travels only between two points over a leg whose way is known (see marker.ts).
    let path: LngLat[] | undefined;
    const from = sameStory ? story.steps[previous.step] : undefined;
    if (from && target.step === previous.step + 1 && canTravel(from, step))
      path = this.#paths.get(pathKey(story.id, target.step));
    else if (from && target.step === previous.step - 1 && canTravel(step, from))
      path = this.#paths.get(pathKey(story.id, previous.step))?.slice().reverse();
    const duration = instant ? 0 : this.#marker.durationFor(path);
    // The camera first, so the marker sees it moving and rings only once it stops.
    this.#fit(step.frame, instant, duration ? Math.max(duration, 900) : 1200);
    if (path && path.length > 1 && !instant) {
      this.#marker.show(story.color, story.fiction);
      this.#marker.travel(path, duration);
    } else this.#marker.place(step, story);
  }

  #refit(): void {
    const story = this.#last.story
      ? this.#index.stories.find((s) => s.id === this.#last.story)
      : undefined;
    const step = story?.steps[this.#last.step];
    this.#fit(step ? step.frame : this.#overviewBounds(), true, 0);
  }

  #styleStep(target: MapTarget): void {
    // Before the style is parsed there is nothing to set; 'style.load' applies the latest target.
    if (!this.#styleParsed) return;
    this.#stepStates.apply(this.#map, target.story, target.step);
  }

  /**
   * The explore view's filters, as layer filters and visibility: the sources are never sent
   * again, so filtering and brushing cost a relayout of the filtered layers and nothing more.
   */
  #styleExplore(target: MapTarget): void {
    if (!this.#styleParsed) return;
    const key = exploreKey(target);
    if (key === this.#exploreKey) return;
    this.#exploreKey = key;
    const shown = target.story === null ? (target.shown ?? null) : null;
    for (const id of FILTERED_LAYERS)
      this.#map.setFilter(id, narrowed(this.#baseFilters.get(id) ?? null, shown));
    const fiction = target.story !== null || target.fiction !== false;
    for (const id of [...FICTION_LAYERS, 'fiction-label'])
      this.#map.setLayoutProperty(id, 'visibility', fiction ? 'visible' : 'none');
    for (const id of CORRIDOR_LAYERS)
      this.#map.setLayoutProperty(id, 'visibility', target.corridor !== false ? 'visible' : 'none');
  }

  #fit(frame: BBox, instant: boolean, duration: number): void {
    const camera = cameraForFrame(this.#map, frame, this.#insets());
    if (instant) this.#map.jumpTo(camera);
    else this.#map.easeTo({ ...camera, duration, essential: false });
  }

  #overviewBounds(): BBox {
    return overviewBounds(this.#index);
  }

  /** Labels follow the interface language (the style reads it as global state `lang`). */
  setLanguage(lang: Language): void {
    if (lang === this.#lang) return;
    this.#lang = lang;
    this.#map.setGlobalStateProperty('lang', lang);
    relabelMap(this.#map, lang);
  }

  resize(): void {
    this.#map.resize();
  }

  destroy(): void {
    this.#destroyed = true;
    delete (this.#container as { journeyMap?: unknown }).journeyMap;
    this.#marker.remove();
    this.#map.remove();
  }
}

/** MapLibre as a `MapRenderer` (see renderer.ts). */
export const createMapLibreRenderer: CreateRenderer = async (options) => {
  const journeyMap = await JourneyMap.create(options);
  return {
    kind: 'maplibre',
    show: (target) => journeyMap.show(target),
    setLanguage: (lang) => journeyMap.setLanguage(lang),
    resize: () => journeyMap.resize(),
    whenReady: () => journeyMap.whenFirstIdle(),
    destroy: () => journeyMap.destroy(),
  };
};
