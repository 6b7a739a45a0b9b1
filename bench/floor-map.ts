/**
 * The bench's map floor: MapLibre alone with land and borders at 1:50m and one route, and no
 * labels, glyphs, 1:10m region, marker or app. What any offline map of the journey must pay;
 * the app's map ready is read against its first idle (`floor:idle`).
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import geometryUrl from 'virtual:journeys-geo';
import stories from 'virtual:bench-steps';
import { world as worldUrl } from 'virtual:basemap';
import type { FeatureCollection, LineString, MultiLineString } from 'geojson';
import type { JourneyGeometry } from '../src/data/types.ts';
import { cameraForFrame } from '../src/map/frame.ts';
import { fetchJson, sizedContainer } from './page.ts';

maplibregl.setWorkerUrl(new URL(workerUrl, import.meta.url).href);

const params = new URLSearchParams(location.search);
const storyId = params.get('story') ?? 'joseph';
const story = stories[storyId];
if (!story || !geometryUrl) throw new Error(`no story ${storyId} in the build`);
const step = Math.max(0, Math.min(Number(params.get('step') ?? 0), story.steps.length - 1));

const container = sizedContainer(params);

const [world, geometry] = await Promise.all([
  fetchJson<FeatureCollection>(worldUrl),
  fetchJson<JourneyGeometry>(geometryUrl),
]);
const route: FeatureCollection<LineString | MultiLineString> = {
  type: 'FeatureCollection',
  features: geometry.legs.features.filter((f) => f.properties.story === storyId),
};

const map = new maplibregl.Map({
  container,
  attributionControl: false,
  style: {
    version: 8,
    sources: {
      world: { type: 'geojson', data: world },
      route: { type: 'geojson', data: route },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#cfe0ea' } },
      {
        id: 'land',
        type: 'fill',
        source: 'world',
        filter: ['==', ['get', 'layer'], 'land'],
        paint: { 'fill-color': '#f4efe6' },
      },
      {
        id: 'border',
        type: 'line',
        source: 'world',
        filter: ['==', ['get', 'layer'], 'border'],
        paint: { 'line-color': '#b9ad9c', 'line-width': 0.8 },
      },
      {
        id: 'route',
        type: 'line',
        source: 'route',
        paint: { 'line-color': story.color, 'line-width': 4 },
      },
    ],
  },
});
map.jumpTo(cameraForFrame(map, story.steps[step]!.frame, {}));
Object.defineProperty(container, 'journeyMap', { value: { map }, configurable: true });
map.once('idle', () => performance.mark('floor:idle'));
