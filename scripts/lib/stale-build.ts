/**
 * Whether `dist/` was built from the sources as they are now, by file times: a browser test run
 * against an older build would test old code without saying so.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the build is made from, relative to the project root (missing ones are skipped). */
export const BUILD_INPUTS = [
  'src',
  'data',
  'public',
  'messages',
  'project.inlang',
  'index.html',
  'embed.html',
  'vite.config.ts',
  'svelte.config.js',
  'scripts/build',
  'scripts/vite-plugin-journeys.ts',
  // The compare figures name countries by it (virtual:figures).
  'scripts/interop/countries.ts',
  'scripts/vite-plugin-worker-sourcemap.ts',
  'scripts/vite-plugin-offline.ts',
  'scripts/vite-plugin-no-globals.ts',
  'scripts/vite-plugin-csp.ts',
  'package-lock.json',
];

/** The most recently changed file under `path`, or undefined when there is none. */
function newest(path: string): { file: string; mtime: number } | undefined {
  if (!existsSync(path)) return undefined;
  const stat = statSync(path);
  if (!stat.isDirectory()) return { file: path, mtime: stat.mtimeMs };
  let best: { file: string; mtime: number } | undefined;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const found = newest(join(path, entry));
    if (found && (!best || found.mtime > best.mtime)) best = found;
  }
  return best;
}

/**
 * Why a build cannot be trusted, or undefined when it was built after every input changed. The
 * build's time is that of `built` (dist/index.html, which Vite writes last, unless told).
 */
export function staleBuild(
  root: string,
  inputs = BUILD_INPUTS,
  built = 'dist/index.html',
): string | undefined {
  const folder = built.split('/')[0];
  const file = join(root, built);
  if (!existsSync(file)) return `${folder}/ has not been built`;
  const builtAt = statSync(file).mtimeMs;
  let latest: { file: string; mtime: number } | undefined;
  for (const input of inputs) {
    const found = newest(join(root, input));
    if (found && (!latest || found.mtime > latest.mtime)) latest = found;
  }
  if (latest && latest.mtime > builtAt)
    return `${folder}/ is older than ${relative(root, latest.file)}, changed since the last build`;
  return undefined;
}
