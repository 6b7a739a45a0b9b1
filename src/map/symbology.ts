/**
 * The map's vocabulary: for each leg basis, mode, precision and the fiction flag, how it is
 * drawn (colour, dash, width) and what it is called (card words, legend entry). The MapLibre
 * style, the legend, the step card and the SVG map all read this one table, so a line means
 * the same thing everywhere.
 *
 * Plain data only: colours as hex, dashes as arrays in line widths (as MapLibre and SVG's
 * `stroke-dasharray` divided by the stroke width), widths in CSS px. MapLibre expressions built
 * from it live in `style/`.
 */
import type { LegBasis, LegMode, Precision, StepMark } from '../data/types.ts';
import { both, m } from '../i18n/index.ts';

/**
 * Words in the two interface languages, from the messages (`messages/<lang>.json`): the map's
 * style holds both and picks one per label, so both are kept here.
 */
export interface Words {
  en: string;
  ko: string;
}

export const COLORS = {
  sea: '#cfe0ea',
  land: '#f6f3ec',
  border: '#a39b8b',
  river: '#3f7cb0',
  label: '#5d564b',
  halo: '#ffffff',
  text: '#222222',
  /** The typical route: neutral, never a person's colour. */
  corridor: '#7d7d7d',
  fiction: '#7B3FA0',
} as const;

/** Line widths in px by where a leg is seen; a basis or mode scales them. */
export const LEG_WIDTHS = {
  /** Overview, every journey. */
  overview: 3,
  /** Overview, the journey the reader points at. */
  highlighted: 5,
  /** A journey other than the open one. */
  other: 2,
  /** The open journey, legs travelled. */
  travelled: 4.5,
  /** The open journey, legs ahead. */
  ahead: 2.5,
} as const;

export interface LineSymbol {
  /** Dash pattern in line widths; `null` for a solid line. */
  dash: readonly number[] | null;
  /** Scales `LEG_WIDTHS`. */
  widthScale: number;
  /** Scales the leg's opacity. */
  opacityScale: number;
  /** How the card says it. */
  words: Words;
  /** What the key says the line means. */
  legend: Words;
}

/** In the order the key lists them: most certain first. */
export const LEG_BASES = [
  'stated',
  'cited',
  'inferred',
  'not-stated',
] as const satisfies readonly LegBasis[];

export const BASIS: Record<LegBasis, LineSymbol> = {
  stated: {
    dash: null,
    widthScale: 1,
    opacityScale: 1,
    words: both(m.basis_stated),
    legend: both(m.basis_stated_legend),
  },
  cited: {
    dash: [4, 1.2, 1, 1.2],
    widthScale: 1,
    opacityScale: 1,
    words: both(m.basis_cited),
    legend: both(m.basis_cited_legend),
  },
  inferred: {
    dash: [2.2, 1.6],
    widthScale: 1,
    opacityScale: 1,
    words: both(m.basis_inferred),
    legend: both(m.basis_inferred_legend),
  },
  'not-stated': {
    dash: [0.6, 2],
    widthScale: 0.6,
    opacityScale: 0.6,
    words: both(m.basis_not_stated),
    legend: both(m.basis_not_stated_legend),
  },
};

export interface ModeSymbol {
  /** How the card says it. */
  words: Words;
  /** Written along the leg; empty when the text does not say. */
  along: Words;
  widthScale: number;
  /** A key entry, when the mode changes how the line looks. */
  legend?: Words;
}

export const LEG_MODES = [
  'foot',
  'river',
  'train',
  'bus',
  'car',
  'air',
  'unknown',
] as const satisfies readonly LegMode[];

const sameLine = (words: Words): ModeSymbol => ({ words, along: words, widthScale: 1 });

export const MODE: Record<LegMode, ModeSymbol> = {
  foot: sameLine(both(m.mode_foot)),
  river: sameLine(both(m.mode_river)),
  train: sameLine(both(m.mode_train)),
  bus: sameLine(both(m.mode_bus)),
  car: sameLine(both(m.mode_car)),
  air: {
    words: both(m.mode_air),
    along: both(m.mode_air),
    // A flight is drawn lighter than a journey over land or water.
    widthScale: 0.7,
    legend: both(m.mode_air_legend),
  },
  unknown: {
    words: both(m.mode_unknown),
    along: { en: '', ko: '' },
    widthScale: 1,
  },
};

export interface PrecisionSymbol {
  mark: StepMark;
  words: Words;
}

export const PRECISION: Record<Precision, PrecisionSymbol> = {
  exact: {
    mark: 'point',
    words: both(m.precision_exact),
  },
  city: {
    mark: 'point',
    words: both(m.precision_city),
  },
  province: { mark: 'area', words: both(m.precision_province) },
  state: { mark: 'area', words: both(m.precision_state) },
  country: { mark: 'area', words: both(m.precision_country) },
  river: { mark: 'area', words: both(m.precision_river) },
};

/** Fiction: its own colour on every line, point and area, and its name along its lines. */
export const FICTION = {
  color: COLORS.fiction,
  words: both(m.fiction_words),
  /** The key's entry; the legend adds the names of the fiction present. */
  legend: both(m.fiction_legend),
} as const;

/** The typical route: one generic corridor, drawn once, in no person's colour. */
export const CORRIDOR = {
  color: COLORS.corridor,
  opacity: 0.16,
  /** Width in px at zoom 1 and zoom 6. */
  width: [8, 36] as const,
  words: both(m.corridor_words),
  legend: both(m.corridor_legend),
} as const;

/**
 * The explore view colours each journey by where it ends (its last step's place), from the
 * Okabe–Ito colour-blind-safe palette, kept apart from fiction's purple and from the typical
 * route's grey. A journey whose end the text does not state has a colour of its own, never
 * that of a place. Keys are the groups of `src/explore/filters.ts`.
 */
export const DESTINATION = {
  kr: { color: '#0072B2', words: both(m.dest_kr) },
  us: { color: '#E69F00', words: both(m.dest_us) },
  europe: { color: '#009E73', words: both(m.dest_europe) },
  'not-stated': { color: '#D55E00', words: both(m.dest_not_stated) },
} as const;

/** Places drawn as areas. */
export const AREA = {
  halo: {
    fillOpacity: { current: 0.2, other: 0.05 },
    dash: [2, 2] as const,
    legend: both(m.area_halo_legend),
  },
  band: {
    /** A crossing is never a point: the band is at least this wide on the ground. */
    km: 25,
    minPx: 6,
    opacity: { current: 0.3, other: 0.08 },
    legend: both(m.area_band_legend),
  },
  river: { legend: both(m.area_river_legend) },
} as const;

/** A line's dash for an SVG `stroke-dasharray`, from one in line widths. */
export function svgDash(dash: readonly number[] | null, strokeWidth: number): string | undefined {
  return dash ? dash.map((d) => d * strokeWidth).join(' ') : undefined;
}

/** Every word the map may draw; the build subsets the Korean font by it. */
export function symbologyText(): string {
  const all: Words[] = [
    ...Object.values(BASIS).flatMap((b) => [b.words, b.legend]),
    ...Object.values(MODE).flatMap((m) => [m.words, m.along, ...(m.legend ? [m.legend] : [])]),
    ...Object.values(PRECISION).map((p) => p.words),
    FICTION.words,
    FICTION.legend,
    CORRIDOR.words,
    CORRIDOR.legend,
    ...Object.values(DESTINATION).map((d) => d.words),
    AREA.halo.legend,
    AREA.band.legend,
    AREA.river.legend,
  ];
  return all.map((w) => `${w.en}${w.ko}`).join('');
}
