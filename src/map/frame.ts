/**
 * How far the camera keeps a step's frame from the map's edges. Shared by the app's map and the
 * bench's bare page, so both make the same camera move.
 */
import type { CameraOptions, LngLatBoundsLike, Map } from 'maplibre-gl';
import type { BBox, JourneyIndex } from '../data/types.ts';

/** Room taken by panels drawn over the map (the key), in CSS px from each edge. */
export interface Insets {
  top?: number;
  right?: number;
  bottom?: number;
  left?: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const MARGIN = 48;

/**
 * A margin that shrinks on small maps, plus the room panels take; panels are left out when
 * keeping clear of them would squeeze the route into less than half the map.
 */
export function framePadding(width: number, height: number, inset: Insets = {}): Padding {
  const pad = Math.max(0, Math.min(MARGIN, width / 8, height / 8));
  const padding = {
    top: pad + (inset.top ?? 0),
    right: pad + (inset.right ?? 0),
    bottom: pad + (inset.bottom ?? 0),
    left: pad + (inset.left ?? 0),
  };
  const roomy =
    padding.left + padding.right <= width / 2 && padding.top + padding.bottom <= height / 2;
  return roomy ? padding : { top: pad, right: pad, bottom: pad, left: pad };
}

/** Where the camera goes to show `frame` on `map`, keeping clear of `inset`. */
export function cameraForFrame(map: Map, frame: BBox, inset: Insets = {}): CameraOptions {
  const container = map.getContainer();
  const padding = framePadding(container.clientWidth, container.clientHeight, inset);
  const bounds: LngLatBoundsLike = [
    [frame[0], frame[1]],
    [frame[2], frame[3]],
  ];
  // A frame wider than the viewport at the lowest zoom cannot be fitted; centre it instead.
  return (
    map.cameraForBounds(bounds, { padding, maxZoom: 6.5 }) ?? {
      center: [(frame[0] + frame[2]) / 2, (frame[1] + frame[3]) / 2],
      zoom: map.getMinZoom(),
    }
  );
}

/** Every journey at once, centred on where they begin; both renderers open the overview here. */
export function overviewBounds(index: JourneyIndex): BBox {
  let box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const story of index.stories)
    box = [
      Math.min(box[0], story.bbox[0]),
      Math.min(box[1], story.bbox[1]),
      Math.max(box[2], story.bbox[2]),
      Math.max(box[3], story.bbox[3]),
    ];
  if (!Number.isFinite(box[0])) box = [100, 20, 150, 50];
  return [box[0], Math.max(box[1], -60), box[2], Math.min(box[3], 72)];
}
