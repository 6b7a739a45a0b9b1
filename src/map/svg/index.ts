/**
 * The SVG map as a `MapRenderer` (see renderer.ts): for browsers without WebGL2, or when asked
 * for with `?renderer=svg`. The camera is the viewBox, moved by d3-zoom: animated to each new
 * step (a jump under reduced motion), and panned and zoomed by mouse, touch, keys and buttons.
 * Like the MapLibre map it moves only when its target really changed.
 *
 * Loaded only when used (a dynamic import in choose.ts).
 */
import { mount, tick, unmount } from 'svelte';
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { BBox } from '../../data/types.ts';
import type { CreateRenderer, MapRenderer, MapTarget, RendererOptions } from '../renderer.ts';
import { overviewBounds } from '../frame.ts';
import { exploreKey } from '../explore-filter.ts';
import { buildScene, type Scene } from './scene.ts';
import { SvgMapState } from './state.svelte.ts';
import { MIN_K, READER_MAX_K, viewForFrame, zoomOf, type View } from './camera.ts';
import { fittingLabels } from './collide.ts';
import { countryLabelSize } from './marks.ts';
import SvgMap from './SvgMap.svelte';

const PAN_PX = 80;
const MOVE_MS = 1200;

class SvgRenderer implements MapRenderer {
  readonly kind = 'svg' as const;
  readonly #options: RendererOptions;
  readonly #scene: Scene;
  readonly #map: SvgMapState;
  readonly #app: ReturnType<typeof mount>;
  readonly #props: { stage?: HTMLDivElement; svg?: SVGSVGElement };
  readonly #zoom: ZoomBehavior<HTMLDivElement, unknown>;
  readonly #observer: ResizeObserver;
  #stage!: Selection<HTMLDivElement, unknown, null, undefined>;
  /** What the camera was last sent to; the guard against moving for nothing. */
  #cameraKey = '';
  #ready: Promise<void>;

