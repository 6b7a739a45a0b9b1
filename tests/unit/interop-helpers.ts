/**
 * Runs an import in memory, against the project's real gazetteer and source texts, and
 * validates what it would write, as `npm run import` does on disk.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { borderRivers } from '../../src/data/borders.ts';
import { compile, type CompileResult } from '../../src/data/compile.ts';
import { formatDiagnostic } from '../../src/data/diagnostics.ts';
import { compileGazetteer } from '../../src/data/gazetteer.ts';
import { readSourceTexts } from '../../src/data/load.ts';
import { addPlaces } from '../../scripts/interop/gazetteer-text.ts';
import type { ImportFormat } from '../../scripts/interop/model.ts';
import { readImport } from '../../scripts/interop/read.ts';
import { buildStory, type BuildContext, type BuiltStory } from '../../scripts/interop/to-story.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const rivers = borderRivers();
export const projectGazetteer = readFileSync(join(ROOT, 'data/gazetteer.yaml'), 'utf8');
const projectTexts = readSourceTexts(ROOT);
const { gazetteer } = compileGazetteer('data/gazetteer.yaml', projectGazetteer, rivers);

export function sample(name: string): string {
  return readFileSync(join(ROOT, 'tests/fixtures/samples', name), 'utf8');
}

export type Options = Partial<Omit<BuildContext, 'places' | 'takenIds'>>;

export function build(format: ImportFormat, text: string, options: Options = {}): BuiltStory {
  return buildStory(readImport(format, text), {
    id: 'imported',
    inputName: 'input',
    today: '2026-11-23',
    places: gazetteer.places,
    takenIds: new Set(gazetteer.places.keys()),
    ...options,
  });
}

/** Everything a person must decide, given, so that only real problems remain. */
export const DECIDED: Options = { name: 'A name', nameKind: 'pseudonym', consent: 'confirmed' };

export function validateBuilt(
  built: BuiltStory,
  id = 'imported',
): CompileResult & { messages: string[] } {
  const places = Object.keys(built.newPlaces).length;
  const result = compile({
    gazetteer: { file: 'data/gazetteer.yaml', text: projectGazetteer },
    extraGazetteers:
      places > 0
        ? [{ file: 'out/gazetteer.yaml', text: addPlaces(undefined, built.newPlaces, 'new') }]
        : [],
    stories: [{ file: `out/stories/${id}.yaml`, text: built.storyYaml }],
    sourceTexts: { ...projectTexts, [`${id}.txt`]: built.sourceText },
    rivers,
  });
  return { ...result, messages: result.diagnostics.map(formatDiagnostic) };
}
