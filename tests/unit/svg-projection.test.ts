import { describe, expect, it } from 'vitest';
import type { LineString, MultiPolygon } from 'geojson';
import { pathData, project, projectBox, unitsPerKm, WORLD } from '../../src/map/svg/projection.ts';

/**
 * MapLibre's own Web Mercator (MercatorCoordinate.fromLngLat), in its 0..1 world, scaled to the
 * SVG plane's 512 units and centred on 0° as the SVG plane is.
 */
function maplibreMercator(lng: number, lat: number): [number, number] {
  const x = (180 + lng) / 360;
  const y = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
  return [(x - 0.5) * WORLD, (y - 0.5) * WORLD];
}

/** Every x, y pair in path data, in order. */
function vertices(d: string): [number, number][] {
  const numbers = (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) out.push([numbers[i]!, numbers[i + 1]!]);
  return out;
}

describe('project(lng, lat)', () => {
  it.each([
    { place: 'Seoul', lng: 126.98, lat: 37.57 },
    { place: 'Hyesan', lng: 128.2, lat: 41.4 },
    { place: 'Brussels', lng: 4.4, lat: 50.9 },
    { place: 'Washington, one turn east', lng: 282.96, lat: 38.9 },
    { place: 'Cape Town', lng: 18.4, lat: -33.9 },
  ])('project($place) agrees with MapLibre’s Web Mercator in a 512-unit world', ({ lng, lat }) => {
    const [x, y] = project(lng, lat);
    const [mx, my] = maplibreMercator(lng, lat);
    expect(x).toBeCloseTo(mx, 6);
    expect(y).toBeCloseTo(my, 6);
  });

  it('project puts the world 512 units wide, y growing southwards', () => {
    expect(project(180, 0)[0] - project(-180, 0)[0]).toBeCloseTo(WORLD);
    expect(project(127, 40)[1]).toBeLessThan(project(127, 35)[1]);
  });

  it('project(lng + 360) is one world further east: longitudes stay continuous past 180°', () => {
    for (const [lng, lat] of [
      [-170, 50],
      [-77, 38.9],
      [10, 0],
    ] as const) {
      const [x, y] = project(lng, lat);
      const [x2, y2] = project(lng + 360, lat);
      expect(x2 - x).toBeCloseTo(WORLD, 9);
      expect(y2).toBeCloseTo(y, 9);
    }
  });

  it('project clamps the poles to MapLibre’s ±85.05°, never Infinity', () => {
    const [, north] = project(0, 90);
    const [, south] = project(0, -90);
    expect(Number.isFinite(north) && Number.isFinite(south)).toBe(true);
    expect(north).toBeCloseTo(project(0, 85.05)[1]);
    expect(south).toBeCloseTo(-north);
  });
});

describe('pathData(geometry)', () => {
  it('pathData(a trans-Pacific line) is one unbroken path, longitudes past 180° kept east', () => {
    const line: LineString = {
      type: 'LineString',
      coordinates: [
        [123.4, 41.8],
        [170, 50],
        [190, 52],
        [281.1, 37.5],
      ],
    };
    const d = pathData(line);
    // One move, no cut at the antimeridian (a spherical projection would start a new subpath).
    expect(d.match(/M/g)).toHaveLength(1);
    const xs = vertices(d).map(([x]) => x);
    expect(xs).toHaveLength(4);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    expect(xs.at(-1)!).toBeCloseTo(project(281.1, 37.5)[0], 1);
    expect(xs.at(-1)!).toBeGreaterThan(WORLD / 2);
  });

  it('pathData keeps each vertex where project puts it, to 2 decimals', () => {
    const coords = [
      [126.0, 40.9],
      [128.1, 42.0],
      [127.0, 37.6],
    ];
    const d = pathData({ type: 'LineString', coordinates: coords });
    vertices(d).forEach(([x, y], i) => {
      const [px, py] = project(coords[i]![0]!, coords[i]![1]!);
      expect(x).toBeCloseTo(px, 2);
      expect(y).toBeCloseTo(py, 2);
    });
  });

  it('pathData(a polygon) draws it whichever way it winds, as MapLibre does', () => {
    const ring = [
      [125, 38],
      [131, 38],
      [131, 43],
      [125, 43],
      [125, 38],
    ];
    const cw: MultiPolygon = { type: 'MultiPolygon', coordinates: [[ring]] };
    const ccw: MultiPolygon = { type: 'MultiPolygon', coordinates: [[[...ring].reverse()]] };
    const [a, b] = [pathData(cw), pathData(ccw)];
    // The same vertices, not a world-covering complement for one winding.
    expect(vertices(a).sort()).toEqual(vertices(b).sort());
    for (const [x] of vertices(a)) expect(x).toBeGreaterThan(project(124, 0)[0]);
  });

  it('pathData(an empty collection) is an empty string, not "null"', () => {
    expect(pathData({ type: 'FeatureCollection', features: [] })).toBe('');
  });
});

describe('projectBox(bbox)', () => {
  it('projectBox([w, s, e, n]) is [x0, y0, x1, y1] with the north-west corner first', () => {
    const [x0, y0, x1, y1] = projectBox([111.1, 30.9, 288.9, 76.9]);
    expect([x0, y0]).toEqual(project(111.1, 76.9));
    expect([x1, y1]).toEqual(project(288.9, 30.9));
    expect(x1).toBeGreaterThan(x0);
    expect(y1).toBeGreaterThan(y0);
  });
});

describe('unitsPerKm(lat)', () => {
  it('unitsPerKm(0) makes the equator 512 units round', () => {
    expect(unitsPerKm(0) * 2 * Math.PI * 6371).toBeCloseTo(WORLD, 6);
  });

  it('unitsPerKm(60) is twice the equator’s: Mercator’s stretch', () => {
    expect(unitsPerKm(60) / unitsPerKm(0)).toBeCloseTo(2, 9);
  });

  it('unitsPerKm agrees with project for 25 km north–south at the Yalu', () => {
    const lat = 40.9;
    const dLat = (25 / 6371) * (180 / Math.PI);
    const dy = project(126, lat - dLat / 2)[1] - project(126, lat + dLat / 2)[1];
    expect(dy).toBeCloseTo(25 * unitsPerKm(lat), 3);
  });
});
