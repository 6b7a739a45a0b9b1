/**
 * The one-file build (`npm run build:offline`): once vite-plugin-singlefile has inlined every
 * script, style and asset into index.html and the file is written, this renames it and rewrites
 * its Content-Security-Policy so the inline scripts run by their SHA-256 hashes and nothing
 * else does: no 'unsafe-inline' for scripts, no network. It works on the written file because
 * the inlining happens late in generateBundle, after any hook of ours there would have run.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
    // MapLibre turns its worker into a data: URL when the page's origin is opaque (file://).
    'worker-src blob: data:',
    'child-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

const FAVICON = /<link rel="icon" href="[^"]*favicon\.svg"[^>]*>/;

export function offlineHtml(html: string, favicon?: string): string {
  const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
    createHash('sha256').update(m[1]!, 'utf8').digest('base64'),
  );
  const icon = favicon
    ? `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(favicon)}" type="image/svg+xml" />`
    : '';
  return html
    .replace(FAVICON, icon)
    .replace(
      /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/,
      (_all, open: string, close: string) => `${open}${CSP(hashes)}${close}`,
    );
}

/** The one file is all there is: `public/` (the embed demo, say) is not copied beside it. */
export function offline(): Plugin {
  let outDir = '';
  let favicon = '';
  return {
    name: 'journey-map:offline',
    apply: 'build',
    enforce: 'post',
    config: () => ({ publicDir: false }),
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
      favicon = join(config.root, 'public', 'favicon.svg');
    },
    writeBundle() {
      const page = join(outDir, 'index.html');
      const html = offlineHtml(readFileSync(page, 'utf8'), readFileSync(favicon, 'utf8'));
      writeFileSync(join(outDir, OFFLINE_FILE), html);
      rmSync(page);
    },
  };
}
