/**
 * Geometry for routes: coarsening, great circles and anchoring steps to places.
 * Runs at build time, so the app ships finished coordinates and no geometry library.
 */
import greatCircle from '@turf/great-circle';
import circle from '@turf/circle';
import distance from '@turf/distance';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import { lineString, point } from '@turf/helpers';
import type { LngLat, Precision } from './types.ts';

/** Nothing in North Korea or China is shown finer than this (DOMAIN rule 1). */
export const SENSITIVE_GRID = 0.1;
export const SENSITIVE_COUNTRIES = new Set(['KP', 'CN']);

/** The grid each precision is coarsened to, in degrees; `exact` keeps ~1 m. */
export const PRECISION_GRID: Record<Precision, number> = {
  exact: 0.00001,
  city: 0.1,
  province: 0.1,
  state: 0.1,
  country: 0.1,
  river: 0.1,
};

/** How far the true place may be from its point, in km: the radius of its halo. */
export const UNCERTAINTY_KM: Record<Precision, number> = {
  exact: 0.5,
  city: 15,
  province: 150,
  state: 150,
  country: 400,
  river: 12.5,
};

/** Border rivers are drawn at least this wide (DOMAIN "Border crossings"). */
export const RIVER_BAND_KM = 25;

/** Legs longer than this follow a great circle rather than a straight screen line. */
export const GREAT_CIRCLE_KM = 300;

export function roundTo(value: number, grid: number): number {
  const decimals = Math.max(0, Math.round(-Math.log10(grid)));
  return Number((Math.round(value / grid) * grid).toFixed(decimals));
}

export function gridFor(precision: Precision, countries: readonly string[]): number {
  const grid = PRECISION_GRID[precision];
  return countries.some((c) => SENSITIVE_COUNTRIES.has(c)) ? Math.max(grid, SENSITIVE_GRID) : grid;
}

export function coarsen(p: LngLat, precision: Precision, countries: readonly string[]): LngLat {
  const grid = gridFor(precision, countries);
  return [roundTo(p[0], grid), roundTo(p[1], grid)];
}

/** Number of decimal places a coordinate was written with. */
export function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e-')) return Number(text.split('e-')[1]);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** `lng` moved by whole turns to be within 180° of `reference`, so lines never wrap the long way. */
export function unwrapLng(lng: number, reference: number): number {
  let result = lng;
  while (result - reference > 180) result -= 360;
  while (reference - result > 180) result += 360;
  return result;
}

export function unwrapLine(line: LngLat[], reference: number): LngLat[] {
  const out: LngLat[] = [];
  let ref = reference;
  for (const [lng, lat] of line) {
    const unwrapped = unwrapLng(lng, ref);
    out.push([unwrapped, lat]);
    ref = unwrapped;
  }
  return out;
}

export function distanceKm(a: LngLat, b: LngLat): number {
  return distance(point(a), point(b), { units: 'kilometers' });
}

/**
 * The line from a to b: a great circle when long, so that Seoul→USA does not cut straight
 * across a Web Mercator map. Longitudes are continuous from `a`, crossing ±180 if they must.
 */
export function legLine(a: LngLat, b: LngLat): LngLat[] {
  const km = distanceKm(a, b);
  if (km < GREAT_CIRCLE_KM) return [a, [unwrapLng(b[0], a[0]), b[1]]];
  // Near the antipode the great circle is not unique and turf throws: go via a midpoint.
  if (km > NEAR_ANTIPODAL_KM) {
    const first = legLine(a, greatCircleMidpoint(a, b));
    const end = first[first.length - 1]!;
    return [...first, ...unwrapLine(legLine(end, b), end[0]).slice(1)];
  }
  const npoints = Math.min(256, Math.max(16, Math.round(km / 50)));
  const arc = greatCircle(point(a), point(b), { npoints });
  const coordinates =
    arc.geometry.type === 'LineString'
      ? (arc.geometry.coordinates as LngLat[])
      : (arc.geometry.coordinates.flat() as LngLat[]);
  const unwrapped = unwrapLine(coordinates, a[0]);
  // turf splits at the antimeridian and may duplicate the seam; drop repeated points.
  return unwrapped.filter(
    (p, i) => i === 0 || p[0] !== unwrapped[i - 1]![0] || p[1] !== unwrapped[i - 1]![1],
  );
}

const NEAR_ANTIPODAL_KM = 18_000;

/**
 * The point halfway along the great circle from a to b. For antipodal points every great
 * circle qualifies; this one passes closest to the North Pole, so the choice is stable.
 */
export function greatCircleMidpoint(a: LngLat, b: LngLat): LngLat {
  const va = toVector(a);
  const vb = toVector(b);
  let m = [va[0] + vb[0], va[1] + vb[1], va[2] + vb[2]];
  if (Math.hypot(m[0]!, m[1]!, m[2]!) < 1e-9) {
    // Antipodal: head for the pole (or, from a pole, for longitude 0).
    const axis = Math.abs(va[2]) > 0.999 ? [1, 0, 0] : [0, 0, 1];
    const along = axis[0]! * va[0] + axis[1]! * va[1] + axis[2]! * va[2];
    m = [axis[0]! - along * va[0], axis[1]! - along * va[1], axis[2]! - along * va[2]];
  }
  const length = Math.hypot(m[0]!, m[1]!, m[2]!);
  const [x, y, z] = [m[0]! / length, m[1]! / length, m[2]! / length];
  const lat = (Math.asin(Math.max(-1, Math.min(1, z))) * 180) / Math.PI;
  const lng = (Math.atan2(y, x) * 180) / Math.PI;
  return [unwrapLng(lng, a[0]), lat];
}

function toVector([lng, lat]: LngLat): [number, number, number] {
  const phi = (lat * Math.PI) / 180;
  const lambda = (lng * Math.PI) / 180;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

/** The point on a river line closest to p, on the same grid as other sensitive places. */
export function nearestOnLine(p: LngLat, line: LngLat[]): LngLat {
  const snapped = nearestPointOnLine(lineString(line), point(p));
  const [lng, lat] = snapped.geometry.coordinates as LngLat;
  return [roundTo(lng, SENSITIVE_GRID), roundTo(lat, SENSITIVE_GRID)];
}

export function midpointOfLine(line: LngLat[]): LngLat {
  const middle = line[Math.floor(line.length / 2)]!;
  return [roundTo(middle[0], SENSITIVE_GRID), roundTo(middle[1], SENSITIVE_GRID)];
}

export function haloRing(center: LngLat, radiusKm: number): LngLat[] {
  const polygon = circle(point(center), radiusKm, { steps: 48, units: 'kilometers' });
  return unwrapLine(polygon.geometry.coordinates[0] as LngLat[], center[0]);
}

/** Whether p lies inside a polygon given as rings (outer ring first, then holes): ray casting. */
export function pointInPolygon([x, y]: LngLat, rings: readonly (readonly number[][])[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
