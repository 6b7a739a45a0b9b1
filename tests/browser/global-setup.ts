/**
 * Serves the production build once for all browser tests. `npm test` builds first; running
 * this project alone builds if `dist/` is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server: StaticServer | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export async function setup(project: TestProject) {
  if (!existsSync(`${root}/dist/index.html`))
    execFileSync('node', ['node_modules/vite/bin/vite.js', 'build'], {
      cwd: root,
      stdio: 'inherit',
    });
  server = await serveFolder(`${root}/dist`);
  project.provide('baseUrl', server.url);
}

export async function teardown() {
  await server?.close();
}
