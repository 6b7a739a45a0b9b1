/**
 * How each mark of the SVG map looks for the moment shown: the same rules as the MapLibre
 * style's expressions (style/routes.ts, style/places.ts), written as plain functions over the
 * one vocabulary in symbology.ts.
 */
import {
  AREA,
  BASIS,
  COLORS,
  CORRIDOR,
  FICTION,
  LEG_BASES,
  LEG_WIDTHS,
  MODE,
} from '../symbology.ts';
import { svgDash } from '../symbology.ts';
import { stepState } from '../step-state.ts';
import type { MapTarget } from '../renderer.ts';
import type { SceneArea, SceneLeg, ScenePoint } from './scene.ts';
import { byZoom } from './camera.ts';
import { unitsPerKm } from './projection.ts';

export interface LineLook {
  color: string;
  width: number;
  opacity: number;
  dash: string | undefined;
  cap: 'butt' | 'round';
}

interface Keyed {
  story: string;
  step: number;
  fiction: boolean;
  color: string;
}

export const colorOf = (f: Pick<Keyed, 'fiction' | 'color'>) =>
  f.fiction ? FICTION.color : f.color;

const isOpen = (f: Keyed, t: MapTarget) => t.story !== null && f.story === t.story;

/**
 * Whether the explore view's filters keep a journey's marks, as the MapLibre layer filters do
 * (see explore-filter.ts): they apply in the overview only.
 */
export function kept(f: Pick<Keyed, 'story' | 'fiction'>, t: MapTarget): boolean {
  if (t.story !== null) return true;
  if (f.fiction && t.fiction === false) return false;
  return !t.shown || t.shown.includes(f.story);
}

export function legLook(leg: SceneLeg, target: MapTarget): LineLook {
  const symbol = BASIS[leg.basis];
  const { travelled } = stepState(leg, target.story, target.step);
  const overview = target.story === null;
  const open = isOpen(leg, target);
  const base = overview
    ? leg.story === target.highlight
      ? LEG_WIDTHS.highlighted
      : LEG_WIDTHS.overview
    : !open
      ? LEG_WIDTHS.other
      : travelled
        ? LEG_WIDTHS.travelled
        : LEG_WIDTHS.ahead;
  const width = symbol.widthScale * (leg.mode === 'air' ? MODE.air.widthScale : 1) * base;
  const opacity =
    symbol.opacityScale *
    (overview
      ? target.highlight === null || leg.story === target.highlight
        ? 0.9
        : 0.25
      : !open
        ? 0.18
        : travelled
          ? 1
          : 0.45);
  return {
    color: colorOf(leg),
    width,
    opacity,
    dash: svgDash(symbol.dash, width),
    cap: symbol.dash ? 'butt' : 'round',
  };
}

/** Least certain first, so a stated line draws over a faint one where they meet. */
export function drawOrder(legs: SceneLeg[]): SceneLeg[] {
  // As the MapLibre style's layers: fiction's legs over the true stories', each least certain
  // first.
  const rank = (l: SceneLeg) =>
    (l.fiction ? LEG_BASES.length : 0) + LEG_BASES.length - LEG_BASES.indexOf(l.basis);
  return [...legs].sort((a, b) => rank(a) - rank(b));
}

export interface AreaLook {
  shown: boolean;
  current: boolean;
  color: string;
}

/** Halos and bands belong to the open journey only. */
export function areaLook(area: SceneArea, target: MapTarget): AreaLook {
  const { current } = stepState(area, target.story, target.step);
  return { shown: isOpen(area, target), current, color: colorOf(area) };
}

export const HALO = {
  fillOpacity: (current: boolean) =>
    current ? AREA.halo.fillOpacity.current : AREA.halo.fillOpacity.other,
  outline: { width: 1.5, dash: svgDash(AREA.halo.dash, 1.5), opacity: 0.8 },
};

/** A band keeps at least 25 km on the ground (DOMAIN "Border crossings"), and a few px. */
export function bandWidth(area: SceneArea, k: number): number {
  return Math.max(AREA.band.km * unitsPerKm(area.lat), AREA.band.minPx / k);
}

export const bandOpacity = (current: boolean) =>
  current ? AREA.band.opacity.current : AREA.band.opacity.other;

export interface PointLook {
  shown: boolean;
  current: boolean;
  /** In px. */
  radius: number;
  opacity: number;
  color: string;
  /** Its name is written beside it (open journey only). */
  labelled: boolean;
}

export function pointLook(point: ScenePoint, target: MapTarget): PointLook {
  const overview = target.story === null;
  const open = isOpen(point, target);
  const { travelled, current } = stepState(point, target.story, target.step);
  return {
    shown: (overview && kept(point, target)) || open,
    current,
    radius: open && current ? 7 : overview ? 3.5 : 4.5,
    opacity: overview ? 0.8 : travelled ? 1 : 0.55,
    color: colorOf(point),
    labelled: open && point.label !== '',
  };
}

/** Widths in px by zoom, as the style's interpolations. */
export const riverWidth = (zoom: number) =>
  byZoom(zoom, [
    [3, 1.2],
    [7, 2.5],
  ]);
export const corridorWidth = (zoom: number) =>
  byZoom(zoom, [
    [1, CORRIDOR.width[0]],
    [6, CORRIDOR.width[1]],
  ]);
export const countryLabelSize = (zoom: number) =>
  byZoom(zoom, [
    [1, 10],
    [5, 14],
  ]);

/** Zoom levels from which the style shows a layer. */
export const MIN_ZOOM = {
  eastAsiaLand: 3,
  eastAsiaBorders: 4,
  riverLabels: 4.5,
  corridorLabel: 2.5,
};

export { COLORS, CORRIDOR, FICTION, MODE };
