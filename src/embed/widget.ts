/**
 * One embedded Journey Map, as the element (element.ts) and the iframe (frame.ts) both run it:
 * a poster until the widget nears the viewport or the reader presses Start, then the app itself,
 * loaded by a dynamic import so that MapLibre, its worker and the basemap wait until then. It
 * follows option changes, says what happens (`emit`) and obeys `go`, `next` and `previous`.
 */
import { index } from 'virtual:journeys';
import geometryUrl from 'virtual:journeys-geo';
import { posterLand } from 'virtual:basemap';
import type { FeatureCollection, Geometry } from 'geojson';
import type { JourneyGeometry } from '../data/types.ts';
import type { Moment } from '../state/moment.svelte.ts';
import type { MountedJourneyMap } from '../app/mount.ts';
import { adoptCss } from '../app/adopt.ts';
import { callToAction, type EmbedOptions } from './options.ts';
import { stepPayload, type EventName } from './messages.ts';
import { renderPoster, POSTER_CSS, type PosterAssets } from './poster.ts';
import { EMBED_CSS } from './embed-css.ts';

/** How far outside the viewport the widget starts loading the map. */
const NEAR = '400px 0px';

export interface WidgetHost {
  /** Where the widget draws: the element's shadow root, or the frame's body. */
  root: ShadowRoot | HTMLElement;
  /** What is watched for nearing the viewport. */
  watched: Element;
  /** The host page's query string, for UTM pass-through. */
  hostSearch: () => string;
  emit: (name: EventName, detail: object) => void;
  /** `replace` in the iframe (its own URL); `off` for the element (never the host's URL). */
  url: 'off' | 'replace';
  /** The iframe is the one app in its page; the element keeps to its own root. */
  ownsPage: boolean;
}

let count = 0;

export class Widget {
  readonly #host: WidgetHost;
  #options: EmbedOptions;
  readonly #frame: HTMLDivElement;
  readonly #stage: HTMLDivElement;
  readonly #cta: HTMLDivElement;
  readonly #prefix = `jme${++count}`;
  #observer: IntersectionObserver | undefined;
  #loading: Promise<Moment> | undefined;
  #app: MountedJourneyMap | undefined;
  #moment: Moment | undefined;
  #assets: Promise<PosterAssets> | undefined;
  #completed = false;
  #lastStep = '';

  constructor(host: WidgetHost, options: EmbedOptions) {
    this.#host = host;
    this.#options = options;
    const root = host.root;
    const styleRoot = root instanceof ShadowRoot ? root : document;
    adoptCss(styleRoot, 'jm-embed', EMBED_CSS + POSTER_CSS);
    this.#frame = document.createElement('div');
    this.#frame.className = 'jm-embed';
    this.#stage = document.createElement('div');
    this.#stage.className = 'jm-embed-stage';
    this.#cta = document.createElement('div');
    this.#cta.className = 'jm-embed-cta';
    this.#cta.hidden = true;
    this.#frame.append(this.#stage, this.#cta);
    root.append(this.#frame);
    this.#applyLook();
    this.#warnCta();
    this.#showPoster();
    this.#watch();
  }

  /** Tells the embedder, once per change, why their call to action is not shown. */
  #warnCta(): void {
    callToAction(this.#options, this.#host.hostSearch());
  }

  /** The app's moment once loaded (for tests and the element's methods). */
  get loaded(): boolean {
    return this.#app !== undefined;
  }

  update(options: EmbedOptions): void {
    const before = this.#options;
    this.#options = options;
    this.#applyLook();
    if (options.ctaHref !== before.ctaHref || options.ctaLabel !== before.ctaLabel) this.#warnCta();
    const moment = this.#moment;
    if (!moment) {
      if (!this.#loading) this.#showPoster();
    } else {
      if (options.story !== before.story || options.step !== before.step)
        moment.select(options.story, options.step, 'embed');
      if (options.lang !== before.lang) moment.lang = options.lang;
    }
    this.#updateCta();
  }

  go(story: string | null, step = 0): void {
    void this.load().then((moment) => moment.select(story, step, 'embed'));
  }

  next(): void {
    void this.load().then((moment) => moment.next('embed'));
  }

  previous(): void {
    void this.load().then((moment) => moment.previous('embed'));
  }

  /** Replaces the poster with the app; the second call returns the first one's promise. */
  load(): Promise<Moment> {
    this.#loading ??= this.#mount();
    return this.#loading;
  }

  destroy(): void {
    this.#observer?.disconnect();
    this.#app?.destroy();
    this.#frame.remove();
  }

  async #mount(): Promise<Moment> {
    this.#observer?.disconnect();
    const { mountJourneyMap } = await import('./app.ts');
    const hadFocus = this.#stage.contains(
      (this.#host.root instanceof ShadowRoot ? this.#host.root : document).activeElement,
    );
    this.#stage.replaceChildren();
    let resolve!: (moment: Moment) => void;
    const ready = new Promise<Moment>((done) => (resolve = done));
    const options = this.#options;
    this.#app = mountJourneyMap(this.#stage, {
      index,
      story: options.story,
      step: options.step,
      lang: options.lang,
      url: this.#host.url,
      ownsPage: this.#host.ownsPage,
      embedded: true,
      adapter: (moment) => {
        this.#moment = moment;
        resolve(moment);
        return { write: () => this.#changed(moment), destroy: () => {} };
      },
    });
    const moment = await ready;
    this.#changed(moment);
    this.#host.emit('journey-map:ready', stepPayload(moment));
    // The reader pressed Start: keep their place in the page, now inside the app.
    if (hadFocus)
      requestAnimationFrame(() =>
        this.#stage.querySelector<HTMLElement>('.journey-map button, .journey-map a')?.focus(),
      );
    return moment;
  }

