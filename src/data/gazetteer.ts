/**
 * The gazetteer: checks the shared list of places and turns it into coarsened `Place`s.
 */
import type { Diagnostic } from './diagnostics.ts';
import { coarsen, decimalsOf, midpointOfLine, SENSITIVE_COUNTRIES, UNCERTAINTY_KM } from './geo.ts';
import { sensitiveCountryAt, type BorderRivers } from './borders.ts';
import { gazetteerSchema, type GazetteerFile, type PlaceFile } from './schema.ts';
import { zodDiagnostics } from './zod-messages.ts';
import { YamlSource, type PathSegment } from './yaml-source.ts';
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

export interface GazetteerInput {
  /** Path as it should appear in messages. */
  file: string;
  text: string;
}

export function compileGazetteer(
  file: string,
  text: string,
  rivers: BorderRivers,
): { gazetteer: Gazetteer; diagnostics: Diagnostic[] } {
  return compileGazetteers([{ file, text }], rivers);
}

/**
 * Compiles the shared gazetteer together with any further gazetteer files (such as the places
 * an import adds in its own folder). A place id may be defined only once across them all.
 */
export function compileGazetteers(
  files: readonly GazetteerInput[],
  rivers: BorderRivers,
): { gazetteer: Gazetteer; diagnostics: Diagnostic[] } {
  const gazetteer: Gazetteer = { places: new Map(), riverLines: new Map(), corridors: new Map() };
  const diagnostics: Diagnostic[] = [];
  /** Every place id written in any file, valid or not, and the file it is in. */
  const declared = new Map<string, string>();
  const corridors: { id: string; corridor: CorridorFile; report: Reporter }[] = [];

  for (const { file, text } of files) {
    const source = new YamlSource(file, text);
    const parsedFile = source.parse();
    diagnostics.push(...parsedFile.diagnostics);
    if (parsedFile.value === undefined) continue;
    const parsed = gazetteerSchema.safeParse(parsedFile.value);
    if (!parsed.success) {
      diagnostics.push(...zodDiagnostics(source, parsed.error.issues, parsedFile.value));
      continue;
    }
    const data: GazetteerFile = parsed.data;
    const error: Reporter = (path, rule, message, expected) => {
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
      const other = declared.get(id);
      if (other !== undefined) {
        error(
          ['places', id],
          'reference/place',
          `place "${id}" is already defined in ${other}`,
          'a place id used nowhere else, or use the existing place',
        );
        continue;
      }
      declared.set(id, file);
      const compiled = checkPlace(id, place, rivers, error);
      if (!compiled) continue;
      gazetteer.places.set(id, compiled.place);
      if (compiled.lines) gazetteer.riverLines.set(id, compiled.lines);
    }
    for (const [id, corridor] of Object.entries(data.corridors ?? {}))
      corridors.push({ id, corridor, report: error });
  }

  for (const { id, corridor, report } of corridors) {
    if (gazetteer.corridors.has(id)) {
      report(['corridors', id], 'reference/corridor', `corridor "${id}" is defined twice`);
      continue;
    }
    let ok = true;
    corridor.via.forEach((placeId, i) => {
      if (gazetteer.places.has(placeId)) return;
      ok = false;
      // A place with its own error above is reported there, not again here.
      if (declared.has(placeId)) return;
      report(
        ['corridors', id, 'via', i],
        'reference/place',
        `corridor "${id}" passes through unknown place "${placeId}"${didYouMean(placeId, gazetteer.places.keys())}`,
        'an id from the places above',
      );
    });
    if (corridor.air_from && !corridor.via.includes(corridor.air_from)) {
      ok = false;
      report(
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

type Reporter = (path: PathSegment[], rule: string, message: string, expected?: string) => void;
type CorridorFile = NonNullable<GazetteerFile['corridors']>[string];

/** The privacy rules for one place (DOMAIN rule 1 and "Border crossings"). */
function checkPlace(
  id: string,
  place: PlaceFile,
  rivers: BorderRivers,
  error: Reporter,
): { place: Place; lines?: LngLat[][] } | undefined {
  const path = ['places', id];
  const countries = place.country.split(' ');
  const sensitive = countries.some((c) => SENSITIVE_COUNTRIES.has(c));
  if ((place.kind === 'river') !== (place.precision === 'river')) {
    error(
      [...path, 'precision'],
      'privacy/river',
      `place "${id}": a river must have precision river, and only a river may; a border crossing is drawn as the river, never as a point`,
      'kind: river with precision: river',
    );
    return undefined;
  }
  if (place.kind === 'river') {
    if (!place.river) {
      error(
        path,
        'schema',
        `place "${id}" is a river but does not say which border river it is`,
        'river: yalu, tumen or both',
      );
      return undefined;
    }
    const lines = riverLinesFor(place.river, rivers);
    return {
      lines,
      place: {
        id,
        name: toLocalText(place.name),
        country: place.country,
        kind: place.kind,
        precision: 'river',
        point: midpointOfLine(lines.flat()),
        uncertaintyKm: UNCERTAINTY_KM.river,
      },
    };
  }
  if (!place.coords) {
    error(path, 'schema', `place "${id}" has no coordinates`, 'coords: [longitude, latitude]');
    return undefined;
  }
  const inside = sensitiveCountryAt(place.coords);
  if (inside && !sensitive) {
    error(
      [...path, 'country'],
      'privacy/precision',
      `place "${id}" has coordinates in ${inside === 'KP' ? 'North Korea' : 'China'}, but its country is ${place.country}; the 0.1° rule for North Korea and China depends on the country being right (DOMAIN rule 1)`,
      `country: ${inside}, or coordinates that are really in ${place.country}`,
    );
    return undefined;
  }
  if (place.precision === 'exact' && sensitive) {
    error(
      [...path, 'precision'],
      'privacy/precision',
      `place "${id}" is in North Korea or China and is marked exact; nothing there may be shown finer than 0.1° (DOMAIN rule 1)`,
      'precision city, province, country or river',
    );
    return undefined;
  }
  if (place.precision !== 'exact' && place.coords.some((c) => decimalsOf(c) > 1)) {
    error(
      [...path, 'coords'],
      'privacy/precision',
      `place "${id}" has coordinates finer than its precision (${place.precision} places are shown at 0.1°${sensitive ? ', and nothing in North Korea or China is finer' : ''})`,
      `coordinates rounded to one decimal place, such as [${place.coords.map((c) => c.toFixed(1)).join(', ')}]`,
    );
    return undefined;
  }
  return {
    place: {
      id,
      name: toLocalText(place.name),
      country: place.country,
      kind: place.kind,
      precision: place.precision,
      point: coarsen(place.coords, place.precision, countries),
      uncertaintyKm: UNCERTAINTY_KM[place.precision],
    },
  };
}
