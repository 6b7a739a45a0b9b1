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

/** Words in the two interface languages; the i18n layer will take these over. */
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
    words: { en: 'as the text says', ko: '글에 나온 대로' },
    legend: { en: 'route the text states', ko: '글에 나온 경로' },
  },
  cited: {
    dash: [4, 1.2, 1, 1.2],
    widthScale: 1,
    opacityScale: 1,
    words: { en: 'from an outside source', ko: '다른 자료에 따름' },
    legend: { en: 'route from another source', ko: '다른 자료의 경로' },
  },
  inferred: {
    dash: [2.2, 1.6],
    widthScale: 1,
    opacityScale: 1,
    words: { en: 'inferred from the text', ko: '글에서 추론함' },
    legend: { en: 'route inferred', ko: '추론한 경로' },
  },
  'not-stated': {
    dash: [0.6, 2],
    widthScale: 0.6,
    opacityScale: 0.6,
    words: { en: 'route not stated', ko: '경로는 나오지 않음' },
    legend: { en: 'route not stated', ko: '경로는 나오지 않음' },
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
  foot: sameLine({ en: 'on foot', ko: '걸어서' }),
  river: sameLine({ en: 'across a river', ko: '강을 건너' }),
  train: sameLine({ en: 'by train', ko: '기차로' }),
  bus: sameLine({ en: 'by bus', ko: '버스로' }),
  car: sameLine({ en: 'by car', ko: '차로' }),
  air: {
    words: { en: 'by air', ko: '비행기로' },
    along: { en: 'by air', ko: '비행기로' },
    // A flight is drawn lighter than a journey over land or water.
    widthScale: 0.7,
    legend: { en: 'flight', ko: '비행' },
  },
  unknown: {
    words: { en: 'means not stated', ko: '이동 수단은 나오지 않음' },
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
    words: { en: 'exact place (a public institution)', ko: '정확한 장소(공공 기관)' },
  },
  city: {
    mark: 'point',
    words: { en: 'town or city, shown to about 10 km', ko: '도시, 약 10km 단위로 표시' },
  },
  province: { mark: 'area', words: { en: 'province or region', ko: '도 또는 지역' } },
  state: { mark: 'area', words: { en: 'state', ko: '주' } },
  country: { mark: 'area', words: { en: 'somewhere in this country', ko: '이 나라 어딘가' } },
  river: { mark: 'area', words: { en: 'somewhere along this river', ko: '이 강 어딘가' } },
};

/** Fiction: its own colour on every line, point and area, and its name along its lines. */
export const FICTION = {
  color: COLORS.fiction,
  words: { en: 'Fiction', ko: '소설' },
  /** The key's entry; the legend adds the names of the fiction present. */
  legend: { en: 'fiction', ko: '소설' },
} as const;

/** The typical route: one generic corridor, drawn once, in no person's colour. */
export const CORRIDOR = {
  color: COLORS.corridor,
  opacity: 0.16,
  /** Width in px at zoom 1 and zoom 6. */
  width: [8, 36] as const,
  words: { en: 'a typical route', ko: '전형적인 경로' },
  legend: { en: 'typical route (generic)', ko: '전형적인 경로(일반)' },
} as const;

/** Places drawn as areas. */
export const AREA = {
  halo: {
    fillOpacity: { current: 0.2, other: 0.05 },
    dash: [2, 2] as const,
    legend: { en: 'place known only roughly', ko: '대략만 알려진 곳' },
  },
  band: {
    /** A crossing is never a point: the band is at least this wide on the ground. */
    km: 25,
    minPx: 6,
    opacity: { current: 0.3, other: 0.08 },
    legend: { en: 'river crossing', ko: '강을 건넌 곳' },
  },
  river: { legend: { en: 'Yalu and Tumen: the border', ko: '압록강과 두만강: 국경' } },
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
    AREA.halo.legend,
    AREA.band.legend,
    AREA.river.legend,
  ];
  return all.map((w) => `${w.en}${w.ko}`).join('');
}
