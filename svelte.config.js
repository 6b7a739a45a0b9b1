import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  // Components' CSS goes with their code and is appended to the root node they are mounted in,
  // so an instance inside a shadow root is styled as one in the page.
  // No `window.__svelte` either: an embed defines no global but its element.
  compilerOptions: { runes: true, css: 'injected', discloseVersion: false },
  vitePlugin: { emitCss: false },
};
