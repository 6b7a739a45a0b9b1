/**
 * What the SVG map draws, built once from the same compiled geometry and basemap the MapLibre
 * style is built from: path data in the projected plane, and the properties each mark is styled
 * by. The steps' places come only from the compiled `halos`, `bands` and `points`, which already
 * hold each place at its precision and no finer: a point only for a town or finer, an area for
 * a river or country, nothing for a place not stated or hidden.
 */
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString } from 'geojson';
import type { HaloProperties, LegProperties, StepPointProperties } from '../../data/types.ts';
import type { MapAssets } from '../assets.ts';
import { corridorMidpoints, legMidpoints } from '../style/labels.ts';
import { CORRIDOR, type Words } from '../symbology.ts';
import { pathData, project, WORLD_COPIES } from './projection.ts';

export interface PlacedLabel {
  x: number;
  y: number;
  words: Words;
}

export interface SceneLeg extends LegProperties {
  d: string;
  mid: [number, number];
}

export interface SceneArea extends HaloProperties {
  d: string;
  /** Latitude of the area's middle, for a band's width on the ground. */
  lat: number;
}

export interface ScenePoint extends StepPointProperties {
  x: number;
  y: number;
}

export interface CountryLabel extends PlacedLabel {
  rank: number;
}

export interface Scene {
  /** False when the basemap files failed: routes and places are drawn on a plain background. */
  basemap: boolean;
  land: { world: string; eastAsia: string };
  borders: { world: string; eastAsia: string };
  rivers: { d: string; label: PlacedLabel }[];
  countries: CountryLabel[];
  corridors: { d: string; label: PlacedLabel }[];
  legs: SceneLeg[];
  halos: SceneArea[];
  bands: SceneArea[];
  points: ScenePoint[];
}

const layer = (collection: FeatureCollection, name: string) =>
  collection.features.filter((f) => f.properties?.layer === name);

function joined(features: Feature[]): string {
  return features.map((f) => pathData(f.geometry as Geometry)).join('');
}

function at([lng, lat]: number[]): { x: number; y: number } {
  const [x, y] = project(lng!, lat!);
  return { x, y };
}

function middleLat(geometry: Geometry): number {
  const coords: number[] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') coords.push(c[1] as number);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  walk('coordinates' in geometry ? geometry.coordinates : []);
  return coords.length ? (Math.min(...coords) + Math.max(...coords)) / 2 : 0;
}

export function buildScene({ world, eastAsia, geometry, basemapError }: MapAssets): Scene {
  const legLabels = legMidpoints(geometry.legs).features;
  const corridorLabels = corridorMidpoints(geometry.corridors).features;
  return {
    basemap: !basemapError,
    land: { world: joined(layer(world, 'land')), eastAsia: joined(layer(eastAsia, 'land')) },
    borders: {
      world: joined(layer(world, 'border')),
      eastAsia: joined(layer(eastAsia, 'border')),
    },
    rivers: layer(eastAsia, 'river').map((f) => {
      const line = (f.geometry as LineString).coordinates;
      return {
        d: pathData(f.geometry as Geometry),
        label: {
          ...at(line[Math.floor(line.length / 2)] ?? [0, 0]),
          words: { en: String(f.properties?.name_en), ko: String(f.properties?.name_ko ?? '') },
        },
      };
    }),
    // Named on every copy of the world the basemap is drawn on, as MapLibre's world copies are:
    // a journey past 180° reaches a country drawn one turn east.
    countries: WORLD_COPIES.flatMap((dx) =>
      layer(world, 'country-label').map((f) => {
        const { x, y } = at((f.geometry as { coordinates: number[] }).coordinates);
        return {
          x: x + dx,
          y,
          words: { en: String(f.properties?.name_en), ko: String(f.properties?.name_ko ?? '') },
          rank: Number(f.properties?.rank ?? 3),
        };
      }),
    ),
    corridors: geometry.corridors.features.map((f, i) => {
      const source = f.properties.source;
      return {
        d: pathData(f.geometry),
        label: {
          ...at(corridorLabels[i]!.geometry.coordinates),
          words: {
            en: `${CORRIDOR.words.en} · ${source}`,
            ko: `${CORRIDOR.words.ko} · ${source}`,
          },
        },
      };
    }),
    legs: geometry.legs.features.map((f, i) => {
      const mid = at(legLabels[i]!.geometry.coordinates);
      return { ...f.properties, d: pathData(f.geometry), mid: [mid.x, mid.y] };
    }),
    halos: geometry.halos.features.map((f) => ({
      ...f.properties,
      d: pathData(f.geometry),
      lat: middleLat(f.geometry),
    })),
    bands: geometry.bands.features.map((f) => ({
      ...f.properties,
      d: pathData(f.geometry as MultiLineString),
      lat: middleLat(f.geometry),
    })),
    points: geometry.points.features.map((f) => ({
      ...f.properties,
      ...at(f.geometry.coordinates),
    })),
  };
}
