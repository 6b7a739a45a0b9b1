/**
 * The embed element may define no global but itself (a campaign page's scripts own the rest),
 * yet Paraglide's generated runtime sets `globalThis.__paraglide` for server-side rendering,
 * which this app never does. The build drops that assignment; nothing else reads it.
 */
import type { Plugin } from 'vite';

const ASSIGNMENT = /\/\*\* @type \{any\} \*\/ \(globalThis\)\.__paraglide(\.ssr)? =\s*[^;]+;/g;

export function noGlobals(): Plugin {
  return {
    name: 'journey-map:no-globals',
    transform(code, id) {
      if (!id.endsWith('/src/i18n/paraglide/runtime.js')) return undefined;
      const stripped = code.replace(ASSIGNMENT, '');
      if (stripped === code)
        this.warn('Paraglide no longer sets globalThis.__paraglide as expected');
      return { code: stripped, map: null };
    },
  };
}
