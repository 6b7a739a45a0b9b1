/**
 * The bench's baseline: a bare MapLibre page with the same basemap, route, style, marker and
 * camera moves as the app, and no Svelte, timeline or story. It opens at `?story=&step=` and
 * marks `base:idle` at its first idle; ArrowRight, ArrowLeft and Home change the step the way
 * the app's map does (`JourneyMap.show` in src/map/controller.ts: global state, feature state,
 * marker and camera), so the bench can time the same camera move on both pages.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import geometryUrl from 'virtual:journeys-geo';
import stories from 'virtual:bench-steps';
import { world as worldUrl, eastAsia as eastAsiaUrl } from 'virtual:basemap';
import { mapFontFaces, MAP_FONT } from 'virtual:fonts';
import type { FeatureCollection } from 'geojson';
import type { BBox, JourneyGeometry, LngLat } from '../src/data/types.ts';
import { legPaths, pathKey } from '../src/map/paths.ts';
import { buildStyle } from '../src/map/style/index.ts';
import { MarkerMotion } from '../src/map/marker.ts';
import { StepStates } from '../src/map/step-state.ts';
import { cameraForFrame, type Insets } from '../src/map/frame.ts';
import { newMap } from '../src/map/new-map.ts';
import { fetchJson, sizedContainer } from './page.ts';

maplibregl.setWorkerUrl(new URL(workerUrl, import.meta.url).href);

const params = new URLSearchParams(location.search);
const storyId = params.get('story') ?? 'joseph';
const story = stories[storyId];
if (!story || !geometryUrl) throw new Error(`no story ${storyId} in the build`);
let step = Math.max(0, Math.min(Number(params.get('step') ?? 0), story.steps.length - 1));

const container = sizedContainer(params);

const [world, eastAsia, geometry] = await Promise.all([
  fetchJson<FeatureCollection>(worldUrl),
  fetchJson<FeatureCollection>(eastAsiaUrl),
  fetchJson<JourneyGeometry>(geometryUrl),
]);
const paths = legPaths(geometry.legs);
const style = buildStyle({
  world,
  eastAsia,
  geometry,
  fontFaces: mapFontFaces(document.baseURI),
  font: MAP_FONT,
});
// A bare page opens at its view: the route is styled for the step from the first frame.
style.state = {
  story: { default: storyId },
  step: { default: step },
  highlight: { default: '' },
};

const map = newMap(container, style, { fadeDuration: 300 });
const marker = new MarkerMotion(map);
const stepStates = new StepStates(geometry);
map.once('style.load', () => stepStates.apply(map, storyId, step));
Object.defineProperty(container, 'journeyMap', { value: { map, marker }, configurable: true });

// ...and the room the app's camera keeps clear for its key, so both frame each step alike.
const insets: Insets = {
  top: Number(params.get('it') ?? 0),
  right: Number(params.get('ir') ?? 0),
  bottom: Number(params.get('ib') ?? 0),
  left: Number(params.get('il') ?? 0),
};

function fit(frame: BBox, duration: number | null): void {
  const camera = cameraForFrame(map, frame, insets);
  if (duration === null) map.jumpTo(camera);
  else map.easeTo({ ...camera, duration, essential: false });
}

const first = story.steps[step]!;
fit(first.frame, null);
marker.show(story.color, story.fiction);
marker.jumpTo(first.anchor);
map.once('idle', () => performance.mark('base:idle'));

/** What the app's map does on a step change, without the app. */
function goTo(next: number): void {
  const target = story!.steps[next];
  if (!target || next === step) return;
  const previous = step;
  step = next;
  map.setGlobalStateProperty('story', storyId);
  map.setGlobalStateProperty('step', step);
  map.setGlobalStateProperty('highlight', '');
  stepStates.apply(map, storyId, step);
  let path: LngLat[] | undefined;
  if (step === previous + 1) path = paths.get(pathKey(storyId, step));
  else if (step === previous - 1) path = paths.get(pathKey(storyId, previous))?.slice().reverse();
  const duration = marker.durationFor(path);
  fit(target.frame, duration ? Math.max(duration, 900) : 1200);
  marker.show(story!.color, story!.fiction);
  if (path && path.length > 1) marker.travel(path, duration);
  else marker.jumpTo(target.anchor);
}

window.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowRight') goTo(step + 1);
  else if (event.key === 'ArrowLeft') goTo(step - 1);
  else if (event.key === 'Home') goTo(0);
  else return;
  event.preventDefault();
});
