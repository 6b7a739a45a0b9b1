/**
 * Builds the bench's baseline: a bare MapLibre page with the app's basemap, route and style,
 * and nothing else (no Svelte, no timeline, no story); and the map floor (floor-map.ts).
 * `npm run bench` builds them itself, and writes the words floor (a static page) beside them.
 */
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { journeys } from '../scripts/vite-plugin-journeys.ts';
import { loadAndCompile } from '../src/data/load.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the baseline build goes; bench-results/ is not committed. */
export const BASELINE_OUT = fileURLToPath(
  new URL('../bench-results/baseline-dist', import.meta.url),
);

/**
 * `virtual:bench-steps`: per story only what the camera and the marker need (colour, fiction,
 * each step's anchor and frame), so the baseline does not carry the story text.
 */
function benchSteps(): Plugin {
  const id = 'virtual:bench-steps';
  return {
    name: 'journey-map:bench-steps',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(source) {
      if (source !== `\0${id}`) return undefined;
      const { index } = loadAndCompile({ root });
      const stories = Object.fromEntries(
        (index?.stories ?? []).map((s) => [
          s.id,
          {
            color: s.color,
            fiction: s.fiction,
            steps: s.steps.map((step) => ({ anchor: step.anchor, frame: step.frame })),
          },
        ]),
      );
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(stories))});`;
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // No public/ folder: the baseline needs nothing the app's public/ has.
  publicDir: false,
  plugins: [journeys({ root }), benchSteps()],
  build: {
    outDir: BASELINE_OUT,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: ['baseline.html', 'floor-map.html'].map((page) =>
        fileURLToPath(new URL(page, import.meta.url)),
      ),
    },
  },
  logLevel: 'warn',
});
