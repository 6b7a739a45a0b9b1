/**
 * Entry point of the standalone app, the one instance that owns its page. The story text and
 * timeline render at once; the map and its basemap are loaded by MapView afterwards.
 */
import { index } from 'virtual:journeys';
import { mountJourneyMap } from './app/mount.ts';
import './app/page.css';
import { readMode } from './present/mode.svelte.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
target.textContent = '';
// In an iframe (`?embed=1`), steps rewrite the frame's URL without adding to the host's history.
const params = new URLSearchParams(location.search);
const embedded = params.has('embed');
mountJourneyMap(target, {
  index,
  url: embedded ? 'replace' : 'history',
  ownsPage: true,
  devOverlay: import.meta.env.DEV,
  mode: readMode(location.search),
  // `?lang=ko`, as the Share dialog's link writes it.
  lang: params.get('lang') === 'ko' ? 'ko' : 'en',
});
