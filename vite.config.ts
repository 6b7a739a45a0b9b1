import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { journeys } from './scripts/vite-plugin-journeys.ts';
import { workerSourcemap } from './scripts/vite-plugin-worker-sourcemap.ts';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { offline } from './scripts/vite-plugin-offline.ts';
import { cspStyles, devInlineStyles } from './scripts/vite-plugin-csp.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ mode }) => ({
  // Relative asset URLs, so a build works from any folder or host it is copied to.
  base: './',
  plugins: [
    svelte(),
    cspStyles(),
    devInlineStyles(),
    journeys({ root }),
    workerSourcemap(),
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
    // `--mode library` adds the app as a module for other pages (src/app/library.ts) to the
    // same folder, in a build of its own so the standalone page's chunks stay as they are.
    ...(mode === 'offline' && {
      outDir: 'dist-offline',
      sourcemap: false,
      assetsInlineLimit: () => true,
    }),
    ...(mode === 'library' && {
      emptyOutDir: false,
      rollupOptions: {
        input: { 'journey-map': 'src/app/library.ts' },
        // An app build drops an entry's exports unless told to keep them.
        preserveEntrySignatures: 'exports-only',
        output: { entryFileNames: 'assets/[name].js' },
      },
    }),
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  // Only the app's page: the bench's baseline page has its own build.
  optimizeDeps: { entries: ['index.html'] },
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
