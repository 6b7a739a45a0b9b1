/**
 * Builds a journey's geometry from its steps: where the marker stands at each step, the line of
 * each leg, the halo around each uncertain place, and the camera frame for each step.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import simplify from '@turf/simplify';
import { lineString } from '@turf/helpers';
import { countryShape } from './borders.ts';
import { PRECISION } from '../map/symbology.ts';
import type { Gazetteer } from './gazetteer.ts';
import { distanceKm, haloRing, legLine, nearestOnLine, unwrapLine, unwrapLng } from './geo.ts';
import type {
  BBox,
  HaloProperties,
  LegBasis,
  LegMode,
  LegProperties,
  LngLat,
  Place,
  StepMark,
  StepPointProperties,
} from './types.ts';

/**
 * How the map may draw a place: a point only where the text gives a town or finer; a river,
 * province, state or country is drawn as the area it is; a place not stated, not at all.
 */
export function markFor(place: Place | null): StepMark {
  return place ? PRECISION[place.precision].mark : 'none';
}

export interface RouteStepInput {
  place: Place | null;
  leg?: { mode: LegMode; basis: LegBasis; from?: string };
  heading: string;
}

export interface Segment {
  line: LngLat[];
  mode: LegMode;
  basis: LegBasis;
}

export interface RouteStep {
  anchor: LngLat;
  /** The segments of the leg that led here; empty when the step stays in place. */
  segments: Segment[];
  /** Halo rings, or the river band's lines, around the place. */
  halo: { kind: 'ring'; rings: LngLat[][][] } | { kind: 'band'; lines: LngLat[][] } | null;
  frame: BBox;
}

export interface Route {
  steps: RouteStep[];
  bbox: BBox;
}

/** Which countries a place lies in: one code, or both banks of a border river. */
function countriesOf(place: Place | null): string[] {
  return place ? place.country.split(' ') : [];
}

/**
 * Where a step's legs meet and its frame is centred. It is drawn as a point only when the
 * step's mark is `point` (see markFor): rivers anchor at the point of the river nearest the
 * previous step so that the leg ends at the band; a whole country the previous place was
 * already in keeps the anchor where it was, so no leg is drawn for staying in it.
 */
function anchorFor(
  place: Place | null,
  previous: { anchor: LngLat; place: Place | null } | undefined,
  gazetteer: Gazetteer,
): LngLat {
  if (!place) return previous ? previous.anchor : [0, 0];
  const reference = previous?.anchor[0] ?? place.point[0];
  if (place.precision === 'river') {
    const lines = gazetteer.riverLines.get(place.id) ?? [];
    if (!previous || lines.length === 0)
      return [unwrapLng(place.point[0], reference), place.point[1]];
    const wrapped: LngLat = [((previous.anchor[0] + 540) % 360) - 180, previous.anchor[1]];
    let best: LngLat = place.point;
    let bestKm = Infinity;
    for (const line of lines) {
      const candidate = nearestOnLine(wrapped, line);
      const km = distanceKm(wrapped, candidate);
      if (km < bestKm) {
        best = candidate;
        bestKm = km;
      }
    }
    return [unwrapLng(best[0], reference), best[1]];
  }
  if (
    place.precision === 'country' &&
    previous &&
    countriesOf(previous.place).includes(place.country)
  )
    return previous.anchor;
  return [unwrapLng(place.point[0], reference), place.point[1]];
}

/**
 * A 25 km band does not need the river's every bend, and a wide line over tight bends draws
 * as blotches; a simplified line draws as a clean band.
 */
function smoothBand(line: LngLat[]): LngLat[] {
  return simplify(lineString(line), { tolerance: 0.04, highQuality: true }).geometry
    .coordinates as LngLat[];
}

function shift(line: LngLat[], by: number): LngLat[] {
  return by === 0 ? line : line.map(([lng, lat]) => [lng + by, lat]);
}

function countryRings(alpha2: string, reference: number): LngLat[][][] {
  const shape = countryShape(alpha2) as Feature<Polygon | MultiPolygon> | undefined;
  if (!shape) return [];
  const polygons: Position[][][] =
    shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  // Keep the part of the country nearest the anchor on the anchor's side of the world.
  return polygons.map((polygon) => {
    const first = polygon[0]![0]!;
    const by = unwrapLng(first[0]!, reference) - first[0]!;
    return polygon.map((ring) => shift(ring as LngLat[], Math.round(by / 360) * 360));
  });
}

function extend(box: BBox, [lng, lat]: LngLat): BBox {
  return [
    Math.min(box[0], lng),
    Math.min(box[1], lat),
    Math.max(box[2], lng),
    Math.max(box[3], lat),
  ];
}

const EMPTY: BBox = [Infinity, Infinity, -Infinity, -Infinity];

