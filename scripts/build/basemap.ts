/**
 * Prepares the offline basemap from Natural Earth (world-atlas) at build time: the world at
 * 1:50m, and 1:10m detail for the North Korea–China border region, where the Yalu and Tumen
 * rivers *are* the border line.
 */
import { createRequire } from 'node:module';
import bboxClip from '@turf/bbox-clip';
import { feature, mesh } from 'topojson-client';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { borderRivers, countriesTopology, ISO_NUMERIC } from '../../src/data/borders.ts';

const require = createRequire(import.meta.url);

/** The detailed region: both border rivers, with room around them. */
export const EAST_ASIA_BBOX: [number, number, number, number] = [117, 33, 136, 47];

/** Country labels, in English and Korean, at a point inside each country. */
export const COUNTRY_LABELS: {
  iso: string;
  en: string;
  ko: string;
  at: [number, number];
  rank: number;
}[] = [
  { iso: 'KP', en: 'North Korea', ko: '북한', at: [127.0, 40.2], rank: 1 },
  { iso: 'KR', en: 'South Korea', ko: '한국', at: [127.9, 36.4], rank: 1 },
  { iso: 'CN', en: 'China', ko: '중국', at: [104.0, 35.9], rank: 1 },
  { iso: 'RU', en: 'Russia', ko: '러시아', at: [97.0, 62.0], rank: 2 },
  { iso: 'JP', en: 'Japan', ko: '일본', at: [138.5, 36.5], rank: 2 },
  { iso: 'MN', en: 'Mongolia', ko: '몽골', at: [103.0, 46.8], rank: 2 },
  { iso: 'LA', en: 'Laos', ko: '라오스', at: [102.5, 19.5], rank: 2 },
  { iso: 'TH', en: 'Thailand', ko: '태국', at: [101.0, 15.5], rank: 2 },
  { iso: 'VN', en: 'Vietnam', ko: '베트남', at: [105.8, 21.0], rank: 3 },
  { iso: 'KH', en: 'Cambodia', ko: '캄보디아', at: [104.9, 12.7], rank: 3 },
  { iso: 'US', en: 'United States', ko: '미국', at: [-98.6, 39.8], rank: 1 },
  { iso: 'CA', en: 'Canada', ko: '캐나다', at: [-106.0, 57.0], rank: 3 },
  { iso: 'BE', en: 'Belgium', ko: '벨기에', at: [4.6, 50.6], rank: 2 },
  { iso: 'DE', en: 'Germany', ko: '독일', at: [10.4, 51.1], rank: 2 },
  { iso: 'FR', en: 'France', ko: '프랑스', at: [2.4, 46.6], rank: 3 },
];

export const RIVER_NAMES = {
  yalu: { en: 'Yalu River', ko: '압록강' },
  tumen: { en: 'Tumen River', ko: '두만강' },
};

function roundCoords(geometry: Geometry, decimals: number): Geometry {
  const f = 10 ** decimals;
  const r = (p: Position): Position => [Math.round(p[0]! * f) / f, Math.round(p[1]! * f) / f];
  const dedupe = (line: Position[]) =>
    line.map(r).filter((p, i, a) => i === 0 || p[0] !== a[i - 1]![0] || p[1] !== a[i - 1]![1]);
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: r(geometry.coordinates) };
    case 'LineString':
      return { ...geometry, coordinates: dedupe(geometry.coordinates) };
    case 'MultiLineString':
      return {
        ...geometry,
        coordinates: geometry.coordinates.map(dedupe).filter((l) => l.length > 1),
      };
    case 'Polygon':
      return {
        ...geometry,
        coordinates: geometry.coordinates.map(dedupe).filter((l) => l.length > 3),
      };
    case 'MultiPolygon':
      return {
        ...geometry,
        coordinates: geometry.coordinates
          .map((p) => p.map(dedupe).filter((l) => l.length > 3))
          .filter((p) => p.length > 0),
      };
    default:
      return geometry;
  }
}

/**
 * Natural Earth rings that cross the antimeridian jump from 180° to -180° in one edge, which a
 * web map fills as a strip right around the world. Such polygons are unwrapped and cut into
 * the parts on each side; lines are split at the jump. Antarctica is left out: no journey goes
 * there, and its ring runs around the pole.
 */
