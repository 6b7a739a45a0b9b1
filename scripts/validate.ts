/**
 * `npm run validate -- [paths…] [--json] [--quiet]`: checks story files and the gazetteer,
 * printing every problem at once as `path:line:column: what is wrong (expected …)`.
 * With no paths it checks everything in `data/`. A path may be a story file anywhere, a data
 * folder (such as one `npm run import -- … --out` wrote) or a gazetteer file.
 * Exits 1 on any error, 2 when it is called wrongly; never prints a stack trace.
 */
import { loadAndCompile } from '../src/data/load.ts';
import { formatDiagnostic, hasErrors } from '../src/data/diagnostics.ts';
import { parse, ROOT, run, userCwd } from './lib/cli.ts';
import { loadContext } from './build/context.ts';

const USAGE = 'npm run validate -- [story files or data folders…] [--json] [--quiet]';

run('validate', USAGE, () => {
  const { values, positionals } = parse(process.argv.slice(2), {
    json: { type: 'boolean' },
    quiet: { type: 'boolean' },
  });
  const result = loadAndCompile({
    root: ROOT,
    cwd: userCwd(),
    ...(positionals.length > 0 ? { stories: positionals } : {}),
  });
  // Checking everything includes the context series (data/context/), checked like stories.
  if (positionals.length === 0) result.diagnostics.push(...loadContext(ROOT).diagnostics);
  const failed = hasErrors(result.diagnostics);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.length - errors;

  if (values.json) {
    const report = {
      ok: !failed,
      errors,
      warnings,
      stories: result.index.stories.map((s) => s.id),
      diagnostics: result.diagnostics,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const d of result.diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
    if (!values.quiet || failed) {
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      process.stderr.write(
        failed
          ? `${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`
          : `ok: ${plural(result.index.stories.length, 'story').replace('storys', 'stories')}, ${plural(warnings, 'warning')}\n`,
      );
    }
  }
  return failed ? 1 : 0;
});
