/**
 * One map vocabulary: the SVG map's look for each basis, mode, place and moment must be the
 * MapLibre style's. The style's own expressions (style/routes.ts, style/places.ts) are evaluated
 * here with MapLibre's expression engine, the one maplibre-gl runs, and compared with marks.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  createPropertyExpression,
  featureFilter,
  latest,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import type { LegBasis, LegMode, Precision } from '../../src/data/types.ts';
import type { MapTarget } from '../../src/map/renderer.ts';
import { stepState } from '../../src/map/step-state.ts';
import { areaLayers, pointLayers } from '../../src/map/style/places.ts';
import { basemapLayers, riverLayers } from '../../src/map/style/basemap.ts';
import { labelLayers } from '../../src/map/style/labels.ts';
import { corridorLayers, legLayerId, legLayers } from '../../src/map/style/routes.ts';
import {
  AREA,
  BASIS,
  COLORS,
  CORRIDOR,
  FICTION,
  LEG_BASES,
  LEG_MODES,
  svgDash,
} from '../../src/map/symbology.ts';
import {
  areaLook,
  bandOpacity,
  bandWidth,
  colorOf,
  corridorWidth,
  countryLabelSize,
  MIN_ZOOM,
  riverWidth,
  drawOrder,
  HALO,
  legLook,
  pointLook,
} from '../../src/map/svg/marks.ts';
import { unitsPerKm } from '../../src/map/svg/projection.ts';
import type { SceneArea, SceneLeg, ScenePoint } from '../../src/map/svg/scene.ts';

type Props = Record<string, unknown>;

interface Moment {
  target: MapTarget;
  zoom?: number;
}

const globalsOf = (t: MapTarget) => ({
  story: t.story ?? '',
  step: t.step,
  highlight: t.highlight ?? '',
  lang: 'en',
});

function specOf(layer: LayerSpecification, kind: 'paint' | 'layout', name: string) {
  const table = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    `${kind}_${layer.type}`
  ];
  const spec = table?.[name];
  if (!spec) throw new Error(`no spec for ${kind}.${name} of a ${layer.type} layer`);
  return spec;
}

/** What MapLibre draws for `name` of `layer` on a feature at a moment, its step state included. */
function styleValue(
  layer: LayerSpecification,
  kind: 'paint' | 'layout',
  name: string,
  properties: Props,
  { target, zoom = 4 }: Moment,
): unknown {
  const spec = specOf(layer, kind, name);
  const block = (layer as unknown as Record<string, Record<string, unknown> | undefined>)[kind];
  const value = block?.[name] ?? spec.default;
  const parsed = createPropertyExpression(
    value,
    `layers.${layer.id}.${kind}.${name}`,
    spec,
    globalsOf(target),
  );
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const state = stepState(properties as { story: string; step: number }, target.story, target.step);
  return parsed.value.evaluate({ zoom }, { type: 2, properties }, { ...state });
}

function styleShows(layer: LayerSpecification, properties: Props, target: MapTarget): boolean {
  if (!('filter' in layer) || !layer.filter) return true;
  return featureFilter(layer.filter, `layers.${layer.id}.filter`, globalsOf(target)).filter(
    { zoom: 4 },
    { type: 2, properties },
  );
}

