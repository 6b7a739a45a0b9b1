/**
 * The compiled, trusted shape of the story data.
 *
 * Story files in `data/` are YAML written by people; `src/data/compile.ts` checks them against
 * the schema in `src/data/schema.ts` and turns them into these types at build time. The app only
 * ever sees this compiled form, so nothing here needs re-validating at run time.
 */
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
} from 'geojson';

/** Where a location's uncertainty comes from (DOMAIN rule 1). */
export type Precision = 'exact' | 'city' | 'province' | 'state' | 'country' | 'river';

/**
 * How we know a leg happened the way it is drawn (DOMAIN rule 2). `cited`: from an outside
 * source named in the leg's `source`. `not-stated`: the text names both ends but not the way,
 * drawn as a faint connection. The typical route is never a person's leg: see `Corridor`.
 */
export type LegBasis = 'stated' | 'inferred' | 'cited' | 'not-stated';

/**
 * How the map draws a step's place: a point only for a town or finer, an area (river band,
 * country shape or halo) for anything coarser, nothing for a place the text does not state.
 */
export type StepMark = 'point' | 'area' | 'none';

export type LegMode = 'foot' | 'river' | 'train' | 'bus' | 'car' | 'air' | 'unknown';

export type DatePrecision = 'day' | 'month' | 'season' | 'year' | 'decade' | 'unknown';

/**
 * How we know a date (DOMAIN rule 3). `estimated` is always shown as an estimate; `cited` comes
 * from an outside source (one with no text here), named in `source` and shown with it.
 */
export type DateBasis = 'stated' | 'derived' | 'estimated' | 'cited';

/** How we know where a step happens; `cited` as for dates, with `placeSource`. */
export type PlaceBasis = 'stated' | 'inferred' | 'cited';

/** DOMAIN rule 4: the kind of name, as published. */
export type NameKind = 'pseudonym' | 'first-name' | 'public' | 'fictional';

/** DOMAIN rule 6. */
export type Warning =
  | 'starvation'
  | 'death-of-parent'
  | 'human-trafficking'
  | 'suicide'
  | 'imprisonment'
  | 'child-abandonment';

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** Text with optional translations. `en` is the original. */
export interface LocalText {
  en: string;
  ko?: string;
}

export type LngLat = [lng: number, lat: number];

/** [west, south, east, north] */
export type BBox = [number, number, number, number];

export interface Source {
  id: string;
  title: string;
  publisher: string;
  url?: string;
  /** ISO date of publication, when the source gives one. */
  published?: string;
  /** What this source supports, in our words. */
  note?: string;
}

export interface Place {
  id: string;
  name: LocalText;
  /** ISO 3166-1 alpha-2 code of the country the place is in, or of the two banks for a river. */
  country: string;
  kind: 'city' | 'province' | 'state' | 'country' | 'river' | 'institution' | 'region';
  precision: Precision;
  /** Coarsened to `precision` at build time. */
  point: LngLat;
  /** How far the true location may be from `point`, in km; drawn as the halo. */
  uncertaintyKm: number;
}

export interface StoryDate {
  precision: DatePrecision;
  basis: DateBasis;
  /** Machine-readable value, e.g. "2006", "2013-06", "2006-winter", "1990s". Absent when unknown. */
  value?: string;
  /** The instant range the value covers, in ms since epoch (UTC); absent when unknown. */
  start?: number;
  end?: number;
  /** Id of the source supporting the date, when not the story's main text. */
  source?: string;
}

export interface StepTime {
  /** The time as the text gives it, e.g. "winter, age 9 or 10". */
  said?: LocalText;
  date: StoryDate;
}

export interface Leg {
  mode: LegMode;
  basis: LegBasis;
  /** Where the described leg starts when not at the previous step; the gap is not stated. */
  from?: string;
  /** The place `from` names, so the route in words can say it at run time. */
  fromPlace?: Place;
  note?: LocalText;
  source?: string;
}

export interface Excerpt {
  text: string;
  /** Id into `Story.sources`. */
  source: string;
  /** Warnings that apply to this excerpt in particular. */
  warnings: Warning[];
  /** Human translations, each citing its own source; never machine-translated. */
  translations: { lang: Language; text: string; source: string }[];
}

export type Language = 'en' | 'ko';

