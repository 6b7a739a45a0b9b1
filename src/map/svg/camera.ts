/**
 * Where the SVG map's camera goes: a zoom transform (px = unit × k + offset) that frames a step
 * as the MapLibre camera does (same padding, same maximum zoom), and the viewBox it amounts to.
 */
import type { BBox } from '../../data/types.ts';
import { framePadding, type Insets } from '../frame.ts';
import { projectBox } from './projection.ts';

export interface View {
  k: number;
  x: number;
  y: number;
}

/** MapLibre's `maxZoom: 6.5` for a step's frame, and the map's `maxZoom: 8` for the reader. */
export const FRAME_MAX_K = 2 ** 6.5;
export const READER_MAX_K = 2 ** 8;
export const MIN_K = 0.5;

export function viewForFrame(
  frame: BBox,
  width: number,
  height: number,
  insets: Insets = {},
): View {
  const pad = framePadding(width, height, insets);
  const [x0, y0, x1, y1] = projectBox(frame);
  const innerW = Math.max(1, width - pad.left - pad.right);
  const innerH = Math.max(1, height - pad.top - pad.bottom);
  const k = Math.max(
    MIN_K,
    Math.min(FRAME_MAX_K, innerW / Math.max(1e-6, x1 - x0), innerH / Math.max(1e-6, y1 - y0)),
  );
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { k, x: pad.left + innerW / 2 - cx * k, y: pad.top + innerH / 2 - cy * k };
}

/** The viewBox that shows what `view` shows in a `width` × `height` px box. */
export function viewBoxOf(view: View, width: number, height: number): string {
  const r = (n: number) => Math.round(n * 1000) / 1000;
  return [-view.x / view.k, -view.y / view.k, width / view.k, height / view.k].map(r).join(' ');
}

/** The MapLibre zoom that shows the world at the same size. */
export function zoomOf(view: View): number {
  return Math.log2(view.k);
}

/** A value interpolated linearly in zoom between stops, held at the ends (as the style's). */
export function byZoom(zoom: number, stops: readonly (readonly [number, number])[]): number {
  const first = stops[0]!;
  const last = stops.at(-1)!;
  if (zoom <= first[0]) return first[1];
  if (zoom >= last[0]) return last[1];
  for (let i = 1; i < stops.length; i++) {
    const [z1, v1] = stops[i]!;
    const [z0, v0] = stops[i - 1]!;
    if (zoom <= z1) return v0 + ((v1 - v0) * (zoom - z0)) / (z1 - z0);
  }
  return last[1];
}
