import { defineConfig } from 'vitest/config';
import type { BuildEnvironmentOptions } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { journeys } from './scripts/vite-plugin-journeys.ts';
import { workerSourcemap } from './scripts/vite-plugin-worker-sourcemap.ts';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { offline } from './scripts/vite-plugin-offline.ts';
import { noGlobals } from './scripts/vite-plugin-no-globals.ts';
import { cspStyles, devInlineStyles } from './scripts/vite-plugin-csp.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * What a build starts from. The app build: the standalone page and the iframe's page
 * (`embed.html`, src/embed/frame.ts). `--mode library` adds, in a build of its own so the
 * pages' chunks stay as they are, the app as a module for other pages (src/app/library.ts), and
 * the `<journey-map>` element and the iframe helper at the top of `dist/`, where an embedder
 * finds them (README, Embedding).
 */
function entries(mode: string): NonNullable<BuildEnvironmentOptions['rollupOptions']> {
  if (mode !== 'library') return { input: { main: 'index.html', embed: 'embed.html' } };
  const topLevel: Record<string, string> = {
    element: 'journey-map.js',
    'embed-resize': 'embed-resize.js',
  };
  return {
    input: {
      'journey-map': 'src/app/library.ts',
      element: 'src/embed/element.ts',
      'embed-resize': 'src/embed/resize.ts',
    },
    // An app build drops an entry's exports unless told to keep them.
    preserveEntrySignatures: 'exports-only',
    output: { entryFileNames: (chunk) => topLevel[chunk.name] ?? 'assets/[name].js' },
  };
}

export default defineConfig(({ mode }) => ({
  // Relative asset URLs, so a build works from any folder or host it is copied to.
  base: './',
  plugins: [
    svelte(),
    cspStyles(),
    devInlineStyles(),
    // `npm run build:synthetic` sets JM_SYNTHETIC; the default build carries no synthetic data.
    journeys({ root, synthetic: process.env.JM_SYNTHETIC }),
    workerSourcemap(),
    noGlobals(),
    // `--mode offline`: the whole app in one HTML file that works over file:// (README).
    ...(mode === 'offline' ? [viteSingleFile(), offline()] : []),
  ],
  ...(mode === 'offline' && {
    resolve: {
      alias: [
        {
          find: /^\.\/worker-url\.ts$/,
          replacement: fileURLToPath(new URL('./src/map/worker-url.offline.ts', import.meta.url)),
        },
      ],
    },
  }),
  build: {
    target: 'es2022',
    sourcemap: true,
    // Fonts stay separate files so the browser fetches only the subsets a page uses.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    ...(mode === 'offline' && {
      outDir: 'dist-offline',
      sourcemap: false,
      assetsInlineLimit: () => true,
    }),
    // `--mode library` writes into the same folder (see `entries`).
    ...(mode === 'library' && { emptyOutDir: false }),
    ...(mode !== 'offline' && { rollupOptions: entries(mode) }),
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  // Only the app's page: the bench's baseline page has its own build.
  optimizeDeps: { entries: ['index.html', 'embed.html'] },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    // Deterministic dates on every machine.
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.ts', 'tests/component/**/*.test.svelte.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // One Chromium at a time: WebGL runs on the CPU here.
          fileParallelism: false,
        },
      },
    ],
  },
}));