export interface Step {
  index: number;
  id: string;
  /** Shown by default: neutral whenever the step's words touch a warned subject. */
  heading: LocalText;
  /** The full heading, shown only once the reader chooses to see the step's flagged passages. */
  headingFull?: LocalText;
  /** `null` when the text does not say where: shown as "not stated", never guessed. */
  place: Place | null;
  placeBasis: PlaceBasis;
  /** How the map draws the place (see `markFor` in route.ts); never finer than its precision. */
  mark: StepMark;
  /** A place of hiding (a safe house, a broker's home): never drawn finer than the country. */
  hidden?: boolean;
  /** Id into `Story.sources` when the place comes from a source other than the main text. */
  placeSource?: string;
  /** Where the marker stands for this step; longitudes are continuous along the journey. */
  anchor: LngLat;
  /** What the camera frames for this step: the leg that led here and the place's halo. */
  frame: BBox;
  time: StepTime;
  /** The leg that led to this step; absent on the first step. */
  leg?: Leg;
  excerpts: Excerpt[];
  /** Our own words, clearly separate from quotes: context, or why something is inferred. */
  context?: LocalText;
  warnings: Warning[];
  /** Ids of glossary entries for words this step uses. */
  terms: string[];
  /** Speaker notes for this step, for the presenter view only. */
  notes?: LocalText;
}

/** What a teacher needs to present a story (DOMAIN.md, educators). */
export interface Teaching {
  /** One line saying what the story contains. */
  summary: LocalText;
  /** Age guidance, e.g. "13+" or "12–15". */
  age: string;
  notes: LocalText;
  /** Two to four discussion questions. */
  questions: LocalText[];
}

export interface Correction {
  date: string;
  note: string;
}

export interface Story {
  id: string;
  /** `title` and `summary` are the forms shown by default; the `…Full` ones, when present, only
   * once the reader chooses to see the story's flagged passages (DOMAIN rule 6). */
  title: LocalText;
  titleFull?: LocalText;
  /** `shortName` labels lanes and buttons: words of the published name, or the whole of it. */
  person: { name: string; shortName: string; nameKind: NameKind };
  fiction: boolean;
  /** Generated by `npm run synth` for demos and the bench: no person, never in the default build. */
  synthetic?: boolean;
  summary: LocalText;
  summaryFull?: LocalText;
  /** The first source is the story's own text. */
  sources: Source[];
  consent: {
    status: 'published-by-source' | 'confirmed' | 'fiction';
    note: string;
    removalContact: string;
  };
  corrections: Correction[];
  /** Union of every step's warnings, plus any that apply to the story as a whole. */
  warnings: Warning[];
  steps: Step[];
  /** The route in words: the map's text alternative. */
  routeText: string;
  /** Frame for the whole journey. */
  bbox: BBox;
  /** Colour used for this journey on the map and timeline. */
  color: string;
  teaching?: Teaching;
}

export interface Corridor {
  id: string;
  name: LocalText;
  basis: 'typical';
  /** Where the corridor comes from. */
  source: Source;
  /** Ids of the places it passes, in order. */
  via: string[];
}

export interface GlossaryEntry {
  id: string;
  term: string;
  /** The words in a text that call for this entry. */
  words: string[];
  definition: string;
  /** Where the definition comes from, shown with it. */
  source?: { title: string; publisher?: string; url?: string };
}

/** Everything the story panel and timeline need; no geometry, so it can load first. */
export interface JourneyIndex {
  stories: Story[];
  /** Where this index's geometry is, when not the build's own (the synthetic journeys). */
  geometryUrl?: string;
  corridors: Corridor[];
  glossary: GlossaryEntry[];
}

export interface LegProperties {
  story: string;
  /** Index of the step this leg leads to. */
  step: number;
  mode: LegMode;
  basis: LegBasis;
  fiction: boolean;
  color: string;
}

export interface HaloProperties {
  story: string;
  step: number;
  place: string;
  precision: Precision;
  fiction: boolean;
  color: string;
}

export interface StepPointProperties {
  story: string;
  step: number;
  label: string;
  label_ko: string;
  fiction: boolean;
  color: string;
}

export interface CorridorProperties {
  corridor: string;
  label: string;
  label_ko: string;
  /** Who publishes the typical route, shown with its label. */
  source: string;
}

/** Geometry for the map, loaded after the text. */
export interface JourneyGeometry {
  legs: FeatureCollection<LineString | MultiLineString, LegProperties>;
  halos: FeatureCollection<MultiPolygon, HaloProperties>;
  /** Border rivers a step crosses, drawn as bands at least 25 km wide. */
  bands: FeatureCollection<MultiLineString, HaloProperties>;
  points: FeatureCollection<Point, StepPointProperties>;
  corridors: FeatureCollection<LineString, CorridorProperties>;
}

export type LegFeature = Feature<LineString | MultiLineString, LegProperties>;
