/**
 * `npm run export -- timeline <story id> [--out <file>]`: writes a story as TimelineJS3 JSON,
 * to standard output or a file. Steps without a date are left out and listed, because
 * TimelineJS needs a date for every event and we never invent one.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadAndCompile } from '../src/data/load.ts';
import { didYouMean } from '../src/data/suggest.ts';
import { hasErrors } from '../src/data/diagnostics.ts';
import { CliError, parse, ROOT, run, UsageError, userCwd } from './lib/cli.ts';
import { toTimeline } from './interop/export-timeline.ts';
import { storyFiles } from '../src/data/load.ts';
import { basename } from 'node:path';

const USAGE = 'npm run export -- timeline <story id> [--out <file.json>]';

run('export', USAGE, () => {
  const { values, positionals } = parse(process.argv.slice(2), { out: { type: 'string' } });
  const [format, id, ...extra] = positionals;
  if (!format || !id || extra.length > 0) throw new UsageError('give a format and one story id');
  if (format !== 'timeline')
    throw new UsageError(`"${format}" is not a format this can export: use timeline`);

  const ids = storyFiles(ROOT).map((f) => basename(f).replace(/\.ya?ml$/, ''));
  if (!ids.includes(id))
    throw new CliError(`there is no story "${id}" in data/stories${didYouMean(id, ids)}`);
  const result = loadAndCompile({ root: ROOT });
  const story = result.index.stories.find((s) => s.id === id);
  if (!story || hasErrors(result.diagnostics.filter((d) => d.file.endsWith(`/${id}.yaml`))))
    throw new CliError(
      `the story "${id}" does not validate; run npm run validate and fix it first`,
    );

  const { json, left } = toTimeline(story);
  if (json.events.length === 0)
    throw new CliError(
      `no step of "${id}" has a date, so TimelineJS would have nothing to place; nothing was written (dates are never invented)`,
    );
  const text = `${JSON.stringify(json, null, 2)}\n`;
  if (values.out !== undefined) {
    const path = resolve(userCwd(), values.out);
    writeFileSync(path, text);
    process.stderr.write(`Wrote ${values.out}\n`);
  } else process.stdout.write(text);
  process.stderr.write(
    `Exported ${json.events.length} of ${story.steps.length} steps.` +
      (left.length > 0
        ? ` Left out, because they have no date (TimelineJS needs one, and none is invented): ${left.map((s) => s.id).join(', ')}.\n`
        : '\n'),
  );
  return 0;
});
