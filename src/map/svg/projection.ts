/**
 * The SVG map's one projection: Mercator, conformal like MapLibre's, in a plane where the world
 * is 512 units wide, as MapLibre's is 512 px at zoom 0. So a camera scale `k` (px per unit) is
 * MapLibre's zoom `log2(k)`, and zoom-dependent styling reads the same numbers as the style.
 *
 * Paths are projected vertex by vertex and joined with straight lines (a planar transform, not
 * d3's spherical clipping), as MapLibre draws them: longitudes stay continuous along a journey
 * that crosses the antimeridian, and a polygon's winding does not matter.
 */
import { geoMercatorRaw, geoPath, geoTransform } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import type { BBox } from '../../data/types.ts';

export const WORLD = 512;
/**
 * Where the basemap is drawn: the world, and again one turn east, since journeys keep their
 * longitudes continuous and one that crosses the Pacific ends past 180°.
 */
export const WORLD_COPIES = [0, WORLD] as const;
const UNITS_PER_RADIAN = WORLD / (2 * Math.PI);
const DEGREE = Math.PI / 180;
const MAX_LAT = 85.05;

export function project(lng: number, lat: number): [number, number] {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const [x, y] = geoMercatorRaw(lng * DEGREE, clamped * DEGREE);
  return [x * UNITS_PER_RADIAN, -y * UNITS_PER_RADIAN];
}

const planar = geoTransform({
  point(lng: number, lat: number) {
    const [x, y] = project(lng, lat);
    this.stream.point(x, y);
  },
});

/** One decimal of a unit is about 1/10 px at zoom 0 and 10 px at zoom 6.6: enough here. */
const path = geoPath(planar).digits(2);

export function pathData(object: GeoPermissibleObjects): string {
  return path(object) ?? '';
}

/** A frame in the plane: [x0, y0, x1, y1], y growing southwards. */
export function projectBox([west, south, east, north]: BBox): [number, number, number, number] {
  const [x0, y0] = project(west, north);
  const [x1, y1] = project(east, south);
  return [x0, y0, x1, y1];
}

/** Units per km on the ground at a latitude: Mercator stretches by 1 / cos(latitude). */
export function unitsPerKm(lat: number): number {
  return UNITS_PER_RADIAN / 6371 / Math.cos(lat * DEGREE);
}
