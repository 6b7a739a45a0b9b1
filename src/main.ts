/**
 * Entry point of the standalone app, the one instance that owns its page. The story text and
 * timeline render at once; the map and its basemap are loaded by MapView afterwards.
 */
import { index } from 'virtual:journeys';
import { synthetic } from 'virtual:synthetic';
import type { JourneyIndex } from './data/types.ts';
import { mountJourneyMap } from './app/mount.ts';
import { m } from './i18n/index.ts';
import './app/page.css';
import { readMode } from './present/mode.svelte.ts';
import { preloadMap } from './map/preload.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
const app = target;
// Synthetic journeys bring their own lines (below); only the real ones' map is worth preloading.
if (new URLSearchParams(location.search).get('data') !== 'synthetic')
  preloadMap(document, location.search, (id) =>
    index.stories.some((story: { id: string }) => story.id === id),
  );
// In an iframe (`?embed=1`), steps rewrite the frame's URL without adding to the host's history.
const embedded = new URLSearchParams(location.search).has('embed');

function start(journeys: JourneyIndex) {
  app.textContent = '';
  mountJourneyMap(app, {
    index: journeys,
    url: embedded ? 'replace' : 'history',
    ownsPage: true,
    devOverlay: import.meta.env.DEV,
    mode: readMode(location.search),
  });
}

/**
 * `?data=synthetic` on a build made with `npm run build:synthetic`: generated journeys for demos
 * and the bench, fetched as data (never in the entry script), their lines fetched by the map.
 */
async function startSynthetic(urls: { index: string; geometry: string }) {
  const response = await fetch(urls.index);
  if (!response.ok) throw new Error(m.synthetic_failed({ status: String(response.status) }));
  const journeys = (await response.json()) as JourneyIndex;
  start({ ...journeys, geometryUrl: urls.geometry });
}

function say(message: string) {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = message;
  app.replaceChildren(p);
}

if (new URLSearchParams(location.search).get('data') === 'synthetic') {
  if (synthetic)
    startSynthetic(synthetic).catch((error: unknown) =>
      say(error instanceof Error ? error.message : String(error)),
    );
  else say(m.synthetic_missing());
} else start(index);
