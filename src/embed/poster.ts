/**
 * The poster: what an embed shows until it nears the viewport or the reader presses Start. It
 * costs the host page little: plain DOM, no Svelte and no MapLibre, and a route drawn as static
 * SVG in the SVG map's own projection (src/map/svg/projection.ts) and vocabulary, over a simple
 * basemap: Natural Earth's 1:110m land, a small file of its own. The full basemap waits for
 * the map.
 *
 * Everything from the data goes in as text (`textContent`), never as HTML.
 */
import type { Geometry } from 'geojson';
import type { JourneyGeometry, JourneyIndex, Language, LocalText, Story } from '../data/types.ts';
import { BASIS, COLORS, FICTION, LEG_WIDTHS, svgDash } from '../map/symbology.ts';
import { pathData, project, projectBox } from '../map/svg/projection.ts';
import { overviewBounds } from '../map/frame.ts';
import { m, say } from '../i18n/index.ts';

const SVG = 'http://www.w3.org/2000/svg';
const VIEW_W = 640;
const VIEW_H = 400;

export interface PosterAssets {
  geometry: JourneyGeometry | null;
  /** One geometry per land mass: drawn apart, so overlapping pieces never cancel out. */
  land: Geometry[];
}

export interface PosterOptions {
  index: JourneyIndex;
  story: string | null;
  step: number;
  lang: Language;
  /** The route geometry and the land, fetched by the caller; drawn when they arrive. */
  assets: Promise<PosterAssets>;
  /** A stable prefix for the poster's ids (one per widget). */
  prefix: string;
  onstart: () => void;
}

const local = (text: LocalText, lang: Language) => (lang === 'ko' && text.ko ? text.ko : text.en);

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The poster's DOM; the caller puts it into the widget's root and removes it to start. */
export function renderPoster(options: PosterOptions): HTMLElement {
  const { index, lang, prefix } = options;
  const o = say(lang);
  const story = options.story ? (index.stories.find((s) => s.id === options.story) ?? null) : null;
  const poster = el('section', 'jm-poster');
  poster.lang = lang;
  poster.setAttribute('aria-labelledby', `${prefix}-poster-title`);

  const map = renderRoute(story, options, poster);
  poster.append(map);

  const text = el('div', 'jm-poster-text');
  const title = el('h2', 'jm-poster-title', story ? local(story.title, lang) : m.app_title({}, o));
  title.id = `${prefix}-poster-title`;
  if (story?.fiction) title.append(' ', el('span', 'jm-poster-badge', m.embed_fiction({}, o)));
  text.append(title);

  if (options.story && !story)
    text.append(el('p', 'jm-poster-summary', m.embed_unknown_story({ id: options.story }, o)));
  else if (!story) {
    text.append(el('p', 'jm-poster-summary', m.embed_overview_summary({}, o)));
    // The overview draws every journey: the fictional ones are named as fiction in words too.
    const fiction = index.stories.filter((s) => s.fiction).map((s) => s.person.name);
    if (fiction.length > 0) {
      const note = el('p', 'jm-poster-note jm-poster-fiction');
      const swatch = el('span', 'jm-poster-swatch');
      swatch.setAttribute('aria-hidden', 'true');
      note.append(swatch, m.embed_poster_fiction({ names: fiction.join(', ') }, o));
      text.append(note);
    }
  } else text.append(...opening(story, options.step, lang));

  if (story) {
    const words = el('details', 'jm-poster-words');
    words.append(el('summary', '', m.embed_route_words({}, o)), el('p', '', story.routeText));
    text.append(words);
  }

  const start = el('button', 'jm-poster-start', m.embed_start({}, o));
  start.type = 'button';
  start.setAttribute(
    'aria-label',
    m.embed_start_label({ title: story ? local(story.title, lang) : m.app_title({}, o) }, o),
  );
  start.addEventListener('click', () => options.onstart());
  text.append(start, el('p', 'jm-poster-credit', m.embed_credit({}, o)));
  poster.append(text);
  return poster;
}

/**
 * The opening step's first excerpt, quoted as published; a step with a content warning shows
 * the story's neutral summary instead, as the app does until the reader chooses.
 */
function opening(story: Story, stepIndex: number, lang: Language): HTMLElement[] {
  const step = story.steps[Math.min(stepIndex, story.steps.length - 1)];
  const excerpt = step?.excerpts.find((e) => e.warnings.length === 0);
  if (!step || step.warnings.length > 0 || !excerpt) {
    const parts = [el('p', 'jm-poster-summary', local(story.summary, lang))];
    if (story.warnings.length > 0)
      parts.push(el('p', 'jm-poster-note', m.embed_warning_note({}, say(lang))));
    return parts;
  }
  const translation = excerpt.translations.find((t) => t.lang === lang);
  const quote = el('blockquote', 'jm-poster-quote', translation?.text ?? excerpt.text);
  quote.lang = translation ? lang : 'en';
  return [quote];
}

