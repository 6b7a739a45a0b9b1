import { describe, expect, it } from 'vitest';
import type { BBox } from '../../src/data/types.ts';
import { framePadding, type Insets } from '../../src/map/frame.ts';
import {
  byZoom,
  FRAME_MAX_K,
  MIN_K,
  READER_MAX_K,
  viewBoxOf,
  viewForFrame,
  zoomOf,
  type View,
} from '../../src/map/svg/camera.ts';
import { projectBox } from '../../src/map/svg/projection.ts';

/** Where a frame's corners land on screen, in px. */
function onScreen(frame: BBox, view: View) {
  const [x0, y0, x1, y1] = projectBox(frame);
  return {
    left: x0 * view.k + view.x,
    top: y0 * view.k + view.y,
    right: x1 * view.k + view.x,
    bottom: y1 * view.k + view.y,
  };
}

const EPS = 1e-6;

describe('viewForFrame(frame, width, height, insets)', () => {
  it.each<{ name: string; frame: BBox; width: number; height: number; insets: Insets }>([
    {
      name: 'the Tumen crossing, desktop',
      frame: [128.5, 41.8, 130.5, 43.2],
      width: 845,
      height: 538,
      insets: {},
    },
    {
      name: 'North Korea to Seoul, the key on the left',
      frame: [124, 33, 131, 43],
      width: 845,
      height: 538,
      insets: { left: 255 },
    },
    {
      name: 'a tall frame on a phone',
      frame: [125, 30, 127, 45],
      width: 360,
      height: 640,
      insets: { bottom: 120 },
    },
    {
      name: 'a trans-Pacific journey, past 180°',
      frame: [111.1, 30.9, 288.9, 76.9],
      width: 1200,
      height: 700,
      insets: { right: 200 },
    },
  ])('$name: the frame fits inside the map less its padding and insets', (c) => {
    const view = viewForFrame(c.frame, c.width, c.height, c.insets);
    const pad = framePadding(c.width, c.height, c.insets);
    const box = onScreen(c.frame, view);
    expect(box.left).toBeGreaterThanOrEqual(pad.left - EPS);
    expect(box.top).toBeGreaterThanOrEqual(pad.top - EPS);
    expect(box.right).toBeLessThanOrEqual(c.width - pad.right + EPS);
    expect(box.bottom).toBeLessThanOrEqual(c.height - pad.bottom + EPS);
    // Fitted, not merely inside: one side fills the room, unless the zoom is capped.
    const fills =
      Math.abs(box.right - box.left - (c.width - pad.left - pad.right)) < 1e-3 ||
      Math.abs(box.bottom - box.top - (c.height - pad.top - pad.bottom)) < 1e-3;
    expect(fills || view.k === FRAME_MAX_K).toBe(true);
    // Centred in the room left by the padding.
    expect((box.left + box.right) / 2).toBeCloseTo(pad.left + (c.width - pad.left - pad.right) / 2);
    expect((box.top + box.bottom) / 2).toBeCloseTo(pad.top + (c.height - pad.top - pad.bottom) / 2);
  });

  it('viewForFrame keeps clear of an inset: the key on the left moves the frame right', () => {
    const frame: BBox = [124, 33, 131, 43];
    const plain = onScreen(frame, viewForFrame(frame, 845, 538));
    const keyed = onScreen(frame, viewForFrame(frame, 845, 538, { left: 255 }));
    expect(keyed.left).toBeGreaterThanOrEqual(48 + 255 - EPS);
    expect((keyed.left + keyed.right) / 2).toBeGreaterThan((plain.left + plain.right) / 2);
  });

  it('viewForFrame(one point) zooms no closer than the step frame’s maximum, as MapLibre’s maxZoom 6.5', () => {
    const view = viewForFrame([126.98, 37.57, 126.98, 37.57], 845, 538);
    expect(view.k).toBe(FRAME_MAX_K);
    expect(zoomOf(view)).toBeCloseTo(6.5);
    const box = onScreen([126.98, 37.57, 126.98, 37.57], view);
    expect(box.left).toBeCloseTo(845 / 2);
    expect(box.top).toBeCloseTo(538 / 2);
  });

  it('viewForFrame(a frame wider than the world) zooms out no further than MIN_K, centred', () => {
    const frame: BBox = [-180, -60, 540, 72];
    const view = viewForFrame(frame, 300, 200);
    expect(view.k).toBe(MIN_K);
    const box = onScreen(frame, view);
    expect((box.left + box.right) / 2).toBeCloseTo(150);
  });
});

