/** Reads an input file in one of the formats `npm run import` knows. */
import { ImportError, type ImportedStory, type ImportFormat } from './model.ts';
import { readStoryCsv } from './story-csv.ts';
import { readStoryMap } from './storymap.ts';
import { readTimeline } from './timeline.ts';

export function readImport(format: ImportFormat, text: string): ImportedStory {
  if (format === 'storymap') {
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new ImportError(`this is not valid JSON: ${(error as Error).message}`);
    }
    return readStoryMap(json);
  }
  if (format === 'timeline') return readTimeline(text);
  return readStoryCsv(text);
}