  constructor(options: RendererOptions, scene: Scene) {
    this.#options = options;
    this.#scene = scene;
    const { container } = options;
    this.#map = new SvgMapState(options.index, options.initial, options.lang());
    this.#map.width = container.clientWidth;
    this.#map.height = container.clientHeight;
    const props: { stage?: HTMLDivElement; svg?: SVGSVGElement } = {};
    this.#props = props;
    this.#app = mount(SvgMap, {
      target: container,
      props: {
        scene,
        map: this.#map,
        onzoom: (by: number | null) => this.#zoomBy(by),
        controls: !options.still,
        get stage() {
          return props.stage;
        },
        set stage(value: HTMLDivElement | undefined) {
          props.stage = value;
        },
        get svg() {
          return props.svg;
        },
        set svg(value: SVGSVGElement | undefined) {
          props.svg = value;
        },
      },
    });

    this.#zoom = zoom<HTMLDivElement, unknown>()
      .scaleExtent([MIN_K, READER_MAX_K])
      .extent(() => [
        [0, 0],
        [this.#map.width || 1, this.#map.height || 1],
      ])
      // The buttons are the map's own controls, not the start of a drag.
      .filter((event: Event & { button?: number; ctrlKey?: boolean }) => {
        if (event.target instanceof Element && event.target.closest('.svg-controls')) return false;
        return (!event.ctrlKey || event.type === 'wheel') && !event.button;
      })
      .on('start', () => (this.#map.moving = true))
      .on('zoom', (event: { transform: ZoomTransform }) => {
        const { k, x, y } = event.transform;
        this.#map.view = { k, x, y };
      })
      .on('end', () => {
        this.#map.moving = false;
        this.#fitLabels();
      });

    this.#observer = new ResizeObserver(() => this.resize());
    this.#ready = this.#start();
  }

  async #start(): Promise<void> {
    await tick();
    const stage = this.#props.stage;
    const svg = this.#props.svg;
    if (!stage || !svg) return;
    this.#stage = select(stage);
    if (this.#options.still) {
      // No gestures: the zoom behaviour only places the camera.
      this.#observer.observe(this.#options.container);
      this.#open(this.#options.initial);
      await tick();
      return;
    }
    this.#stage.call(this.#zoom).on('dblclick.zoom', null);
    // A double click zooms in, as on the MapLibre map, but only on the map itself.
    this.#stage.on('dblclick', (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('.svg-controls')) return;
      this.#zoom.scaleBy(this.#stage, 2, [event.offsetX, event.offsetY]);
    });
    svg.tabIndex = 0;
    svg.addEventListener('keydown', (event) => this.#onKey(event));
    svg.addEventListener('click', (event) => this.#onClick(event));
    // In the overview, the journey under the pointer is the one pointed at everywhere.
    svg.addEventListener('pointerover', (event) => {
      if (this.#map.target.story !== null) return;
      const el =
        event.target instanceof Element ? event.target.closest<SVGElement>('[data-pick]') : null;
      this.#options.onHover?.(el?.dataset.story ?? null);
    });
    svg.addEventListener('pointerleave', () => this.#options.onHover?.(null));
    this.#observer.observe(this.#options.container);
    this.#open(this.#options.initial);
    await tick();
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }

  #open(target: MapTarget): void {
    this.#map.target = target;
    this.#cameraKey = this.#keyOf(target);
    this.#jump(this.#viewFor(target));
  }

  #keyOf(target: MapTarget): string {
    const story = this.#options.index.stories.find((s) => s.id === target.story);
    return story && story.steps[target.step] ? `${story.id}/${target.step}` : 'overview';
  }

  #frameOf(target: MapTarget): BBox {
    const story = this.#options.index.stories.find((s) => s.id === target.story);
    if (story && this.#options.still) return story.bbox;
    return story?.steps[target.step]?.frame ?? overviewBounds(this.#options.index);
  }

  #viewFor(target: MapTarget): View {
    return viewForFrame(
      this.#frameOf(target),
      this.#map.width || 1,
      this.#map.height || 1,
      this.#options.insets?.() ?? {},
    );
  }

  #transform(view: View): ZoomTransform {
    return zoomIdentity.translate(view.x, view.y).scale(view.k);
  }

  #jump(view: View): void {
    if (!this.#stage) return;
    this.#stage.interrupt();
    this.#zoom.transform(this.#stage, this.#transform(view));
  }

  #move(view: View): void {
    if (!this.#stage) return;
    // A newer move replaces one under way (same transition name): the camera ends on the step.
    this.#stage
      .transition('camera')
      .duration(MOVE_MS)
      .call(this.#zoom.transform, this.#transform(view));
  }

  show(target: MapTarget): void {
    const previous = this.#map.target;
    if (
      previous.story !== target.story ||
      previous.step !== target.step ||
      previous.highlight !== target.highlight ||
      exploreKey(previous) !== exploreKey(target)
    )
      this.#map.target = target;
    const key = this.#keyOf(target);
    if (key === this.#cameraKey) return;
    this.#cameraKey = key;
    const view = this.#viewFor(target);
    if (this.#options.reducedMotion()) this.#jump(view);
    else this.#move(view);
  }

  setLanguage(lang: 'en' | 'ko'): void {
    if (lang === this.#map.lang) return;
    this.#map.lang = lang;
    this.#fitLabels();
  }

  resize(): void {
    const { clientWidth, clientHeight } = this.#options.container;
    if (clientWidth === this.#map.width && clientHeight === this.#map.height) return;
    this.#map.width = clientWidth;
    this.#map.height = clientHeight;
    // The step stays framed in the new size.
    this.#jump(this.#viewFor(this.#map.target));
  }

  whenReady(): Promise<void> {
    return this.#ready;
  }

  destroy(): void {
    this.#observer.disconnect();
    this.#stage?.interrupt('camera');
    this.#stage?.on('.zoom', null);
    void unmount(this.#app);
  }

  #zoomBy(by: number | null): void {
    if (!this.#stage) return;
    if (by === null) {
      const view = this.#viewFor(this.#map.target);
      if (this.#options.reducedMotion()) this.#jump(view);
      else this.#move(view);
      return;
    }
    this.#zoom.scaleBy(this.#stage, by);
  }

  /** Shift+arrows pan and +/− zoom while the map has focus; plain arrows still move the story. */
  #onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [PAN_PX, 0],
      ArrowRight: [-PAN_PX, 0],
      ArrowUp: [0, PAN_PX],
      ArrowDown: [0, -PAN_PX],
    };
    const k = this.#map.view.k;
    if (event.shiftKey && pan[event.key]) {
      const [dx, dy] = pan[event.key]!;
      this.#zoom.translateBy(this.#stage, dx / k, dy / k);
    } else if (event.key === '+' || event.key === '=') this.#zoom.scaleBy(this.#stage, 2);
    else if (event.key === '-' || event.key === '_') this.#zoom.scaleBy(this.#stage, 0.5);
    else if (event.key === '0') this.#zoomBy(null);
    else return;
    // Handled here: the story's keys leave a handled event alone (app/keys.ts).
    event.preventDefault();
  }

  #onClick(event: MouseEvent): void {
    const mark =
      event.target instanceof Element ? event.target.closest<SVGElement>('[data-pick]') : null;
    if (!mark) return;
    const story = mark.dataset.story ?? '';
    const step = Number(mark.dataset.step);
    this.#options.onPick(story, this.#map.target.story === story ? step : null);
  }

  #fitLabels(): void {
    const { view, width, height, lang } = this.#map;
    const shown = fittingLabels(
      this.#scene.countries,
      view,
      width,
      height,
      countryLabelSize(zoomOf(view)),
      lang,
    );
    const countries = this.#map.countries;
    for (const i of [...countries]) if (!shown.has(i)) countries.delete(i);
    for (const i of shown) countries.add(i);
  }
}

export const createSvgRenderer: CreateRenderer = async (options) => {
  const scene = buildScene(await options.assets);
  const renderer = new SvgRenderer(options, scene);
  await renderer.whenReady();
  return renderer;
};