describe('zoomOf(view)', () => {
  it.each([
    { k: 1, zoom: 0 },
    { k: 2 ** 3.25, zoom: 3.25 },
    { k: MIN_K, zoom: -1 },
    { k: FRAME_MAX_K, zoom: 6.5 },
    { k: READER_MAX_K, zoom: 8 },
  ])('zoomOf({ k: $k }) is MapLibre zoom $zoom', ({ k, zoom }) => {
    expect(zoomOf({ k, x: 0, y: 0 })).toBeCloseTo(zoom, 12);
  });

  it('a reader may zoom in further than a step frames, and out further than the frames', () => {
    expect(READER_MAX_K).toBeGreaterThan(FRAME_MAX_K);
    expect(MIN_K).toBeLessThan(1);
  });
});

describe('viewBoxOf(view, width, height)', () => {
  const parse = (viewBox: string) =>
    viewBox.split(' ').map(Number) as [number, number, number, number];

  it.each<View>([
    { k: 1, x: 0, y: 0 },
    { k: 4, x: -520.5, y: -190.25 },
    { k: FRAME_MAX_K, x: -11_000.123, y: -4_200.9 },
    { k: MIN_K, x: 140, y: 60 },
  ])(
    'viewBoxOf(%o) shows what the view shows: px (0,0) and (w,h) map to the box’s corners',
    (view) => {
      const [width, height] = [845, 538];
      const [minX, minY, w, h] = parse(viewBoxOf(view, width, height));
      // A unit at the box's top-left corner lands on px (0, 0), and at its far corner on (w, h).
      expect(minX * view.k + view.x).toBeCloseTo(0, 1);
      expect(minY * view.k + view.y).toBeCloseTo(0, 1);
      expect((minX + w) * view.k + view.x).toBeCloseTo(width, 0);
      expect((minY + h) * view.k + view.y).toBeCloseTo(height, 0);
      // Same scale both ways: the map is not stretched.
      expect(width / w).toBeCloseTo(height / h, 2);
    },
  );

  it('viewForFrame → viewBoxOf round trip: the frame lies inside the viewBox', () => {
    const frame: BBox = [128.5, 41.8, 130.5, 43.2];
    const [minX, minY, w, h] = parse(viewBoxOf(viewForFrame(frame, 845, 538), 845, 538));
    const [x0, y0, x1, y1] = projectBox(frame);
    expect(x0).toBeGreaterThan(minX);
    expect(y0).toBeGreaterThan(minY);
    expect(x1).toBeLessThan(minX + w);
    expect(y1).toBeLessThan(minY + h);
  });

  it('viewBoxOf rounds to 3 decimals, so a still camera writes the same attribute', () => {
    const viewBox = viewBoxOf({ k: 3, x: -1 / 3, y: -2 / 3 }, 100, 100);
    for (const n of viewBox.split(' ')) expect(n).toMatch(/^-?\d+(\.\d{1,3})?$/);
  });
});

describe('byZoom(zoom, stops)', () => {
  const stops = [
    [1, 10],
    [5, 14],
  ] as const;
  it.each([
    { zoom: -1, expected: 10 },
    { zoom: 1, expected: 10 },
    { zoom: 3, expected: 12 },
    { zoom: 5, expected: 14 },
    { zoom: 9, expected: 14 },
  ])('byZoom($zoom) is $expected: linear between stops, held at the ends', ({ zoom, expected }) => {
    expect(byZoom(zoom, stops)).toBeCloseTo(expected);
  });

  it('byZoom with three stops interpolates within the right pair', () => {
    const three = [
      [0, 0],
      [2, 10],
      [4, 0],
    ] as const;
    expect(byZoom(1, three)).toBeCloseTo(5);
    expect(byZoom(3, three)).toBeCloseTo(5);
  });
});
