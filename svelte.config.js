import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  // Components' CSS goes with their code and is appended to the root node they are mounted in,
  // so an instance inside a shadow root is styled as one in the page.
  compilerOptions: { runes: true, css: 'injected' },
  vitePlugin: { emitCss: false },
};
