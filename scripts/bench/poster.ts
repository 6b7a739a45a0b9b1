/**
 * What a host page fetches for the embed element's poster: `journey-map.js` and every module it
 * imports statically, gzipped. The app, MapLibre and the basemap come by dynamic import only when
 * the widget is seen, so they are not followed. The poster's CSS travels inside these modules
 * (adopted from strings), so this is its JS and CSS alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { sizes } from './bytes.ts';

/** Static `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`. */
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;

export function staticImports(source: string): string[] {
  return [...source.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
}

export interface PosterBytes {
  files: { file: string; bytes: number; gzip: number }[];
  gzip: number;
}

export function posterBytes(dist: string, entry = 'journey-map.js'): PosterBytes | undefined {
  const start = join(dist, entry);
  if (!existsSync(start)) return undefined;
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const path of staticImports(readFileSync(file, 'utf8')))
      queue.push(join(dirname(file), path));
  }
  const files = [...seen].sort().map((file) => ({ file: relative(dist, file), ...sizes(file) }));
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}
