/**
 * The one-file build (`npm run build:offline`): after vite-plugin-singlefile has inlined every
 * script, style and asset into index.html, this names the file and rewrites its
 * Content-Security-Policy so the inline scripts run by their SHA-256 hashes and nothing else
 * does: no 'unsafe-inline' for scripts, no network.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export const OFFLINE_FILE = 'journey-map.html';

const CSP = (hashes: string[]) =>
  [
    "default-src 'none'",
    `script-src ${hashes.map((h) => `'sha256-${h}'`).join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    'connect-src data: blob:',
    'worker-src blob:',
    'child-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

export function offlineHtml(html: string): string {
  const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
    createHash('sha256').update(m[1]!, 'utf8').digest('base64'),
  );
  return html.replace(
    /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/,
    (_all, open: string, close: string) => `${open}${CSP(hashes)}${close}`,
  );
}

export function offline(): Plugin {
  return {
    name: 'journey-map:offline',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset') return;
      const html = offlineHtml(String(page.source));
      delete bundle['index.html'];
      this.emitFile({ type: 'asset', fileName: OFFLINE_FILE, source: html });
    },
  };
}
