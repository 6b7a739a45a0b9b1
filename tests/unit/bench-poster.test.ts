import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { posterBytes, staticImports } from '../../scripts/bench/poster.ts';

describe('staticImports', () => {
  it('staticImports(minified module) finds static imports, not dynamic ones', () => {
    const source =
      'import{a as b,c}from"./assets/adopt-X.js";import"./side.js";import * as n from \'../ns.js\';' +
      'const m=()=>import("./assets/app-Y.js");const d=["./assets/mount-Z.js"];import{x}from"svelte";';
    expect(staticImports(source)).toEqual(['./assets/adopt-X.js', './side.js', '../ns.js']);
  });
});

describe('posterBytes', () => {
  it('posterBytes(dist) follows static imports from journey-map.js only', () => {
    const dist = mkdtempSync(join(tmpdir(), 'jm-poster-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'journey-map.js'),
      'import{a}from"./assets/a.js";import("./assets/big.js");',
    );
    writeFileSync(join(dist, 'assets/a.js'), 'import"./b.js";export const a=1;');
    writeFileSync(join(dist, 'assets/b.js'), 'export const b=2;');
    writeFileSync(join(dist, 'assets/big.js'), 'x'.repeat(10_000));
    const result = posterBytes(dist)!;
    expect(result.files.map((f) => f.file)).toEqual([
      'assets/a.js',
      'assets/b.js',
      'journey-map.js',
    ]);
    expect(result.gzip).toBe(result.files.reduce((sum, f) => sum + f.gzip, 0));
    expect(posterBytes(join(dist, 'missing'))).toBeUndefined();
  });
});
