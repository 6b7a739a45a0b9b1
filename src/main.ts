/**
 * Entry point of the standalone app. The story text and timeline render at once; the map and
 * its basemap are loaded by MapView afterwards.
 */
import { mount } from 'svelte';
import { index } from 'virtual:journeys';
import { fontCss } from 'virtual:fonts';
import App from './app/App.svelte';
import './app/global.css';

// Fonts are declared from script so their URLs are absolute wherever the app is served from.
const fonts = document.createElement('style');
fonts.textContent = fontCss(document.baseURI);
document.head.append(fonts);

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
target.textContent = '';
// In an iframe (`?embed=1`), steps rewrite the frame's URL without adding to the host's history.
const embedded = new URLSearchParams(location.search).has('embed');
mount(App, {
  target,
  props: { index, devOverlay: import.meta.env.DEV, syncUrl: embedded ? 'replace' : 'history' },
});
