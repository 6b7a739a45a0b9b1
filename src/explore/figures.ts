/**
 * Figures for comparing journeys, measured with turf along the lines the map draws: distance
 * (km and mi), distance by country, borders crossed and known duration. Each says whether it
 * rests on an estimate (a place known only roughly, a leg inferred or from another source, an
 * estimated date), and a figure whose input is not stated is "not known", never filled in.
 *
 * Pure: the country of a point is asked of `countryAt`, so the build can answer with Natural
 * Earth (src/data/borders.ts) and tests with a tiny fixture. Run at build time (the app gets
 * only the figures, see `virtual:figures`).
 */
import length from '@turf/length';
import distance from '@turf/distance';
import type { LegFeature, LngLat, Story } from '../data/types.ts';

export interface Distance {
  km: number;
  mi: number;
  /** Rests on a place known only roughly or a leg not stated word for word. */
  estimate: boolean;
}

export interface JourneyFigures {
  story: string;
  /** Along the legs whose way the text or a cited source describes; null when none is. */
  described: Distance | null;
  /** The whole journey; null ("not known") when the way of any leg is not stated. */
  total: Distance | null;
  /** Legs whose way is not stated: the place reached, by step. */
  notStated: number[];
  /** Along the described legs, by ISO 3166-1 alpha-2 code; `sea` outside every country. */
  byCountry: { country: string; km: number }[];
  /** Countries the text names, in order; crossings between them at least `countries.length - 1`. */
  borders: { countries: string[]; atLeast: boolean };
  /** Years from leaving home to the last dated step; null when leaving has no date. */
  duration: { years: number; from: string; to: string; estimate: boolean } | null;
}

const KM_PER_MI = 1.609344;

/** Places finer than these are points; anything coarser makes a distance an estimate. */
const PRECISE = new Set(['exact', 'city']);

const round1 = (n: number) => Math.round(n * 10) / 10;

function linesOf(leg: LegFeature): LngLat[][] {
  return leg.geometry.type === 'LineString'
    ? [leg.geometry.coordinates as LngLat[]]
    : (leg.geometry.coordinates as LngLat[][]);
}

/** A longitude brought back into [-180, 180], for looking up a country. */
const wrap = (lng: number) => ((((lng + 180) % 360) + 360) % 360) - 180;

export function figuresOf(
  story: Story,
  legs: readonly LegFeature[],
  countryAt: (p: LngLat) => string | undefined,
): JourneyFigures {
  const own = legs.filter((l) => l.properties.story === story.id);
  // A drawn line's own basis: one step's leg may be drawn in parts (a gap not stated, then a
  // stated bus ride), and only the parts whose way is described are measured.
  const notStated = [
    ...new Set(
      own.filter((l) => l.properties.basis === 'not-stated').map((l) => l.properties.step),
    ),
  ].sort((a, b) => a - b);
  let describedKm = 0;
  let measured = 0;
  let estimate = false;
  const byCountry = new Map<string, number>();
  for (const leg of own) {
    const step = story.steps[leg.properties.step];
    if (!step?.leg || leg.properties.basis === 'not-stated') continue;
    describedKm += length(leg, { units: 'kilometers' });
    measured++;
    const before = story.steps[leg.properties.step - 1];
    if (
      leg.properties.basis !== 'stated' ||
      step.leg.basis !== 'stated' ||
      !PRECISE.has(step.place?.precision ?? '') ||
      !PRECISE.has(before?.place?.precision ?? '')
    )
      estimate = true;
    // Each segment counts for the country its middle lies in.
    for (const line of linesOf(leg))
      for (let i = 1; i < line.length; i++) {
        const a = line[i - 1]!;
        const b = line[i]!;
        const km = distance(a, b, { units: 'kilometers' });
        const mid: LngLat = [wrap((a[0] + b[0]) / 2), (a[1] + b[1]) / 2];
        const country = countryAt(mid) ?? 'sea';
        byCountry.set(country, (byCountry.get(country) ?? 0) + km);
      }
  }
  const described: Distance | null =
    measured === 0
      ? null
      : { km: round1(describedKm), mi: round1(describedKm / KM_PER_MI), estimate };

  // The countries the text names, a river crossing standing between two of them.
  const countries: string[] = [];
  for (const step of story.steps) {
    const place = step.place;
    if (!place || place.kind === 'river') continue;
    if (countries.at(-1) !== place.country) countries.push(place.country);
  }
  // Where the way between two places is not stated or only inferred, other borders may lie.
  const atLeast =
    notStated.length > 0 || story.steps.some((s) => s.leg && s.leg.basis !== 'stated');

  return {
    story: story.id,
    described,
    total: notStated.length === 0 ? described : null,
    notStated,
    byCountry: [...byCountry]
      .map(([country, km]) => ({ country, km: round1(km) }))
      .sort((a, b) => b.km - a.km),
    borders: { countries, atLeast },
    duration: durationOf(story),
  };
}

const YEAR_MS = 365.2425 * 24 * 3600 * 1000;

/** From leaving home (the first step reached by a leg) to the last dated step, in years. */
export function durationOf(story: Story): JourneyFigures['duration'] {
  const leaving = story.steps.find((s) => s.leg !== undefined);
  const start = leaving?.time.date.start;
  if (!leaving || start === undefined) return null;
  const last = [...story.steps]
    .reverse()
    .find((s) => s.index > leaving.index && s.time.date.start !== undefined);
  if (!last) return null;
  const years = Math.round(((last.time.date.start ?? start) - start) / YEAR_MS);
  return {
    years,
    from: leaving.time.date.value ?? '',
    to: last.time.date.value ?? '',
    estimate: leaving.time.date.basis === 'estimated' || last.time.date.basis === 'estimated',
  };
}

/**
 * Each dated step's time since leaving home, in years, for lining two journeys up; null when
 * leaving has no date, so the journey cannot be placed in time since leaving.
 */
export function sinceLeaving(
  story: Story,
): { step: number; years: number; estimate: boolean }[] | null {
  const leaving = story.steps.find((s) => s.leg !== undefined);
  const start = leaving?.time.date.start;
  if (!leaving || start === undefined) return null;
  return story.steps
    .filter((s) => s.index >= leaving.index && s.time.date.start !== undefined)
    .map((s) => ({
      step: s.index,
      years: ((s.time.date.start ?? start) - start) / YEAR_MS,
      estimate: s.time.date.basis === 'estimated',
    }));
}
