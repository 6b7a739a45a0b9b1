/**
 * Where a compiled component's CSS goes instead of a `<style>` element, which a strict
 * `style-src 'self'` forbids (README, Content-Security-Policy). `scripts/vite-plugin-csp.ts`
 * points Svelte's `append_styles` here. Like it, this waits for the component's first effect,
 * when its nodes are in the document or shadow root they will be drawn in, and then adopts the
 * CSS into that root as a constructed stylesheet, which CSP does not govern.
 */
// eslint-disable-next-line svelte/no-svelte-internal -- it stands in for a piece of that runtime, which every compiled component imports anyway
import { active_effect, effect } from 'svelte/internal/client';
import { adoptCss, styleRootOf } from './adopt.ts';

export function appendStyles(anchor: Node, css: { hash: string; code: string }): void {
  effect(() => {
    // As Svelte does: an anchor in an offscreen fragment is never connected, the branch's is.
    const node = active_effect?.parent?.nodes?.start ?? anchor;
    adoptCss(styleRootOf(node), css.hash, css.code);
  });
}
