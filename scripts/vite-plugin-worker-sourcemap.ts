/**
 * Ships maplibre-gl's worker with its source map. The worker is copied into the build as it is
 * (a `?url` import), under a hashed name, so the `sourceMappingURL` it ends with names a file the
 * build never wrote. This writes the package's map beside it and points the worker at it, so the
 * worker can be read in the browser's developer tools like the rest of the bundle.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const WORKER = /(^|\/)maplibre-gl-worker-[\w-]+\.mjs$/;
const MAP_COMMENT = /\/\/# sourceMappingURL=\S+\s*$/;

export function workerSourcemap(): Plugin {
  let enabled = false;
  return {
    name: 'journey-map:worker-sourcemap',
    apply: 'build',
    configResolved(config) {
      enabled = Boolean(config.build.sourcemap);
    },
    generateBundle(_options, bundle) {
      if (!enabled) return;
      const require = createRequire(import.meta.url);
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !WORKER.test(file.fileName)) continue;
        const code =
          typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
        const mapName = `${file.fileName.split('/').pop()}.map`;
        const map = readFileSync(
          require.resolve('maplibre-gl/dist/maplibre-gl-worker.mjs.map'),
          'utf8',
        );
        file.source = `${code.replace(MAP_COMMENT, '')}//# sourceMappingURL=${mapName}\n`;
        this.emitFile({ type: 'asset', fileName: `${file.fileName}.map`, source: map });
      }
    },
  };
}
