/**
 * `npm run import -- <storymap|timeline|csv> <input> [--out <dir>] [options]`: turns a
 * StoryMapJS or TimelineJS file, or our story spreadsheet, into a story file, its source text
 * and any new places, then validates them and reports what could not be carried over.
 * Media links are kept for readers and never fetched.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { borderRivers } from '../src/data/borders.ts';
import { formatDiagnostic, hasErrors } from '../src/data/diagnostics.ts';
import { compileGazetteers } from '../src/data/gazetteer.ts';
import { displayPath, loadAndCompile } from '../src/data/load.ts';
import { CONSENT_STATUSES, NAME_KINDS } from '../src/data/schema.ts';
import type { NameKind, Place } from '../src/data/types.ts';
import { CliError, parse, ROOT, run, UsageError, userCwd } from './lib/cli.ts';
import { slugify, STORY_ID } from './new-story/template.ts';
import { addPlaces } from './interop/gazetteer-text.ts';
import {
  FORMAT_NAMES,
  FORMATS,
  ImportError,
  type ImportedStory,
  type ImportFormat,
} from './interop/model.ts';
import { readImport } from './interop/read.ts';
import { buildStory, type ConsentStatus, type ImportReport } from './interop/to-story.ts';

const USAGE =
  'npm run import -- <storymap|timeline|csv> <input file> [--out <folder>] [--id <story id>] ' +
  '[--source <text file>] [--name <name>] [--name-kind <kind>] [--consent <status>] [--fiction] [--title <title>]';

/** Files from these tools are tens of kilobytes; anything far larger is not a story. */
const MAX_INPUT_BYTES = 20_000_000;

function readText(path: string, what: string): string {
  if (!existsSync(path) || !statSync(path).isFile())
    throw new CliError(`${what} ${path} does not exist`);
  if (statSync(path).size > MAX_INPUT_BYTES)
    throw new CliError(`${what} ${path} is larger than 20 MB; it cannot be a story`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    throw new CliError(`${what} ${path} is not UTF-8 text; save it again with the encoding UTF-8`);
  }
}

/** The place ids written in a gazetteer file, valid or not, so new ones never collide. */
function placeIdsIn(text: string | undefined): string[] {
  if (text === undefined) return [];
  try {
    const data = parseYaml(text) as { places?: Record<string, unknown> } | null;
    return data && typeof data.places === 'object' && data.places ? Object.keys(data.places) : [];
  } catch {
    return [];
  }
}

function printReport(report: ImportReport) {
  const section = (title: string, lines: string[]) => {
    if (lines.length === 0) return;
    process.stdout.write(`\n${title}\n${lines.map((l) => `  - ${l}`).join('\n')}\n`);
  };
  section(
    'New places (check each one; the map never shows a point finer than 0.1°):',
    report.places,
  );
  section(
    'Media kept as links for readers, in the step’s context; the app never loads them:',
    report.media,
  );
  section('Content warnings added:', report.warnings);
  section('Not imported:', report.notKept);
  section('Check before publishing:', report.check);
}

