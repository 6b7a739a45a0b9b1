/**
 * `npm run validate -- [paths…] [--json]`: checks story files and the gazetteer, printing every
 * problem at once as `path:line:column: what is wrong (expected …)`. Exits 1 on any error.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAndCompile } from '../src/data/load.ts';
import { formatDiagnostic, hasErrors } from '../src/data/diagnostics.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const json = args.includes('--json');
const quiet = args.includes('--quiet');
const paths = args.filter((a) => !a.startsWith('--')).map((p) => resolve(p));
const stories = paths.filter((p) => !p.endsWith('gazetteer.yaml'));

const result = loadAndCompile({ root, ...(stories.length > 0 ? { stories } : {}) });
const failed = hasErrors(result.diagnostics);

if (json) {
  process.stdout.write(
    `${JSON.stringify({ ok: !failed, stories: result.index.stories.map((s) => s.id), diagnostics: result.diagnostics }, null, 2)}\n`,
  );
} else {
  for (const d of result.diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
  if (!quiet || failed) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = result.diagnostics.length - errors;
    process.stderr.write(
      failed
        ? `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`
        : `ok: ${result.index.stories.length} stories, ${warnings} warning${warnings === 1 ? '' : 's'}\n`,
    );
  }
}
process.exit(failed ? 1 : 0);
