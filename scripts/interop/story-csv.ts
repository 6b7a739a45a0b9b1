/**
 * Our own spreadsheet template (docs/story-template.csv): one row per step, in the story
 * file's own terms, for people who would rather fill in a table than write YAML. The columns
 * are explained in docs/authoring.md.
 */
import { csvRecords, CsvError, parseCsv } from './csv.ts';
import { tidy } from './html-text.ts';
import {
  dateFromValue,
  ImportError,
  numberOf,
  type ImportedEntry,
  type ImportedStory,
} from './model.ts';
import { DATE_BASES, LEG_BASES, LEG_MODES, PRECISIONS, WARNINGS } from '../../src/data/schema.ts';
import type { DateBasis, LegBasis, LegMode, Precision, Warning } from '../../src/data/types.ts';

export const TEMPLATE_COLUMNS = [
  'heading',
  'place',
  'latitude',
  'longitude',
  'precision',
  'country',
  'place basis',
  'said',
  'date',
  'date basis',
  'travel',
  'route basis',
  'corridor',
  'excerpt',
  'context',
  'warnings',
] as const;

function oneOf<T extends string>(
  value: string,
  allowed: readonly T[],
  what: string,
  label: string,
  notes: string[],
): T | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  notes.push(
    `${label}: ${what} "${value}" is not one of ${allowed.join(', ')}; the validator will point at it`,
  );
  // Kept as written, so the story file shows what the sheet said and the validator names it.
  return value as T;
}

export function readStoryCsv(text: string): ImportedStory {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError)
      throw new ImportError(`the CSV cannot be read: line ${error.line}: ${error.message}`);
    throw error;
  }
  const { header, records } = csvRecords(rows);
  if (!header.includes('place') || !header.includes('excerpt'))
    throw new ImportError(
      'this is not the story template: its first row needs the columns of docs/story-template.csv (heading, place, …, excerpt, …)',
    );
  const notes: string[] = [];
  const unknown = header.filter((h) => h && !(TEMPLATE_COLUMNS as readonly string[]).includes(h));
  if (unknown.length > 0)
    notes.push(`columns not in the template are not kept: ${unknown.join(', ')}`);
  const entries: ImportedEntry[] = [];
  for (const { row, values: v } of records) {
    const label = `row ${row}`;
    const excerpts = (v.excerpt ?? '')
      .split(/\r?\n\s*\r?\n/)
      .map((e) => tidy(e))
      .filter((e) => e !== '');
    if (excerpts.length === 0) {
      notes.push(`${label} has no excerpt; skipped (every step quotes the source)`);
      continue;
    }
    const entry: ImportedEntry = { label, headline: tidy(v.heading ?? ''), text: '', excerpts };
    const place = (v.place ?? '').trim();
    const lat = numberOf(v.latitude);
    const lon = numberOf(v.longitude);
    if (
      (v.latitude || v.longitude) &&
      (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    )
      notes.push(
        `${label}: latitude and longitude must both be numbers, such as 41.4 and 128.2; they are not used`,
      );
    const coords =
      lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
    const precision = oneOf<Precision>(v.precision ?? '', PRECISIONS, 'precision', label, notes);
    if (place || coords)
      entry.location = {
        ...(place ? { id: place } : {}),
        ...(coords ? { lat, lon } : {}),
        ...(precision ? { precision } : {}),
        ...(v.country ? { country: v.country.trim().toUpperCase() } : {}),
      };
    const placeBasis = oneOf(
      v['place basis'] ?? '',
      ['stated', 'inferred'] as const,
      'place basis',
      label,
      notes,
    );
    if (placeBasis) entry.placeBasis = placeBasis;

    const said = tidy(v.said ?? '');
    if (v.date) {
      const date = dateFromValue(v.date);
      const basis = oneOf<DateBasis>(v['date basis'] ?? '', DATE_BASES, 'date basis', label, notes);
      if (!date) {
        notes.push(
          `${label}: the date "${v.date}" is not written as 2006, 2006-03, 2006-03-15, 2006-winter, winter or 1990s; kept as words, with the date unknown`,
        );
        entry.said = said ? `${said} (${v.date})` : v.date;
      } else {
        if (!basis)
          notes.push(
            `${label}: the date has no basis; written as estimated, so it is shown as an estimate`,
          );
        entry.date = { ...date, basis: basis ?? 'estimated', said };
      }
    } else if (said) entry.said = said;

    const mode = oneOf<LegMode>(v.travel ?? '', LEG_MODES, 'travel', label, notes);
    const basis = oneOf<LegBasis>(v['route basis'] ?? '', LEG_BASES, 'route basis', label, notes);
    const corridor = (v.corridor ?? '').trim();
    if (mode || basis || corridor)
      entry.leg = {
        mode: mode ?? 'unknown',
        // A corridor is generic, never a person's route: such a leg's way is not stated.
        basis: basis ?? (corridor ? 'not-stated' : 'inferred'),
      };
    const context = tidy(v.context ?? '');
    if (context) entry.context = context;
    const warnings = (v.warnings ?? '')
      .split(/[,;]/)
      .map((w) => w.trim())
      .filter(Boolean)
      .map((w) =>
        oneOf<Warning>(w.toLowerCase().replace(/\s+/g, '-'), WARNINGS, 'warning', label, notes)!,
      );
    if (warnings.length > 0) entry.warnings = warnings;
    entries.push(entry);
  }
  return { format: 'csv', entries, notes };
}
