/**
 * Svelte's `css: 'injected'` appends each component's CSS as a `<style>` element, which the
 * page's `style-src 'self'` blocks. This rewrites the compiled components to call
 * `src/app/component-styles.ts` instead, which adopts the same CSS as a constructed stylesheet
 * into the root the component is drawn in (shadow roots included, as before).
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const helper = fileURLToPath(new URL('../src/app/component-styles.ts', import.meta.url));
const CALL = '$.append_styles(';

export function cspStyles(): Plugin {
  return {
    name: 'journey-map:csp-styles',
    enforce: 'post',
    transform(code, id) {
      if (!/\.svelte(\?|$)/.test(id) || !code.includes(CALL)) return undefined;
      return {
        code:
          // On the first line, so the lines of the source map stay right (columns shift a little).
          `import { appendStyles as __jmAppendStyles } from ${JSON.stringify(helper)};` +
          code.replaceAll(CALL, '__jmAppendStyles('),
        map: null,
      };
    },
  };
}
