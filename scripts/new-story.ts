/**
 * `npm run new-story -- <id>`: starts a story file, data/stories/<id>.yaml, from a template
 * that validates as it stands, and a source text file, data/sources/<id>.txt, to paste the
 * source into. Refuses an id that is not valid or already used.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAndCompile } from '../src/data/load.ts';
import { formatDiagnostic, hasErrors } from '../src/data/diagnostics.ts';
import { CliError, parse, ROOT, run, UsageError } from './lib/cli.ts';
import { placeholderSource, slugify, storyTemplate, STORY_ID } from './new-story/template.ts';

const USAGE =
  'npm run new-story -- <id>   (an id is lower-case words joined by hyphens, e.g. kim-min)';

run('new-story', USAGE, () => {
  const { positionals } = parse(process.argv.slice(2), {});
  if (positionals.length !== 1) throw new UsageError('give one story id');
  const id = positionals[0]!;
  if (!STORY_ID.test(id) || id.length > 64) {
    const slug = slugify(id);
    throw new CliError(
      `"${id}" cannot be a story id: use lower-case letters, digits and single hyphens, at most 64 characters${slug ? `, such as ${slug}` : ''}`,
    );
  }
  const storyPath = join(ROOT, 'data', 'stories', `${id}.yaml`);
  const sourcePath = join(ROOT, 'data', 'sources', `${id}.txt`);
  const shown = (p: string) => p.slice(ROOT.length + 1);
  if (existsSync(storyPath))
    throw new CliError(`${shown(storyPath)} already exists; choose another id, or edit that file`);

  const sourceText = existsSync(sourcePath) ? readFileSync(sourcePath, 'utf8') : undefined;
  const today = new Date().toISOString().slice(0, 10);
  mkdirSync(join(ROOT, 'data', 'stories'), { recursive: true });
  mkdirSync(join(ROOT, 'data', 'sources'), { recursive: true });
  writeFileSync(
    storyPath,
    storyTemplate(id, { today, ...(sourceText !== undefined ? { sourceText } : {}) }),
    {
      flag: 'wx',
    },
  );
  if (sourceText === undefined) writeFileSync(sourcePath, placeholderSource(id), { flag: 'wx' });

  process.stdout.write(
    `Created ${shown(storyPath)}\n` +
      (sourceText === undefined
        ? `Created ${shown(sourcePath)}: paste the source text into it\n`
        : `Using the source text already in ${shown(sourcePath)}\n`),
  );
  const result = loadAndCompile({ root: ROOT, stories: [storyPath] });
  const own = result.diagnostics.filter((d) => d.file === shown(storyPath));
  for (const d of own) process.stdout.write(`${formatDiagnostic(d)}\n`);
  process.stdout.write(
    hasErrors(own)
      ? 'The new file does not validate yet; fix the lines above.\n'
      : `It validates. Next: fill it in as docs/authoring.md explains, then run npm run validate -- ${shown(storyPath)}\n`,
  );
  return 0;
});
