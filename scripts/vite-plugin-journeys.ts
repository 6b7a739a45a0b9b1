/**
 * The build's view of `data/`: compiles the story files (with the same messages as
 * `npm run validate`), prepares the basemap and picks the font files, and exposes them as
 * virtual modules. In `npm start` it watches `data/` and reloads the app on a valid edit, or
 * sends the errors to the in-page overlay while the last valid stories stay on screen.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, relative } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { loadAndCompile } from '../src/data/load.ts';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../src/data/diagnostics.ts';
import type { CompileResult } from '../src/data/compile.ts';
import { basemapLabelText, buildEastAsia, buildPosterLand, buildWorld } from './build/basemap.ts';
import { fontsModule } from './build/fonts.ts';
import { loadContext } from './build/context.ts';
import { figuresOf } from '../src/explore/figures.ts';
import { countryIdAt } from '../src/data/borders.ts';
import { ALPHA2_BY_NUMERIC } from './interop/countries.ts';
import { symbologyText } from '../src/map/symbology.ts';
import { interfaceText } from '../src/i18n/font-text.ts';

const MODULES = {
  index: 'virtual:journeys',
  geometry: 'virtual:journeys-geo',
  basemap: 'virtual:basemap',
  fonts: 'virtual:fonts',
  context: 'virtual:context',
  figures: 'virtual:figures',
  synthetic: 'virtual:synthetic',
} as const;

/** Stands in for the map's code's file name in src/map/preload.ts until the build knows it. */
const MAP_CODE_PLACEHOLDER = '__JM_MAP_CODE__';

const EMPTY_INDEX = { stories: [], corridors: [], glossary: [] };

export interface JourneysOptions {
  /** Project root, holding `data/`. */
  root: string;
  /**
   * A folder `npm run synth` wrote: its journeys go into the build as files, opened with
   * `?data=synthetic`. Absent from the default build, which then carries none of them.
   */
  synthetic?: string;
}

/** Writes the basemap once per world-atlas version into a cache folder Vite can serve. */
function prepareBasemap(root: string): { world: string; eastAsia: string; posterLand: string } {
  const version = JSON.parse(
    readFileSync(join(root, 'node_modules/world-atlas/package.json'), 'utf8'),
  ).version;
  const dir = join(root, 'node_modules', '.journey-map', `basemap-${version}-v3`);
  const world = join(dir, 'world.json');
  const eastAsia = join(dir, 'east-asia.json');
  const posterLand = join(dir, 'poster-land.json');
  if (!existsSync(world) || !existsSync(eastAsia)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(world, JSON.stringify(buildWorld()));
    writeFileSync(eastAsia, JSON.stringify(buildEastAsia()));
  }
  if (!existsSync(posterLand)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(posterLand, JSON.stringify(buildPosterLand()));
  }
  return { world, eastAsia, posterLand };
}

/** The Hangul and CJK characters the data and labels use; Latin comes from Noto Sans. */
/**
 * Writes the route geometry as a JSON file named by its content, for the map to fetch: data
 * travels as data, not as script, and a changed story gets a new URL.
 */
function writeGeometry(root: string, result: CompileResult | undefined): string | null {
  if (!result) return null;
  const json = JSON.stringify(result.geometry);
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 12);
  const dir = join(root, 'node_modules', '.journey-map', 'geometry');
  const file = join(dir, `journeys-${hash}.json`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, json);
  }
  return file;
}

function koreanText(result: CompileResult | undefined, extra: string): string {
  const all = JSON.stringify(result?.index ?? '') + extra;
  return [
    ...new Set(all.match(/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u3400-\u9fff]/gu) ?? []),
  ].join('');
}

/** The country codes of every place a story names (a river lists both banks). */
function countriesOf(result: CompileResult | undefined): string[] {
  return (result?.index.stories ?? []).flatMap((story) =>
    story.steps.flatMap((step) => step.place?.country.split(' ') ?? []),
  );
}

export function printDiagnostics(diagnostics: Diagnostic[], log: (line: string) => void): void {
  for (const d of diagnostics) log(formatDiagnostic(d));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length > 0)
    log(
      `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in data/`,
    );
}

