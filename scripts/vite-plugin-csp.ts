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

/**
 * The dev server alone: Vite puts imported CSS into the page as `<style>` elements so it can
 * swap them on save, and its error overlay styles itself inline, so the page it serves allows
 * inline styles. The build keeps `style-src 'self'`.
 */
export function devInlineStyles(): Plugin {
  return {
    name: 'journey-map:dev-inline-styles',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");
    },
  };
}