  #changed(moment: Moment): void {
    const payload = stepPayload(moment);
    const key = `${payload.story}/${payload.step}`;
    if (key !== this.#lastStep) {
      const first = this.#lastStep === '';
      this.#lastStep = key;
      if (!first) this.#host.emit('journey-map:step', payload);
      const last = moment.story !== null && moment.isLast;
      if (last && !this.#completed) this.#host.emit('journey-map:complete', payload);
      this.#completed = last;
    }
    this.#updateCta();
  }

  #applyLook(): void {
    const o = this.#options;
    this.#frame.dataset.theme = o.theme;
    this.#frame.dataset.controls = o.controls;
    this.#frame.style.setProperty('--jm-min-height', o.minHeight);
    this.#frame.style.setProperty('--jm-max-height', o.maxHeight);
  }

  #showPoster(): void {
    this.#assets ??= posterAssets();
    const o = this.#options;
    this.#stage.replaceChildren(
      renderPoster({
        index,
        story: o.story,
        step: o.step,
        lang: o.lang,
        assets: this.#assets,
        prefix: this.#prefix,
        onstart: () => void this.load(),
      }),
    );
    this.#updateCta();
  }

  #watch(): void {
    if (typeof IntersectionObserver !== 'function') {
      void this.load();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) void this.load();
      },
      { rootMargin: NEAR },
    );
    this.#observer.observe(this.#host.watched);
  }

  /** The call to action: at the end of a story, or from the start with `cta="always"`. */
  #updateCta(): void {
    const cta = callToAction(this.#options, this.#host.hostSearch(), () => {});
    const moment = this.#moment;
    const atEnd = moment ? moment.story !== null && moment.isLast : false;
    const show = cta !== null && (cta.always || atEnd);
    const link = this.#cta.querySelector('a');
    if (!cta || !show) {
      this.#cta.hidden = true;
      return;
    }
    const a = link ?? document.createElement('a');
    if (!link) {
      a.className = 'jm-embed-cta-link';
      // The link leaves the widget and the host page: a new tab, and no referrer or opener.
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.addEventListener('click', () =>
        this.#host.emit('journey-map:cta', {
          ...(this.#moment ? stepPayload(this.#moment) : {}),
          href: a.href,
          label: a.textContent,
        }),
      );
      this.#cta.append(a);
    }
    a.textContent = cta.label;
    a.href = cta.href;
    this.#cta.hidden = false;
  }
}

/** A file the poster can do without: null when it does not arrive. */
async function json<T>(url: string | null): Promise<T | null> {
  if (!url) return null;
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as T) : null;
  } catch {
    return null;
  }
}

async function posterAssets(): Promise<PosterAssets> {
  const [geometry, land] = await Promise.all([
    json<JourneyGeometry>(geometryUrl),
    json<FeatureCollection>(posterLand),
  ]);
  return {
    geometry,
    land: (land?.features ?? []).flatMap((f): Geometry[] =>
      f.geometry.type === 'MultiPolygon'
        ? f.geometry.coordinates.map((coordinates) => ({ type: 'Polygon' as const, coordinates }))
        : [f.geometry],
    ),
  };
}