export function journeys(options: JourneysOptions): Plugin {
  const { root } = options;
  const dataDir = resolve(root, 'data');
  let lastGood: CompileResult | undefined;
  let diagnostics: Diagnostic[] = [];
  let isDev = false;
  let basemap: ReturnType<typeof prepareBasemap> | undefined;

  const recompile = () => {
    const result = loadAndCompile({ root });
    diagnostics = result.diagnostics;
    if (!hasErrors(result.diagnostics)) lastGood = result;
    return result;
  };

  const invalidate = (server: ViteDevServer) => {
    for (const id of Object.values(MODULES)) {
      const mod = server.moduleGraph.getModuleById(`\0${id}`);
      if (mod) server.moduleGraph.invalidateModule(mod);
    }
  };

  return {
    name: 'journey-map:data',
    configResolved(config) {
      isDev = config.command === 'serve';
    },
    buildStart() {
      const result = recompile();
      printDiagnostics(result.diagnostics, (line) => console.error(line));
      if (!isDev && hasErrors(result.diagnostics))
        this.error('the story files have errors (listed above); the build stopped');
      basemap = prepareBasemap(root);
      for (const file of ['gazetteer.yaml']) this.addWatchFile(join(dataDir, file));
      const context = loadContext(root);
      printDiagnostics(context.diagnostics, (line) => console.error(line));
      if (!isDev && hasErrors(context.diagnostics))
        this.error('the context files have errors (listed above); the build stopped');
    },
    resolveId(id) {
      return (Object.values(MODULES) as string[]).includes(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:')) return undefined;
      const name = id.slice(1);
      if (name === MODULES.index)
        return [
          `export const index = JSON.parse(${JSON.stringify(JSON.stringify(lastGood?.index ?? EMPTY_INDEX))});`,
          // Only the dev server shows authors their mistakes in the page.
          `export const diagnostics = ${JSON.stringify(isDev ? diagnostics : [])};`,
        ].join('\n');
      if (name === MODULES.geometry) {
        const file = writeGeometry(root, lastGood);
        return file
          ? `import url from ${JSON.stringify(`${file}?url`)};\nexport default url;`
          : 'export default null;';
      }
      if (name === MODULES.basemap) {
        basemap ??= prepareBasemap(root);
        return [
          `import world from ${JSON.stringify(`${basemap.world}?url`)};`,
          `import eastAsia from ${JSON.stringify(`${basemap.eastAsia}?url`)};`,
          `import posterLand from ${JSON.stringify(`${basemap.posterLand}?url`)};`,
          'export { world, eastAsia, posterLand };',
        ].join('\n');
      }
      if (name === MODULES.context) {
        // Invalid series are left out in the dev server; the build stops on them (buildStart).
        const { series } = loadContext(root);
        return `export const series = JSON.parse(${JSON.stringify(JSON.stringify(series))});`;
      }
      if (name === MODULES.synthetic) {
        const folder = options.synthetic ? resolve(root, options.synthetic) : null;
        const index = folder && join(folder, 'index.json');
        const geometry = folder && join(folder, 'geometry.json');
        if (!index || !geometry || !existsSync(index) || !existsSync(geometry))
          return 'export const synthetic = null;';
        return [
          `import index from ${JSON.stringify(`${index}?url`)};`,
          `import geometry from ${JSON.stringify(`${geometry}?url`)};`,
          'export const synthetic = { index, geometry };',
        ].join('\n');
      }
      if (name === MODULES.figures) {
        // Measured here, with Natural Earth's countries, so the app carries only the figures.
        const countryAt = (p: [number, number]) => {
          const id = countryIdAt(p);
          return id === undefined ? undefined : ALPHA2_BY_NUMERIC.get(id);
        };
        const legs = lastGood?.geometry.legs.features ?? [];
        const figures = Object.fromEntries(
          (lastGood?.index.stories ?? []).map((s) => [s.id, figuresOf(s, legs, countryAt)]),
        );
        return `export const figures = JSON.parse(${JSON.stringify(JSON.stringify(figures))});`;
      }
      if (name === MODULES.fonts)
        return fontsModule(
          koreanText(
            lastGood,
            basemapLabelText() + symbologyText() + interfaceText(root, countriesOf(lastGood)),
          ),
        );
      return undefined;
    },
    /**
     * The built page asks for its fonts as soon as it opens, and src/map/preload.ts for the
     * map's code and files; the code is only run once the story has painted (MapView).
     */
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle) return undefined;
        // The iframe's page shows a poster first and loads the map only when it is seen.
        if (context.path.endsWith('/embed.html')) return undefined;
        const files = Object.values(context.bundle);
        const controller = files.find(
          (f) => f.type === 'chunk' && f.facadeModuleId?.endsWith('/src/map/controller.ts'),
        );
        const controllerCss =
          controller?.type === 'chunk' ? [...(controller.viteMetadata?.importedCss ?? [])] : [];
        const base = context.server ? '/' : './';
        // The map's code and data are preloaded from script, when the page will use them
        // (src/map/preload.ts). Its CSS here, or the import waits for that to download.
        // The page's regular fonts, and the Korean subsets the data uses, arrive before the
        // first layout: each font that arrives later makes the browser lay the story out again.
        const fonts = files.filter(
          (f) =>
            f.type === 'asset' &&
            /^assets\/noto-sans-(latin-(400|600)|kr-\d+-400)-normal-.*\.woff2$/.test(f.fileName),
        );
        return [
          ...fonts.map((f) => ({ file: f.fileName, as: 'font', type: 'font/woff2' })),
          ...controllerCss.map((file) => ({ file, as: 'style' })),
        ].map(({ file, ...attrs }) => ({
          tag: 'link',
          attrs: { rel: 'preload', ...attrs, crossorigin: 'anonymous', href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
    /** Writes the map's code's file name into src/map/preload.ts, hash placeholder and all. */
    renderChunk(code, _chunk, _options, meta) {
      if (!code.includes(MAP_CODE_PLACEHOLDER)) return null;
      const controller = Object.values(meta.chunks).find((c) =>
        c.facadeModuleId?.endsWith('/src/map/controller.ts'),
      );
      if (!controller) return null;
      const name = `./${controller.fileName.split('/').pop()}`;
      return { code: code.replaceAll(MAP_CODE_PLACEHOLDER, name), map: null };
    },
    configureServer(server) {
      server.watcher.add(dataDir);
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(dataDir)) return;
        const result = recompile();
        const where = relative(root, file);
        server.config.logger.info(`journey-map: ${where} changed`, { timestamp: true });
        printDiagnostics(result.diagnostics, (line) => server.config.logger.warn(line));
        if (hasErrors(result.diagnostics)) {
          // Keep the last valid stories on screen; the page shows the errors over them.
          server.ws.send({
            type: 'custom',
            event: 'journeys:diagnostics',
            data: result.diagnostics,
          });
          return;
        }
        invalidate(server);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