export function buildRoute(steps: RouteStepInput[], gazetteer: Gazetteer): Route {
  const out: RouteStep[] = [];
  let previous: { anchor: LngLat; place: Place | null } | undefined;
  for (const step of steps) {
    const anchor = anchorFor(step.place, previous, gazetteer);
    const segments: Segment[] = [];
    if (previous && step.leg && distanceKm(previous.anchor, anchor) > 1) {
      const { leg } = step;
      if (leg.from) {
        const start = gazetteer.places.get(leg.from);
        if (start) {
          const startPoint: LngLat = [
            unwrapLng(start.point[0], previous.anchor[0]),
            start.point[1],
          ];
          segments.push({
            line: legLine(previous.anchor, startPoint),
            mode: 'unknown',
            basis: 'not-stated',
          });
          segments.push({ line: legLine(startPoint, anchor), mode: leg.mode, basis: leg.basis });
        }
      }
      if (segments.length === 0)
        segments.push({ line: legLine(previous.anchor, anchor), mode: leg.mode, basis: leg.basis });
    }

    let halo: RouteStep['halo'] = null;
    if (step.place?.precision === 'river') {
      const lines = gazetteer.riverLines.get(step.place.id) ?? [];
      halo = {
        kind: 'band',
        lines: lines.map((l) => unwrapLine(smoothBand(l), anchor[0])),
      };
    } else if (step.place?.precision === 'country') {
      halo = { kind: 'ring', rings: countryRings(step.place.country, anchor[0]) };
    } else if (step.place) {
      halo = { kind: 'ring', rings: [[haloRing(anchor, step.place.uncertaintyKm)]] };
    }

    let frame = extend(EMPTY, anchor);
    for (const segment of segments) for (const p of segment.line) frame = extend(frame, p);
    if (halo?.kind === 'band')
      for (const line of halo.lines) for (const p of line) frame = extend(frame, p);
    if (halo?.kind === 'ring') {
      // A country can be vast; frame the part near the anchor, not all of it.
      const rings = halo.rings.flatMap((polygon) => polygon[0] ?? []);
      for (const p of rings)
        if (step.place?.precision !== 'country' || distanceKm(anchor, p) < 1500)
          frame = extend(frame, p);
    }
    out.push({ anchor, segments, halo, frame: roundBox(frame) });
    previous = { anchor, place: step.place ?? previous?.place ?? null };
  }
  let bbox = EMPTY;
  for (const step of out) {
    bbox = extend(bbox, [step.frame[0], step.frame[1]]);
    bbox = extend(bbox, [step.frame[2], step.frame[3]]);
  }
  return { steps: out, bbox: roundBox(bbox) };
}

function roundBox(box: BBox): BBox {
  return box.map((v) => Math.round(v * 1000) / 1000) as BBox;
}

export function legFeatures(
  story: string,
  route: Route,
  props: { fiction: boolean; color: string },
): Feature<import('geojson').LineString, LegProperties>[] {
  return route.steps.flatMap((step, index) =>
    step.segments.map((segment) => ({
      type: 'Feature' as const,
      properties: { story, step: index, mode: segment.mode, basis: segment.basis, ...props },
      geometry: { type: 'LineString' as const, coordinates: segment.line.map(roundCoord) },
    })),
  );
}

export function haloFeatures(
  story: string,
  route: Route,
  places: (Place | null)[],
  props: { fiction: boolean; color: string },
): {
  rings: Feature<MultiPolygon, HaloProperties>[];
  bands: Feature<import('geojson').MultiLineString, HaloProperties>[];
} {
  const rings: Feature<MultiPolygon, HaloProperties>[] = [];
  const bands: Feature<import('geojson').MultiLineString, HaloProperties>[] = [];
  route.steps.forEach((step, index) => {
    const place = places[index];
    if (!place || !step.halo) return;
    const properties = {
      story,
      step: index,
      place: place.id,
      precision: place.precision,
      ...props,
    };
    if (step.halo.kind === 'ring')
      rings.push({
        type: 'Feature',
        properties,
        geometry: {
          type: 'MultiPolygon',
          coordinates: step.halo.rings.map((p) => p.map((r) => r.map(roundCoord))),
        },
      });
    else
      bands.push({
        type: 'Feature',
        properties,
        geometry: {
          type: 'MultiLineString',
          coordinates: step.halo.lines.map((l) => l.map(roundCoord)),
        },
      });
  });
  return { rings, bands };
}

/** A point for each step whose mark is `point`, and none for any coarser step. */
export function pointFeatures(
  story: string,
  route: Route,
  labels: { en: string; ko?: string }[],
  marks: readonly StepMark[],
  props: { fiction: boolean; color: string },
): Feature<import('geojson').Point, StepPointProperties>[] {
  return route.steps.flatMap((step, index) =>
    marks[index] === 'point' ? [pointFeature(story, step, index, labels, props)] : [],
  );
}

function pointFeature(
  story: string,
  step: RouteStep,
  index: number,
  labels: { en: string; ko?: string }[],
  props: { fiction: boolean; color: string },
): Feature<import('geojson').Point, StepPointProperties> {
  return {
    type: 'Feature',
    properties: {
      story,
      step: index,
      label: labels[index]?.en ?? '',
      label_ko: labels[index]?.ko ?? '',
      ...props,
    },
    geometry: { type: 'Point', coordinates: roundCoord(step.anchor) },
  };
}

/** About 10 m: far finer than any place is shown, and a quarter smaller than 5 decimals. */
function roundCoord(p: LngLat | Position): LngLat {
  return [Math.round(p[0]! * 1e4) / 1e4, Math.round(p[1]! * 1e4) / 1e4];
}