function renderRoute(story: Story | null, options: PosterOptions, poster: HTMLElement): SVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'jm-poster-map');
  svg.setAttribute('role', 'img');
  const name = story
    ? `${m.embed_poster_map({}, say(options.lang))}. ${story.routeText}`
    : m.embed_poster_map_all({}, say(options.lang));
  svg.setAttribute('aria-label', name);
  svg.setAttribute('preserveAspectRatio', 'xMidYMid slice');
  const [x0, y0, x1, y1] = projectBox(story ? story.bbox : overviewBounds(options.index));
  // A margin round the route, and never closer than a country's width.
  const w = Math.max(x1 - x0, 2);
  const h = Math.max(y1 - y0, 2);
  const pad = 0.15;
  const box = fit(x0 - w * pad, y0 - h * pad, w * (1 + 2 * pad), h * (1 + 2 * pad));
  svg.setAttribute('viewBox', box.join(' '));
  const sea = document.createElementNS(SVG, 'rect');
  sea.setAttribute('x', String(box[0]));
  sea.setAttribute('y', String(box[1]));
  sea.setAttribute('width', String(box[2]));
  sea.setAttribute('height', String(box[3]));
  sea.setAttribute('fill', COLORS.sea);
  svg.append(sea);
  const scale = box[2] / VIEW_W;
  const add = (tag: string, attrs: Record<string, string | number | undefined>) => {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs))
      if (value !== undefined) node.setAttribute(name, String(value));
    svg.append(node);
    return node;
  };
  void options.assets.then(({ geometry, land }) => {
    if (!poster.isConnected) return;
    const coast = add('g', {
      fill: COLORS.land,
      stroke: COLORS.border,
      'stroke-width': 0.6 * scale,
      'data-layer': 'land',
    });
    for (const mass of land) {
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', pathData(mass));
      coast.append(path);
    }
    if (!geometry) return;
    for (const leg of geometry.legs.features) {
      const p = leg.properties;
      if (story && p.story !== story.id) continue;
      const symbol = BASIS[p.basis];
      const width =
        (story ? LEG_WIDTHS.travelled : LEG_WIDTHS.overview) * scale * symbol.widthScale;
      const path = add('path', {
        d: pathData(leg.geometry),
        fill: 'none',
        stroke: p.fiction ? FICTION.color : p.color,
        'stroke-width': width,
        'stroke-linecap': 'round',
        'stroke-opacity': symbol.opacityScale,
        'stroke-dasharray': svgDash(symbol.dash, width),
      });
      path.dataset.story = p.story;
    }
    // Places only where the map draws a point: a town or finer, already coarsened.
    if (story)
      for (const point of geometry.points.features) {
        if (point.properties.story !== story.id) continue;
        const [x, y] = project(...(point.geometry.coordinates as [number, number]));
        add('circle', {
          cx: x,
          cy: y,
          r: 4 * scale,
          fill: story.color,
          stroke: COLORS.halo,
          'stroke-width': 1.5 * scale,
        });
      }
    svg.dataset.drawn = '';
  });
  return svg;
}

/** Widens a box to the poster's aspect ratio, keeping its centre. */
function fit(x: number, y: number, w: number, h: number): [number, number, number, number] {
  const aspect = VIEW_W / VIEW_H;
  if (w / h < aspect) {
    const nw = h * aspect;
    return [x - (nw - w) / 2, y, nw, h];
  }
  const nh = w / aspect;
  return [x, y - (nh - h) / 2, w, nh];
}

/** The poster's look; adopted into the widget's root with the embed's own sheet. */
export const POSTER_CSS = `
.jm-poster {
  box-sizing: border-box;
  height: 100%;
  display: grid;
  grid-template-columns: minmax(0, 3fr) minmax(16em, 2fr);
  background: var(--jm-surface);
  color: var(--jm-text);
  font: 16px/1.5 'Noto Sans', 'Noto Sans KR', system-ui, sans-serif;
  overflow: hidden;
}
.jm-poster * { box-sizing: border-box; font: inherit; line-height: inherit; }
.jm-poster-map { display: block; width: 100%; height: 100%; min-height: 10em; }
.jm-poster-text { padding: 1em 1.2em; overflow: auto; display: flex; flex-direction: column; gap: 0.6em; }
.jm-poster-title { margin: 0; font-size: 1.35em; font-weight: 600; line-height: 1.25; }
.jm-poster-badge { display: inline-block; font-size: 0.6em; padding: 0.1em 0.5em; border-radius: 1em; background: var(--jm-fiction-bg); color: var(--jm-fiction); vertical-align: middle; }
.jm-poster p, .jm-poster blockquote { margin: 0; }
.jm-poster-quote { display: block; border-left: 3px solid var(--jm-accent); padding-left: 0.8em; font-style: italic; }
.jm-poster-note, .jm-poster-credit { color: var(--jm-muted); font-size: 0.85em; }
.jm-poster-swatch { display: inline-block; width: 1.4em; height: 0.3em; margin-right: 0.4em; vertical-align: middle; background: ${FICTION.color}; }
.jm-poster-words summary { cursor: pointer; color: var(--jm-accent); }
.jm-poster-start { align-self: flex-start; min-height: 2.4em; padding: 0.3em 1.4em; border-radius: 0.4em; border: 1px solid var(--jm-accent); background: var(--jm-accent); color: #fff; font-weight: 600; cursor: pointer; }
.jm-poster :focus-visible { outline: 3px solid var(--jm-accent); outline-offset: 2px; }
@container jm-embed (max-width: 560px) {
  .jm-poster { grid-template-columns: minmax(0, 1fr); grid-template-rows: 40% minmax(0, 1fr); }
}
`;
