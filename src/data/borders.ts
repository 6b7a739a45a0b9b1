/**
 * Reads Natural Earth (via the world-atlas package) at build time: the country shapes for
 * the basemap and halos, and the North Korea–China border, which *is* the Yalu and the Tumen.
 */
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { LngLat } from './types.ts';
import { pointInPolygon } from './geo.ts';

const require = createRequire(import.meta.url);

export type Resolution = '10m' | '50m' | '110m';

interface CountryProperties {
  name: string;
}

type Countries = Topology<{
  countries: GeometryCollection<CountryProperties>;
  land: GeometryCollection;
}>;

const cache = new Map<Resolution, Countries>();

export function countriesTopology(resolution: Resolution): Countries {
  let topology = cache.get(resolution);
  if (!topology) {
    topology = require(`world-atlas/countries-${resolution}.json`) as Countries;
    cache.set(resolution, topology);
  }
  return topology;
}

/** ISO 3166-1 alpha-2 to the numeric codes world-atlas uses as feature ids. */
export const ISO_NUMERIC: Record<string, string> = {
  BE: '056',
  CN: '156',
  DE: '276',
  JP: '392',
  KH: '116',
  KP: '408',
  KR: '410',
  LA: '418',
  MN: '496',
  RU: '643',
  TH: '764',
  US: '840',
  VN: '704',
};

export function countryShape(
  alpha2: string,
  resolution: Resolution = '110m',
): Feature<Polygon | MultiPolygon, CountryProperties> | undefined {
  const topology = countriesTopology(resolution);
  const id = ISO_NUMERIC[alpha2];
  const geometry = topology.objects.countries.geometries.find((g) => g.id === id);
  if (!geometry) return undefined;
  return feature(topology, geometry) as Feature<Polygon | MultiPolygon, CountryProperties>;
}

/** Mount Paektu: the Yalu flows from its south-west side and the Tumen from its east. */
const PAEKTU: LngLat = [128.08, 41.99];

export interface BorderRivers {
  yalu: LngLat[];
  tumen: LngLat[];
}

/**
 * The China–North Korea border from the 10m data, ordered west to east and cut at Mount
 * Paektu. The short stretch of the Tumen that borders Russia is joined on at its mouth.
 */
export function borderRivers(): BorderRivers {
  const topology = countriesTopology('10m');
  const border = mesh(topology, topology.objects.countries, (a, b) => {
    const ids = new Set([a.id, b.id]);
    return ids.has(ISO_NUMERIC.KP) && (ids.has(ISO_NUMERIC.CN) || ids.has(ISO_NUMERIC.RU));
  }) as MultiLineString;
  const line = joinLines(border.coordinates as LngLat[][]);
  // West to east: the Yalu's mouth at Dandong comes first.
  if (line[0]![0] > line[line.length - 1]![0]) line.reverse();
  let cut = 0;
  let best = Infinity;
  line.forEach(([lng, lat], i) => {
    const d = (lng - PAEKTU[0]) ** 2 + (lat - PAEKTU[1]) ** 2;
    if (d < best) {
      best = d;
      cut = i;
    }
  });
  return { yalu: line.slice(0, cut + 1), tumen: line.slice(cut) };
}

/** Stitches line pieces that share end points into one line. */
function joinLines(pieces: LngLat[][]): LngLat[] {
  const remaining = pieces.map((p) => [...p]);
  let line = remaining.shift() ?? [];
  const same = (a: LngLat, b: LngLat) =>
    Math.abs(a[0] - b[0]) < 1e-6 && Math.abs(a[1] - b[1]) < 1e-6;
  let joined = true;
  while (remaining.length > 0 && joined) {
    joined = false;
    for (let i = 0; i < remaining.length; i++) {
      const piece = remaining[i]!;
      const head = line[0]!;
      const tail = line[line.length - 1]!;
      if (same(tail, piece[0]!)) line = [...line, ...piece.slice(1)];
      else if (same(tail, piece[piece.length - 1]!)) line = [...line, ...piece.reverse().slice(1)];
      else if (same(head, piece[piece.length - 1]!)) line = [...piece, ...line.slice(1)];
      else if (same(head, piece[0]!)) line = [...piece.reverse(), ...line.slice(1)];
      else continue;
      remaining.splice(i, 1);
      joined = true;
      break;
    }
  }
  return line;
}

export function countriesFeatures(
  resolution: Resolution,
): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
  const topology = countriesTopology(resolution);
  return feature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    CountryProperties
  >;
}

let countryIndex:
  { id: string; bbox: [number, number, number, number]; polygons: number[][][][] }[] | undefined;

/** The world-atlas id (ISO 3166-1 numeric) of the country that contains p, if any. */
export function countryIdAt(p: LngLat): string | undefined {
  if (!countryIndex) {
    countryIndex = countriesFeatures('50m').features.flatMap((f) => {
      if (f.id === undefined || !f.geometry) return [];
      const polygons =
        f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const [lng, lat] of polygons.flat(2) as LngLat[]) {
        bbox[0] = Math.min(bbox[0], lng);
        bbox[1] = Math.min(bbox[1], lat);
        bbox[2] = Math.max(bbox[2], lng);
        bbox[3] = Math.max(bbox[3], lat);
      }
      return [{ id: String(f.id), bbox, polygons }];
    });
  }
  const [lng, lat] = p;
  for (const country of countryIndex) {
    const [w, s, e, n] = country.bbox;
    if (lng < w || lng > e || lat < s || lat > n) continue;
    if (country.polygons.some((rings) => pointInPolygon(p, rings))) return country.id;
  }
  return undefined;
}

/** `KP` or `CN` when p lies in North Korea or China, where nothing is finer than 0.1°. */
export function sensitiveCountryAt(p: LngLat): 'KP' | 'CN' | undefined {
  const id = countryIdAt(p);
  if (id === ISO_NUMERIC.KP) return 'KP';
  if (id === ISO_NUMERIC.CN) return 'CN';
  return undefined;
}
