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

/** Builds `mode` (the app when undefined) if its output is missing or older than the sources. */
function buildIfStale(built: string, mode?: string) {
  const stale = staleBuild(root, undefined, built);
  if (!stale) return;
  console.warn(`browser tests: ${stale}; building it first`);
  execFileSync(
    'node',
    ['node_modules/vite/bin/vite.js', 'build', ...(mode ? ['--mode', mode] : [])],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  const still = staleBuild(root, undefined, built);
  if (still) throw new Error(`browser tests: ${still} even after building; refusing to test it`);
}

export async function setup(project: TestProject) {
  buildIfStale('dist/index.html');
  buildIfStale(`dist-offline/${OFFLINE_FILE}`, 'offline');
  server = await serveFolder(`${root}/dist`);
  project.provide('baseUrl', server.url);
}

export async function teardown() {
  await server?.close();
}
