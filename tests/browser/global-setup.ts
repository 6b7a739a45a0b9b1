/**
 * Serves the production build once for all browser tests. `npm test` builds first; running
 * this project alone builds if `dist/` (or the one-file build) is missing or older than the
 * sources, so a run never tests old code silently.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { staleBuild } from '../../scripts/lib/stale-build.ts';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server.ts';
import { OFFLINE_FILE } from '../../scripts/vite-plugin-offline.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server: StaticServer | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Runs each build (`vite build` with the given arguments) if `built` is missing or older than
 * the sources.
 */
function buildIfStale(built: string, builds: string[][]) {
  const stale = staleBuild(root, undefined, built);
  if (!stale) return;
  console.warn(`browser tests: ${stale}; building it first`);
  for (const args of builds)
    execFileSync('node', ['node_modules/vite/bin/vite.js', 'build', ...args], {
      cwd: root,
      stdio: 'inherit',
    });
  const still = staleBuild(root, undefined, built);
  if (still) throw new Error(`browser tests: ${still} even after building; refusing to test it`);
}

export async function setup(project: TestProject) {
  // The app, then the embed's element and module beside it in dist/ (they share its assets).
  buildIfStale('dist/index.html', [[], ['--mode', 'library']]);
  buildIfStale(`dist-offline/${OFFLINE_FILE}`, [['--mode', 'offline']]);
  server = await serveFolder(`${root}/dist`);
  project.provide('baseUrl', server.url);
}

export async function teardown() {
  await server?.close();
}