function fixAntimeridian(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out: Position[][][] = [];
  for (const polygon of polygons) {
    const outer = polygon[0]!;
    if (outer.every((p) => p[1]! < -60)) continue;
    const jumps = outer.some((p, i) => i > 0 && Math.abs(p[0]! - outer[i - 1]![0]!) > 180);
    if (!jumps) {
      out.push(polygon);
      continue;
    }
    const unwrapped = polygon.map((ring) => {
      let previous = ring[0]![0]!;
      return ring.map(([lng, lat]) => {
        let x = lng!;
        while (x - previous > 180) x -= 360;
        while (previous - x > 180) x += 360;
        previous = x;
        return [x, lat!];
      });
    });
    const piece: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: unwrapped },
    };
    for (const [west, shift] of [
      [-180, 0],
      [180, -360],
      [-540, 360],
    ] as const) {
      const clipped = bboxClip(piece, [west, -90, west + 360, 90]).geometry as
        Polygon | MultiPolygon;
      const parts: Position[][][] =
        clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
      for (const part of parts)
        if (part.length > 0 && part[0]!.length > 3)
          out.push(part.map((ring) => ring.map(([lng, lat]) => [lng! + shift, lat!])));
    }
  }
  if (out.length === 0) return null;
  return { type: 'MultiPolygon', coordinates: out };
}

function splitAtAntimeridian(geometry: MultiLineString): MultiLineString {
  const lines: Position[][] = [];
  for (const line of geometry.coordinates) {
    let current: Position[] = [];
    for (const p of line) {
      const last = current.at(-1);
      if (last && Math.abs(p[0]! - last[0]!) > 180) {
        if (current.length > 1) lines.push(current);
        current = [];
      }
      current.push(p);
    }
    if (current.length > 1) lines.push(current);
  }
  return { type: 'MultiLineString', coordinates: lines };
}

function layerFeature<G extends Geometry>(
  layer: string,
  geometry: G,
  extra: Record<string, unknown> = {},
): Feature<G> {
  return { type: 'Feature', properties: { layer, ...extra }, geometry };
}

type Land = Topology<{ land: GeometryCollection }>;

function land(resolution: '10m' | '50m' | '110m'): Feature<MultiPolygon | Polygon>[] {
  const topology = require(`world-atlas/land-${resolution}.json`) as Land;
  const collection = feature(topology, topology.objects.land) as unknown as FeatureCollection<
    MultiPolygon | Polygon
  >;
  return collection.features;
}

function borders(resolution: '10m' | '50m', skipRivers: boolean): MultiLineString {
  const topology = countriesTopology(resolution);
  const kp = ISO_NUMERIC.KP;
  const cn = ISO_NUMERIC.CN;
  return mesh(topology, topology.objects.countries, (a, b) => {
    if (a === b) return false;
    if (skipRivers) {
      const ids = new Set([a.id, b.id]);
      if (ids.has(kp) && (ids.has(cn) || ids.has(ISO_NUMERIC.RU))) return false;
    }
    return true;
  }) as MultiLineString;
}

export function buildWorld(): FeatureCollection {
  const features: Feature[] = [];
  for (const f of land('50m')) {
    const fixed = fixAntimeridian(f.geometry);
    if (fixed) features.push(layerFeature('land', roundCoords(fixed, 2)));
  }
  features.push(layerFeature('border', roundCoords(splitAtAntimeridian(borders('50m', false)), 2)));
  for (const label of COUNTRY_LABELS)
    features.push(
      layerFeature(
        'country-label',
        { type: 'Point', coordinates: label.at },
        {
          iso: label.iso,
          name_en: label.en,
          name_ko: label.ko,
          rank: label.rank,
        },
      ),
    );
  return { type: 'FeatureCollection', features };
}

/**
 * The embed poster's simple basemap: the world's land at 1:110m, a tenth of a degree, cut at
 * the antimeridian as the world is. Small enough to come with the poster (src/embed/poster.ts).
 */
export function buildPosterLand(): FeatureCollection {
  const features: Feature[] = [];
  for (const f of land('110m')) {
    const fixed = fixAntimeridian(f.geometry);
    if (fixed) features.push(layerFeature('land', roundCoords(fixed, 1)));
  }
  return { type: 'FeatureCollection', features };
}

export function buildEastAsia(): FeatureCollection {
  const features: Feature[] = [];
  for (const f of land('10m')) {
    const clipped = bboxClip(f, EAST_ASIA_BBOX);
    if (clipped.geometry.coordinates.length > 0)
      features.push(layerFeature('land', roundCoords(clipped.geometry, 3)));
  }
  const clippedBorders = bboxClip(
    { type: 'Feature', properties: {}, geometry: borders('10m', true) },
    EAST_ASIA_BBOX,
  );
  features.push(layerFeature('border', roundCoords(clippedBorders.geometry, 3)));
  const rivers = borderRivers();
  for (const key of ['yalu', 'tumen'] as const)
    features.push(
      layerFeature('river', roundCoords({ type: 'LineString', coordinates: rivers[key] }, 3), {
        river: key,
        name_en: RIVER_NAMES[key].en,
        name_ko: RIVER_NAMES[key].ko,
      }),
    );
  return { type: 'FeatureCollection', features };
}

/** Every character a basemap label can draw, so that only the font files needed are bundled. */
export function basemapLabelText(): string {
  return [
    ...COUNTRY_LABELS.flatMap((l) => [l.en, l.ko]),
    ...Object.values(RIVER_NAMES).flatMap((n) => [n.en, n.ko]),
  ].join('');
}
