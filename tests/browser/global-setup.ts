/**
 * Serves the production build once for all browser tests. `npm test` builds first; running
 * this project alone builds if `dist/` is missing or older than the sources, so a run never
 * tests old code silently.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { staleBuild } from '../../scripts/lib/stale-build.ts';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server: StaticServer | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export async function setup(project: TestProject) {
  const stale = staleBuild(root);
  if (stale) {
    console.warn(`browser tests: ${stale}; building it first`);
    for (const args of [['build'], ['build', '--mode', 'library']])
      execFileSync('node', ['node_modules/vite/bin/vite.js', ...args], {
        cwd: root,
        stdio: 'inherit',
      });
    const still = staleBuild(root);
    if (still) throw new Error(`browser tests: ${still} even after building; refusing to test it`);
  }
  server = await serveFolder(`${root}/dist`);
  project.provide('baseUrl', server.url);
}

export async function teardown() {
  await server?.close();
}
