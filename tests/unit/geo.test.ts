import { describe, expect, it } from 'vitest';
import {
  coarsen,
  decimalsOf,
  distanceKm,
  greatCircleMidpoint,
  legLine,
  pointInPolygon,
  roundTo,
  unwrapLng,
  unwrapLine,
} from '../../src/data/geo.ts';
import type { LngLat } from '../../src/data/types.ts';

describe('coarsen(point, precision, countries)', () => {
  it.each([
    { args: [[128.18, 41.43], 'city', ['KP']], expected: [128.2, 41.4] },
    { args: [[129.51, 42.89], 'exact', ['CN']], expected: [129.5, 42.9] },
    { args: [[127.04, 37.56], 'city', ['KR']], expected: [127.0, 37.6] },
    { args: [[-71.123456, 42.37], 'exact', ['US']], expected: [-71.12346, 42.37] },
    { args: [[129.55, 42.45], 'river', ['CN', 'KP']], expected: [129.6, 42.5] },
  ] as { args: [LngLat, 'city' | 'exact' | 'river', string[]]; expected: LngLat }[])(
    'coarsen($args) is $expected',
    ({ args, expected }) => {
      const result = coarsen(...args);
      expect(result[0]).toBeCloseTo(expected[0], 9);
      expect(result[1]).toBeCloseTo(expected[1], 9);
    },
  );

  it('coarsen never leaves a point in North Korea or China finer than 0.1°', () => {
    for (const [lng, lat] of [
      [128.123456, 41.987654],
      [125.05, 39.05],
      [116.4049, 39.9042],
    ] as LngLat[]) {
      for (const precision of ['exact', 'city', 'province', 'country'] as const) {
        const [x, y] = coarsen([lng, lat], precision, ['KP']);
        expect(decimalsOf(x)).toBeLessThanOrEqual(1);
        expect(decimalsOf(y)).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('roundTo(value, grid) and decimalsOf(value)', () => {
  it.each([
    { value: 0.16, grid: 0.1, expected: 0.2 },
    { value: -0.14, grid: 0.1, expected: -0.1 },
    { value: 41.43, grid: 0.1, expected: 41.4 },
  ])('roundTo($value, $grid) is $expected', ({ value, grid, expected }) => {
    expect(roundTo(value, grid)).toBe(expected);
  });

  it.each([
    { value: 128.2, expected: 1 },
    { value: 5, expected: 0 },
    { value: -71.12, expected: 2 },
    { value: 1e-7, expected: 7 },
  ])('decimalsOf($value) is $expected', ({ value, expected }) => {
    expect(decimalsOf(value)).toBe(expected);
  });
});

describe('unwrapLng(lng, reference)', () => {
  it.each([
    { lng: -170, reference: 170, expected: 190 },
    { lng: 170, reference: -170, expected: -190 },
    { lng: 10, reference: 0, expected: 10 },
    { lng: -78.9, reference: 127, expected: 281.1 },
    { lng: 540, reference: 0, expected: 180 },
  ])('unwrapLng($lng, $reference) is $expected', ({ lng, reference, expected }) => {
    expect(unwrapLng(lng, reference)).toBeCloseTo(expected, 9);
  });

  it('unwrapLine(line, reference) keeps consecutive longitudes within 180° of each other', () => {
    expect(
      unwrapLine(
        [
          [170, 0],
          [-175, 1],
          [-160, 2],
        ],
        170,
      ),
    ).toEqual([
      [170, 0],
      [185, 1],
      [200, 2],
    ]);
  });
});

describe('legLine(a, b)', () => {
  const seoul: LngLat = [127.0, 37.6];
  const virginia: LngLat = [-78.9, 37.5];

  it('legLine(a, b) is a straight two-point line for a short leg', () => {
    expect(legLine([128.2, 41.4], [129.5, 42.9])).toEqual([
      [128.2, 41.4],
      [129.5, 42.9],
    ]);
  });

  it('legLine(Seoul, Virginia) follows a great circle that bulges north of both ends', () => {
    const line = legLine(seoul, virginia);
    expect(line.length).toBeGreaterThan(16);
    const north = Math.max(...line.map((p) => p[1]));
    expect(north).toBeGreaterThan(60);
    expect(line[0]).toEqual(seoul);
    const end = line[line.length - 1]!;
    // Eastward across the Pacific: the end is Virginia unwrapped past 180°.
    expect(end[0]).toBeCloseTo(281.1, 6);
    expect(end[1]).toBeCloseTo(37.5, 6);
  });

  it('legLine(Seoul, Virginia) has continuous longitudes: no jump across the antimeridian', () => {
    const line = legLine(seoul, virginia);
    for (let i = 1; i < line.length; i++)
      expect(Math.abs(line[i]![0] - line[i - 1]![0])).toBeLessThan(10);
  });

  it('legLine(a, b) handles antipodal points, where the great circle is not unique', () => {
    for (const [a, b] of [
      [
        [0, 0],
        [180, 0],
      ],
      [
        [127, 37.6],
        [-53, -37.6],
      ],
      [
        [0, 90],
        [0, -90],
      ],
    ] as [LngLat, LngLat][]) {
      const line = legLine(a, b);
      expect(line[0]).toEqual(a);
      expect(line.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]))).toBe(true);
      const end = line[line.length - 1]!;
      expect(distanceKm([((end[0] + 540) % 360) - 180, end[1]], b)).toBeLessThan(1);
      for (let i = 1; i < line.length; i++)
        expect(distanceKm(line[i - 1]!, line[i]!)).toBeLessThan(500);
    }
  });
});

describe('greatCircleMidpoint(a, b)', () => {
  it.each([
    { a: [0, 0], b: [90, 0], expected: [45, 0] },
    { a: [0, 0], b: [180, 0], expected: [0, 90] },
    { a: [10, 0], b: [10, 60], expected: [10, 30] },
  ] as { a: LngLat; b: LngLat; expected: LngLat }[])(
    'greatCircleMidpoint($a, $b) is $expected',
    ({ a, b, expected }) => {
      const [lng, lat] = greatCircleMidpoint(a, b);
      expect(lat).toBeCloseTo(expected[1], 6);
      if (Math.abs(lat) < 89.9) expect(lng).toBeCloseTo(expected[0], 6);
    },
  );
});

describe('pointInPolygon(point, rings)', () => {
  const square = [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
    [0, 0],
  ];
  const hole = [
    [4, 4],
    [6, 4],
    [6, 6],
    [4, 6],
    [4, 4],
  ];
  it.each([
    { point: [5, 2], expected: true },
    { point: [5, 5], expected: false },
    { point: [11, 5], expected: false },
    { point: [-1, -1], expected: false },
  ] as { point: LngLat; expected: boolean }[])(
    'pointInPolygon($point, square with a hole) is $expected',
    ({ point, expected }) => {
      expect(pointInPolygon(point, [square, hole])).toBe(expected);
    },
  );
});
