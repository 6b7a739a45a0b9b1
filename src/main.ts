/**
 * Entry point of the standalone app, the one instance that owns its page. The story text and
 * timeline render at once; the map and its basemap are loaded by MapView afterwards.
 */
import { index } from 'virtual:journeys';
import { mountJourneyMap } from './app/mount.ts';
import './app/page.css';
import { readMode } from './present/mode.svelte.ts';
import { preloadMap } from './map/preload.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
target.textContent = '';
preloadMap(document, location.search, (id) =>
  index.stories.some((story: { id: string }) => story.id === id),
);
// In an iframe (`?embed=1`), steps rewrite the frame's URL without adding to the host's history.
const embedded = new URLSearchParams(location.search).has('embed');
mountJourneyMap(target, {
  index,
  url: embedded ? 'replace' : 'history',
  ownsPage: true,
  devOverlay: import.meta.env.DEV,
  mode: readMode(location.search),
});
