/**
 * Which modules the production bundle's bytes come from: each chunk's source map says which
 * source every generated span came from, and the span's length is that source's share.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

interface SourceMap {
  sources: string[];
  mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one segment's Base64 VLQ fields. */
export function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`not a Base64 VLQ digit: ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Bytes a chunk's map does not attribute to any source, in one span. */
export interface Unmapped {
  bytes: number;
  /** The span's first characters, to tell what it is. */
  head: string;
}

export interface Attribution {
  /** Bytes per index into `map.sources`. */
  bySource: Map<number, number>;
  /** Small unmapped spans (bundler glue, newlines), added up. */
  glue: number;
  /** Unmapped spans of at least `BLOB_BYTES`, such as data inlined by a virtual module. */
  blobs: Unmapped[];
}

const BLOB_BYTES = 1024;

/**
 * Attributes every byte of `code` through its source map. A line with no mapping at all
 * continues the previous line's source (a multi-line template literal, such as a shader).
 */
export function attribute(code: string, map: SourceMap): Attribution {
  const bySource = new Map<number, number>();
  const blobs: Unmapped[] = [];
  let glue = 0;
  const add = (index: number, text: string) => {
    const bytes = Buffer.byteLength(text);
    if (index >= 0) bySource.set(index, (bySource.get(index) ?? 0) + bytes);
    else if (bytes >= BLOB_BYTES) blobs.push({ bytes, head: text.slice(0, 48) });
    else glue += bytes;
  };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  // The source index is relative across the whole map; line, column and name do not matter.
  let source = 0;
  let lastSource = -1;
  lines.forEach((line, i) => {
    if (i < lines.length - 1) glue += 1;
    const spans: { start: number; source: number }[] = [];
    let column = 0;
    for (const segment of (mappingLines[i] ?? '').split(',')) {
      if (segment === '') continue;
      const fields = decodeVlq(segment);
      column += fields[0]!;
      if (fields.length >= 4) source += fields[1]!;
      spans.push({ start: column, source: fields.length >= 4 ? source : -1 });
    }
    if (spans.length === 0) {
      add(lastSource, line);
      return;
    }
    if (spans[0]!.start > 0) add(lastSource, line.slice(0, spans[0]!.start));
    spans.forEach((span, j) => {
      add(span.source, line.slice(span.start, spans[j + 1]?.start ?? line.length));
      if (span.source >= 0) lastSource = span.source;
    });
  });
  return { bySource, glue, blobs };
}

/** A source path as a module name: a package for node_modules, else a path from the root. */
export function moduleName(source: string, mapFile: string, root: string): string {
  // Virtual modules keep their id, without Rollup's `\0` prefix.
  const clean = source.replace(/\0/g, '');
  if (clean.startsWith('virtual:')) return clean;
  const path = relative(root, resolve(dirname(mapFile), clean))
    .split('\\')
    .join('/');
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const parts = path.slice(inModules + 'node_modules/'.length).split('/');
    const name = parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
    return name === '.journey-map' ? `node_modules/.journey-map/${parts[1]}` : name;
  }
  return path;
}

export interface ModuleSizeOptions {
  /** The folder the chunks were built into, if they have been copied since. */
  builtIn?: string;
  /** Names an unmapped span from its first characters (a virtual module's inlined data, say). */
  nameBlob?: (head: string) => string | undefined;
}

/** Bytes per module over several chunks and their `.map` files. */
export function moduleSizes(
  chunks: string[],
  root: string,
  { builtIn, nameBlob = () => undefined }: ModuleSizeOptions = {},
): Map<string, number> {
  const sizes = new Map<string, number>();
  const add = (name: string, bytes: number) => sizes.set(name, (sizes.get(name) ?? 0) + bytes);
  for (const chunk of chunks) {
    const map = JSON.parse(readFileSync(`${chunk}.map`, 'utf8')) as SourceMap;
    // Sources are relative to where the map was written.
    const mapFile = builtIn ? join(builtIn, `${basename(chunk)}.map`) : `${chunk}.map`;
    const { bySource, glue, blobs } = attribute(readFileSync(chunk, 'utf8'), map);
    for (const [index, bytes] of bySource)
      add(moduleName(map.sources[index] ?? '?', mapFile, root), bytes);
    add('(bundler glue)', glue);
    for (const blob of blobs) {
      const head = blob.head.replace(/\s+/g, ' ');
      add(nameBlob(head) ?? `(no source map) ${basename(chunk)}: ${head}…`, blob.bytes);
    }
  }
  return sizes;
}
