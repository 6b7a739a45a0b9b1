/**
 * The gazetteer: checks the shared list of places and turns it into coarsened `Place`s.
 */
import type { Diagnostic } from './diagnostics.ts';
import { coarsen, decimalsOf, midpointOfLine, SENSITIVE_COUNTRIES, UNCERTAINTY_KM } from './geo.ts';
import type { BorderRivers } from './borders.ts';
import { gazetteerSchema, type GazetteerFile } from './schema.ts';
import { zodDiagnostics } from './zod-messages.ts';
import { YamlSource } from './yaml-source.ts';
import type { LngLat, LocalText, Place } from './types.ts';
import { didYouMean } from './suggest.ts';
import { toLocalText } from './text.ts';

export interface CompiledCorridor {
  id: string;
  name: LocalText;
  via: string[];
  airFrom?: string;
  source: { title: string; publisher: string; url?: string; note?: string };
}

export interface Gazetteer {
  places: Map<string, Place>;
  /** The line of each river place, for anchoring crossings and drawing bands. */
  riverLines: Map<string, LngLat[][]>;
  corridors: Map<string, CompiledCorridor>;
}

export function riverLinesFor(river: 'yalu' | 'tumen' | 'both', rivers: BorderRivers): LngLat[][] {
  if (river === 'both') return [rivers.yalu, rivers.tumen];
  return [rivers[river]];
}

export function compileGazetteer(
  file: string,
  text: string,
  rivers: BorderRivers,
): { gazetteer: Gazetteer; diagnostics: Diagnostic[] } {
  const source = new YamlSource(file, text);
  const gazetteer: Gazetteer = { places: new Map(), riverLines: new Map(), corridors: new Map() };
  const { value, diagnostics } = source.parse();
  if (value === undefined) return { gazetteer, diagnostics };
  const parsed = gazetteerSchema.safeParse(value);
  if (!parsed.success) {
    diagnostics.push(...zodDiagnostics(source, parsed.error.issues, value));
    return { gazetteer, diagnostics };
  }
  const data: GazetteerFile = parsed.data;
  const error = (path: (string | number)[], rule: string, message: string, expected?: string) => {
    const { line, column } = source.locate(path);
    diagnostics.push({
      file,
      line,
      column,
      severity: 'error',
      rule,
      message,
      ...(expected ? { expected } : {}),
    });
  };

  for (const [id, place] of Object.entries(data.places)) {
    const path = ['places', id];
    const countries = place.country.split(' ');
    const sensitive = countries.some((c) => SENSITIVE_COUNTRIES.has(c));
    if ((place.kind === 'river') !== (place.precision === 'river')) {
      error(
        [...path, 'precision'],
        'privacy/river',
        `place "${id}": a river must have precision river, and only a river may`,
        'kind: river with precision: river',
      );
      continue;
    }
    if (place.kind === 'river') {
      if (!place.river) {
        error(
          path,
          'schema',
          `place "${id}" is a river but does not say which border river it is`,
          'river: yalu, tumen or both',
        );
        continue;
      }
      const lines = riverLinesFor(place.river, rivers);
      gazetteer.riverLines.set(id, lines);
      gazetteer.places.set(id, {
        id,
        name: toLocalText(place.name),
        country: place.country,
        kind: place.kind,
        precision: 'river',
        point: midpointOfLine(lines.flat()),
        uncertaintyKm: UNCERTAINTY_KM.river,
      });
      continue;
    }
    if (!place.coords) {
      error(path, 'schema', `place "${id}" has no coordinates`, 'coords: [longitude, latitude]');
      continue;
    }
    if (place.precision === 'exact' && sensitive) {
      error(
        [...path, 'precision'],
        'privacy/precision',
        `place "${id}" is in North Korea or China and is marked exact; nothing there may be shown finer than 0.1° (DOMAIN rule 1)`,
        'precision city, province, country or river',
      );
      continue;
    }
    if (place.precision !== 'exact' && place.coords.some((c) => decimalsOf(c) > 1)) {
      error(
        [...path, 'coords'],
        'privacy/precision',
        `place "${id}" has coordinates finer than its precision (${place.precision} places are shown at 0.1°)`,
        `coordinates rounded to one decimal place, such as [${place.coords.map((c) => c.toFixed(1)).join(', ')}]`,
      );
      continue;
    }
    gazetteer.places.set(id, {
      id,
      name: toLocalText(place.name),
      country: place.country,
      kind: place.kind,
      precision: place.precision,
      point: coarsen(place.coords, place.precision, countries),
      uncertaintyKm: UNCERTAINTY_KM[place.precision],
    });
  }

  for (const [id, corridor] of Object.entries(data.corridors ?? {})) {
    let ok = true;
    corridor.via.forEach((placeId, i) => {
      if (!gazetteer.places.has(placeId)) {
        ok = false;
        // A place with its own error above is reported there, not again here.
        if (placeId in data.places) return;
        ok = false;
        error(
          ['corridors', id, 'via', i],
          'reference/place',
          `corridor "${id}" passes through unknown place "${placeId}"${didYouMean(placeId, gazetteer.places.keys())}`,
          'an id from the places above',
        );
      }
    });
    if (corridor.air_from && !corridor.via.includes(corridor.air_from)) {
      ok = false;
      error(
        ['corridors', id, 'air_from'],
        'reference/place',
        `corridor "${id}": air_from "${corridor.air_from}" is not one of its via places`,
        'one of the via places',
      );
    }
    if (!ok) continue;
    gazetteer.corridors.set(id, {
      id,
      name: toLocalText(corridor.name),
      via: corridor.via,
      ...(corridor.air_from ? { airFrom: corridor.air_from } : {}),
      source: corridor.source,
    });
  }
  return { gazetteer, diagnostics };
}