/** A colour value from the engine back to hex, to compare with symbology's. */
function hex(color: unknown): string {
  const c = color as { r: number; g: number; b: number };
  const to = (n: number) =>
    Math.round(n * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${to(c.r)}${to(c.g)}${to(c.b)}`.toLowerCase();
}

/** The moments a journey's mark can be seen in: overview, highlighted or not, open or not. */
const MOMENTS: { name: string; target: MapTarget }[] = [
  { name: 'overview', target: { story: null, step: 0, highlight: null } },
  { name: 'overview, this journey pointed at', target: { story: null, step: 0, highlight: 'a' } },
  { name: 'overview, another pointed at', target: { story: null, step: 0, highlight: 'b' } },
  { name: 'open, step travelled', target: { story: 'a', step: 3, highlight: null } },
  { name: 'open, step current', target: { story: 'a', step: 2, highlight: null } },
  { name: 'open, step ahead', target: { story: 'a', step: 1, highlight: null } },
  { name: 'another journey open', target: { story: 'b', step: 2, highlight: null } },
];

const legLayer = (basis: LegBasis, fiction: boolean) =>
  legLayers().find((l) => l.id === legLayerId(basis, fiction))!;

function leg(basis: LegBasis, mode: LegMode, fiction: boolean): SceneLeg {
  return {
    story: 'a',
    step: 2,
    basis,
    mode,
    fiction,
    color: '#0072B2',
    d: 'M0,0L1,1',
    mid: [0, 0],
  };
}

const LEG_CASES = LEG_BASES.flatMap((basis) =>
  LEG_MODES.flatMap((mode) => [false, true].map((fiction) => ({ basis, mode, fiction }))),
);

describe('legLook(leg, target) draws each basis and mode as the MapLibre style does', () => {
  describe.each(MOMENTS)('$name', ({ target }) => {
    it.each(LEG_CASES)('$basis by $mode, fiction $fiction', ({ basis, mode, fiction }) => {
      const l = leg(basis, mode, fiction);
      const look = legLook(l, target);
      const layer = legLayer(basis, fiction);
      const props = { ...l } as Props;
      const moment = { target };
      expect(styleShows(layer, props, target)).toBe(true);
      expect(look.color.toLowerCase()).toBe(
        hex(styleValue(layer, 'paint', 'line-color', props, moment)),
      );
      expect(look.width).toBeCloseTo(
        styleValue(layer, 'paint', 'line-width', props, moment) as number,
        9,
      );
      expect(look.opacity).toBeCloseTo(
        styleValue(layer, 'paint', 'line-opacity', props, moment) as number,
        9,
      );
      expect(look.cap).toBe(styleValue(layer, 'layout', 'line-cap', props, moment));
      // MapLibre's dash is in line widths; SVG's stroke-dasharray in px.
      const paint = layer.paint as { 'line-dasharray'?: number[] };
      expect(look.dash).toBe(
        paint['line-dasharray']
          ? paint['line-dasharray'].map((d) => d * look.width).join(' ')
          : undefined,
      );
    });
  });

  it('a leg’s basis alone sets its dash: every basis looks different, every mode of it alike', () => {
    const target: MapTarget = { story: 'a', step: 3, highlight: null };
    const dashOf = (basis: LegBasis, mode: LegMode) => {
      const look = legLook(leg(basis, mode, false), target);
      return (
        look.dash
          ?.split(' ')
          .map((n) => Number(n) / look.width)
          .join(' ') ?? 'solid'
      );
    };
    const byBasis = LEG_BASES.map((b) => dashOf(b, 'foot'));
    expect(new Set(byBasis).size).toBe(LEG_BASES.length);
    for (const basis of LEG_BASES)
      for (const mode of LEG_MODES) expect(dashOf(basis, mode)).toBe(dashOf(basis, 'foot'));
    expect(dashOf('stated', 'foot')).toBe('solid');
  });

  it('a fiction leg is drawn in fiction’s colour, never the journey’s', () => {
    for (const basis of LEG_BASES) {
      expect(legLook(leg(basis, 'bus', true), MOMENTS[3]!.target).color).toBe(FICTION.color);
      expect(legLook(leg(basis, 'bus', false), MOMENTS[3]!.target).color).toBe('#0072B2');
    }
  });

  it('the open journey’s travelled legs draw bolder than the legs ahead, and other journeys fainter', () => {
    const [travelled, ahead, other] = [3, 5, 6].map((i) =>
      legLook(leg('stated', 'foot', false), MOMENTS[i]!.target),
    );
    expect(travelled!.width).toBeGreaterThan(ahead!.width);
    expect(travelled!.opacity).toBeGreaterThan(ahead!.opacity);
    expect(ahead!.opacity).toBeGreaterThan(other!.opacity);
  });
});

describe('drawOrder(legs)', () => {
  it('drawOrder stacks the legs as the style’s leg layers do: least certain first, fiction above', () => {
    const legs = [true, false].flatMap((fiction) => LEG_BASES.map((b) => leg(b, 'foot', fiction)));
    const order = drawOrder(legs);
    expect(order.map((l) => legLayerId(l.basis, l.fiction))).toEqual(legLayers().map((l) => l.id));
    expect(order.at(-1)).toMatchObject({ basis: 'stated', fiction: true });
  });

  it('drawOrder keeps a journey’s legs of one basis in route order', () => {
    const legs = [0, 1, 2].map((step) => ({ ...leg('inferred', 'foot', false), step }));
    expect(
      drawOrder([legs[0]!, leg('stated', 'car', false), legs[1]!, legs[2]!]).map((l) => l.step),
    ).toEqual([0, 1, 2, 2]);
  });
});

const area = (precision: Precision, fiction: boolean, lat = 41): SceneArea => ({
  story: 'a',
  step: 2,
  place: 'somewhere',
  precision,
  fiction,
  color: '#D55E00',
  d: 'M0,0Z',
  lat,
});

const layerOf = (layers: LayerSpecification[], id: string) => layers.find((l) => l.id === id)!;

describe('areaLook(area, target), HALO and bands draw places as the MapLibre style does', () => {
  const halos = layerOf(areaLayers(), 'halos');
  const outline = layerOf(areaLayers(), 'halos-outline');
  const bands = layerOf(areaLayers(), 'river-bands');

  describe.each(MOMENTS)('$name', ({ target }) => {
    it.each([false, true])('a country halo, fiction %s', (fiction) => {
      const a = area('country', fiction);
      const look = areaLook(a, target);
      const props = { ...a } as Props;
      const moment = { target };
      expect(look.shown).toBe(styleShows(halos, props, target));
      expect(look.shown).toBe(styleShows(outline, props, target));
      expect(look.color.toLowerCase()).toBe(
        hex(styleValue(halos, 'paint', 'fill-color', props, moment)),
      );
      expect(HALO.fillOpacity(look.current)).toBe(
        styleValue(halos, 'paint', 'fill-opacity', props, moment),
      );
      expect(look.current ? HALO.outline.opacity : 0).toBe(
        styleValue(outline, 'paint', 'line-opacity', props, moment),
      );
      expect(HALO.outline.width).toBe(styleValue(outline, 'paint', 'line-width', props, moment));
      const dash = (outline.paint as { 'line-dasharray': number[] })['line-dasharray'];
      expect(HALO.outline.dash).toBe(dash.map((d) => d * HALO.outline.width).join(' '));
    });

    it.each([false, true])('a river band, fiction %s', (fiction) => {
      const a = area('river', fiction);
      const look = areaLook(a, target);
      const props = { ...a } as Props;
      const moment = { target };
      expect(look.shown).toBe(styleShows(bands, props, target));
      expect(look.color.toLowerCase()).toBe(
        hex(styleValue(bands, 'paint', 'line-color', props, moment)),
      );
      expect(bandOpacity(look.current)).toBe(
        styleValue(bands, 'paint', 'line-opacity', props, moment),
      );
    });
  });

  it('halos and bands belong to the open journey only: none in the overview', () => {
    expect(areaLook(area('country', false), MOMENTS[0]!.target).shown).toBe(false);
    expect(areaLook(area('river', false), MOMENTS[6]!.target).shown).toBe(false);
    expect(areaLook(area('river', false), MOMENTS[3]!.target).shown).toBe(true);
  });

  it('a fiction place is in fiction’s colour', () => {
    expect(areaLook(area('province', true), MOMENTS[4]!.target).color).toBe(FICTION.color);
  });
});

describe('bandWidth(area, k): a crossing is never a point', () => {
  it.each([
    { zoom: 2, lat: 40.9 },
    { zoom: 5, lat: 40.9 },
    { zoom: 8, lat: 42.4 },
    { zoom: 8, lat: 60 },
  ])('at zoom $zoom, latitude $lat: at least 25 km on the ground and 6 px', ({ zoom, lat }) => {
    const k = 2 ** zoom;
    const width = bandWidth(area('river', false, lat), k);
    expect(width).toBeGreaterThanOrEqual(AREA.band.km * unitsPerKm(lat) - 1e-12);
    expect(width * k).toBeGreaterThanOrEqual(AREA.band.minPx - 1e-9);
    // And no wider than it needs to be.
    expect(
      Math.min(width / unitsPerKm(lat) - AREA.band.km, width * k - AREA.band.minPx),
    ).toBeCloseTo(0, 6);
  });
});

const point = (fiction: boolean, label = 'Hyesan'): ScenePoint => ({
  story: 'a',
  step: 2,
  label,
  label_ko: '혜산',
  fiction,
  color: '#009E73',
  x: 0,
  y: 0,
});

describe('pointLook(point, target) draws a step’s point as the MapLibre style does', () => {
  const layer = layerOf(pointLayers(), 'step-points');
  describe.each(MOMENTS)('$name', ({ target }) => {
    it.each([false, true])('fiction %s', (fiction) => {
      const p = point(fiction);
      const look = pointLook(p, target);
      const props = { ...p } as Props;
      const moment = { target };
      expect(look.shown).toBe(styleShows(layer, props, target));
      if (!look.shown) return;
      expect(look.color.toLowerCase()).toBe(
        hex(styleValue(layer, 'paint', 'circle-color', props, moment)),
      );
      expect(look.radius).toBe(styleValue(layer, 'paint', 'circle-radius', props, moment));
      expect(look.opacity).toBe(styleValue(layer, 'paint', 'circle-opacity', props, moment));
    });
  });

  it('pointLook labels a point only on the open journey, and only when it has a name', () => {
    expect(pointLook(point(false), MOMENTS[4]!.target).labelled).toBe(true);
    expect(pointLook(point(false), MOMENTS[0]!.target).labelled).toBe(false);
    expect(pointLook(point(false, ''), MOMENTS[4]!.target).labelled).toBe(false);
  });
});

describe('the typical route and colours', () => {
  const layer = layerOf(corridorLayers(), 'corridor');
  it.each([0, 1, 2.5, 4, 6, 9])('corridorWidth(%s) is the corridor layer’s width', (zoom) => {
    const moment = { target: MOMENTS[0]!.target, zoom };
    expect(corridorWidth(zoom)).toBeCloseTo(
      styleValue(layer, 'paint', 'line-width', {}, moment) as number,
      9,
    );
  });

  it('the corridor is in no person’s colour', () => {
    const moment = { target: MOMENTS[0]!.target };
    expect(hex(styleValue(layer, 'paint', 'line-color', {}, moment))).toBe(CORRIDOR.color);
    expect(CORRIDOR.color).toBe(COLORS.corridor);
  });

  it('colorOf gives fiction its colour on any mark, and a journey its own otherwise', () => {
    expect(colorOf({ fiction: true, color: '#0072B2' })).toBe(FICTION.color);
    expect(colorOf({ fiction: false, color: '#0072B2' })).toBe('#0072B2');
  });

  it('svgDash scales the vocabulary’s dash by the stroke width, and a solid basis has none', () => {
    expect(svgDash(BASIS.stated.dash, 4)).toBeUndefined();
    expect(svgDash(BASIS.inferred.dash, 2)).toBe(BASIS.inferred.dash!.map((d) => d * 2).join(' '));
  });
});

describe('zoom-dependent styling reads the same numbers as the style', () => {
  const overviewMoment = (zoom: number) => ({ target: MOMENTS[0]!.target, zoom });
  const rivers = layerOf(riverLayers(), 'rivers');
  const countries = layerOf(labelLayers('Noto Sans Regular'), 'country-labels');

  it.each([1, 3, 4.5, 7, 9])('at zoom %s: river width and country name size', (zoom) => {
    expect(riverWidth(zoom)).toBeCloseTo(
      styleValue(rivers, 'paint', 'line-width', {}, overviewMoment(zoom)) as number,
      9,
    );
    expect(countryLabelSize(zoom)).toBeCloseTo(
      styleValue(countries, 'layout', 'text-size', {}, overviewMoment(zoom)) as number,
      9,
    );
  });

  it('MIN_ZOOM is each layer’s minzoom in the style', () => {
    const all = [...basemapLayers(), ...riverLayers(), ...labelLayers('Noto Sans Regular')];
    const minzoom = (id: string) => layerOf(all, id).minzoom;
    expect(MIN_ZOOM).toEqual({
      eastAsiaLand: minzoom('east-asia-land'),
      eastAsiaBorders: minzoom('east-asia-borders'),
      riverLabels: minzoom('river-labels'),
      corridorLabel: minzoom('corridor-label'),
    });
  });
});
