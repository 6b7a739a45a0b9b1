/**
 * Reads the context series in `data/context/` (see src/data/context.ts), for the build and for
 * `npm run validate`. A missing folder is no error: the series is optional.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileContext, type ContextSeries } from '../../src/data/context.ts';
import type { Diagnostic } from '../../src/data/diagnostics.ts';

export function loadContext(root: string): { series: ContextSeries[]; diagnostics: Diagnostic[] } {
  const dir = join(root, 'data', 'context');
  if (!existsSync(dir)) return { series: [], diagnostics: [] };
  const series: ContextSeries[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const path = join(dir, name);
    const result = compileContext(relative(root, path), readFileSync(path, 'utf8'));
    diagnostics.push(...result.diagnostics);
    if (result.series) series.push(result.series);
  }
  return { series, diagnostics };
}