run('import', USAGE, () => {
  const { values, positionals } = parse(process.argv.slice(2), {
    out: { type: 'string' },
    id: { type: 'string' },
    source: { type: 'string' },
    name: { type: 'string' },
    'name-kind': { type: 'string' },
    consent: { type: 'string' },
    fiction: { type: 'boolean' },
    title: { type: 'string' },
  });
  const [format, input, ...extra] = positionals;
  if (!format || !input || extra.length > 0)
    throw new UsageError('give a format and one input file');
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(
      `"${format}" is not a format this can import: use storymap, timeline or csv`,
    );
  const nameKind = values['name-kind'];
  if (nameKind !== undefined && !(NAME_KINDS as readonly string[]).includes(nameKind))
    throw new UsageError(`--name-kind must be one of ${NAME_KINDS.join(', ')}`);
  if (
    values.consent !== undefined &&
    !(CONSENT_STATUSES as readonly string[]).includes(values.consent)
  )
    throw new UsageError(`--consent must be one of ${CONSENT_STATUSES.join(', ')}`);
  if (values.source !== undefined && format !== 'csv')
    throw new UsageError(
      '--source is for csv: StoryMapJS and TimelineJS files are their own source',
    );

  const cwd = userCwd();
  const inputPath = resolve(cwd, input);
  const text = readText(inputPath, 'the input file');
  const sourceText =
    values.source !== undefined
      ? readText(resolve(cwd, values.source), 'the source text')
      : undefined;
  let imported: ImportedStory;
  try {
    imported = readImport(format as ImportFormat, text);
  } catch (error) {
    if (error instanceof ImportError)
      throw new CliError(`${basename(inputPath)}: ${error.message}`);
    throw error;
  }

  const id = values.id ?? slugify(imported.title ?? basename(inputPath).replace(/\.[^.]+$/, ''));
  if (!STORY_ID.test(id) || id.length > 64)
    throw new CliError(`"${id}" cannot be a story id; give one with --id, such as --id kim-min`);
  const dataDir = join(ROOT, 'data');
  const outDir = values.out !== undefined ? resolve(cwd, values.out) : dataDir;
  const intoProject = outDir === dataDir;
  const storyPath = join(outDir, 'stories', `${id}.yaml`);
  const sourcePath = join(outDir, 'sources', `${id}.txt`);
  const show = (p: string) => displayPath(p, cwd);
  for (const path of new Set([storyPath, join(dataDir, 'stories', `${id}.yaml`)]))
    if (existsSync(path))
      throw new CliError(`${show(path)} already exists; choose another story id with --id`);
  for (const path of new Set([sourcePath, join(dataDir, 'sources', `${id}.txt`)]))
    if (existsSync(path))
      throw new CliError(`${show(path)} already exists; choose another story id with --id`);

  // The places the story may use: the project's, and those an earlier import put in --out.
  const gazetteerPath = join(dataDir, 'gazetteer.yaml');
  const outGazetteerPath = join(outDir, 'gazetteer.yaml');
  const projectGazetteer = existsSync(gazetteerPath)
    ? readFileSync(gazetteerPath, 'utf8')
    : undefined;
  const outGazetteer =
    !intoProject && existsSync(outGazetteerPath)
      ? readFileSync(outGazetteerPath, 'utf8')
      : undefined;
  const files = [
    ...(projectGazetteer !== undefined
      ? [{ file: show(gazetteerPath), text: projectGazetteer }]
      : []),
    ...(outGazetteer !== undefined ? [{ file: show(outGazetteerPath), text: outGazetteer }] : []),
  ];
  const { gazetteer } = compileGazetteers(files, borderRivers());
  const places: ReadonlyMap<string, Place> = gazetteer.places;
  const takenIds = new Set([...placeIdsIn(projectGazetteer), ...placeIdsIn(outGazetteer)]);

  const today = new Date().toISOString().slice(0, 10);
  const built = buildStory(imported, {
    id,
    inputName: basename(inputPath),
    today,
    places,
    takenIds,
    ...(sourceText !== undefined ? { sourceText } : {}),
    ...(values.name !== undefined ? { name: values.name } : {}),
    ...(nameKind !== undefined ? { nameKind: nameKind as NameKind } : {}),
    ...(values.consent !== undefined ? { consent: values.consent as ConsentStatus } : {}),
    ...(values.fiction ? { fiction: true } : {}),
    ...(values.title !== undefined ? { title: values.title } : {}),
  });

  mkdirSync(join(outDir, 'stories'), { recursive: true });
  mkdirSync(join(outDir, 'sources'), { recursive: true });
  writeFileSync(storyPath, built.storyYaml, { flag: 'wx' });
  writeFileSync(sourcePath, built.sourceText, { flag: 'wx' });
  const placeCount = Object.keys(built.newPlaces).length;
  const placesPath = intoProject ? gazetteerPath : outGazetteerPath;
  if (placeCount > 0) {
    const current = intoProject ? projectGazetteer : outGazetteer;
    const heading = `Imported with the story "${id}" from ${basename(inputPath)} on ${today}.\nCheck each place against GeoNames or OpenStreetMap.`;
    writeFileSync(placesPath, addPlaces(current, built.newPlaces, heading));
  }

  const steps = built.steps;
  process.stdout.write(
    `Imported ${steps} step${steps === 1 ? '' : 's'} from ${basename(inputPath)} (${FORMAT_NAMES[format as ImportFormat]}).\nWrote:\n` +
      `  ${show(storyPath)}\n  ${show(sourcePath)}\n` +
      (placeCount > 0
        ? `  ${show(placesPath)}: ${placeCount} new place${placeCount === 1 ? '' : 's'}\n`
        : ''),
  );
  printReport(built.report);

  const result = loadAndCompile({ root: ROOT, cwd, stories: [storyPath] });
  const written = new Set([show(storyPath), show(placesPath)]);
  const own = result.diagnostics.filter((d) => written.has(d.file));
  process.stdout.write('\nValidation:\n');
  for (const d of own) process.stdout.write(`  ${formatDiagnostic(d)}\n`);
  process.stdout.write(
    hasErrors(own)
      ? `  The story does not validate yet: fix the lines above, then run npm run validate -- ${show(storyPath)}\n`
      : `  It validates.${intoProject ? '' : ` To add it to the project, import it again without --out.`}\n`,
  );
  return 0;
});
