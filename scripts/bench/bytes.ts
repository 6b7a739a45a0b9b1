/** Sizes as a reader's browser would fetch them: each file gzipped by the bench itself. */
import { readFileSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';

/** `gzip -9`: what a well-set-up static host sends. */
export const GZIP_LEVEL = constants.Z_BEST_COMPRESSION;

const cache = new Map<string, { bytes: number; gzip: number }>();

export function sizes(file: string): { bytes: number; gzip: number } {
  let known = cache.get(file);
  if (!known) {
    const content = readFileSync(file);
    known = { bytes: content.length, gzip: gzipSync(content, { level: GZIP_LEVEL }).length };
    cache.set(file, known);
  }
  return known;
}

export type Kind = 'js' | 'css';

export function kindOf(url: string): Kind | undefined {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  return undefined;
}
