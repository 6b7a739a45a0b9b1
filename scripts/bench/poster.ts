/**
 * What a host page fetches for the embed element's poster: `journey-map.js` and every module it
 * imports statically, gzipped. The app, MapLibre and the basemap come by dynamic import only when
 * the widget is seen, so they are not followed. The poster's CSS travels inside these modules
 * (adopted from strings), so this is its JS and CSS alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Story } from '../../src/data/types.ts';
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

// --- Time to the poster ----------------------------------------------------------------------

/** What the poster shows first: its title and opening words (as src/embed/poster.ts picks). */
export interface PosterWords {
  title: string;
  words: string;
}

export function posterWords(story: Story, step = 0): PosterWords {
  const shown = story.steps[step];
  const excerpt = shown?.excerpts.find((e) => e.warnings.length === 0);
  const quote = shown && shown.warnings.length === 0 && excerpt ? excerpt.text : undefined;
  return { title: story.title.en, words: quote ?? story.summary.en };
}

const esc = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A campaign page holding only the element, its script from the widget's own server. */
export function posterHostHtml(widgetUrl: string, story: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host page</title>
<link rel="icon" href="data:,">
<script type="module" src="${widgetUrl}journey-map.js"></script>
</head>
<body><journey-map story="${esc(story)}"></journey-map></body>
</html>
`;
}

/** The floor for it: a static page holding the same words and a button. */
export function posterFloorHtml({ title, words }: PosterWords): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host page</title>
<link rel="icon" href="data:,">
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0}</style>
</head>
<body><section><h2>${esc(title)}</h2><blockquote>${esc(words)}</blockquote>
<button type="button">Start</button></section></body>
</html>
`;
}
