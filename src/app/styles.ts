/**
 * Everything a root node needs for an instance to look right in it. Components bring their own
 * CSS (compiled with `css: 'injected'`, Svelte appends it to the root node a component is mounted
 * in, shadow roots included; scripts/vite-plugin-csp.ts makes that a constructed sheet), and the map adopts MapLibre's and the marker's CSS into its
 * container's root when it starts (new-map.ts). What is left is the app's own sheet here, and the
 * fonts, which only count when declared in the document: `@font-face` in a shadow root is ignored.
 */
import { fontCss } from 'virtual:fonts';
import appCss from './app.css?inline';
import { adoptCss, type StyleRoot } from './adopt.ts';

export function adoptStyles(root: StyleRoot): void {
  const doc = root instanceof ShadowRoot ? root.ownerDocument : root;
  // Declared from script so their URLs are absolute wherever the app is served from, and as a
  // constructed sheet, not a `<style>` element, which the page's CSP forbids.
  adoptCss(doc, 'fonts', fontCss(doc.baseURI));
  adoptCss(root, 'app', appCss);
}
