/**
 * Synthetic journeys for demos and the bench: plausible corridors out of North Korea (over the
 * Yalu or the Tumen, through China, then South-East Asia or Mongolia, to Seoul, and a few on to
 * the United States or Europe), with realistic modes and dates. Seeded, so a seed always gives
 * the same journeys. Every one is labelled synthetic in its name, title and summary, and none
 * quotes or stands for a real person. Never part of the default build.
 */
import type {
  JourneyGeometry,
  JourneyIndex,
  LegBasis,
  LegFeature,
  LegMode,
  LngLat,
  Place,
  Precision,
  Step,
  Story,
  Warning,
} from '../data/types.ts';

/** A place from the gazetteer, as the generator needs it. */
export interface SynthPlace {
  id: string;
  name: { en: string; ko?: string };
  country: string;
  kind: Place['kind'];
  precision: Precision;
  point: LngLat;
}

/** A small, fast, seeded generator (mulberry32): numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Corridors as place ids; a river crossing is `yalu-river` or `tumen-river`. */
const STARTS = [
  ['hyesan', 'yalu-river', 'changbai'],
  ['hoeryong', 'tumen-river', 'yanji'],
  ['north-korea', 'nk-china-border', 'china'],
] as const;
const WAYS = [
  { via: ['shenyang', 'beijing', 'yunnan', 'laos', 'thailand', 'bangkok'], weight: 0.7 },
  { via: ['shenyang', 'beijing', 'mongolia'], weight: 0.2 },
  { via: ['yanbian', 'shenyang', 'beijing'], weight: 0.1 },
] as const;
const ENDS = [
  { via: ['seoul'], weight: 0.88 },
  { via: ['seoul', 'virginia'], weight: 0.07 },
  { via: ['berlin', 'brussels'], weight: 0.05 },
] as const;
const WARNINGS: Warning[] = ['starvation', 'human-trafficking', 'imprisonment', 'death-of-parent'];
/** Where no road joins two places, the way is a flight; across the river, the river. */
const MODES: LegMode[] = ['foot', 'bus', 'train', 'car'];
const BASES: LegBasis[] = ['stated', 'stated', 'inferred', 'not-stated'];
const COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];

function pick<T extends { weight: number }>(items: readonly T[], r: number): T {
  let sum = 0;
  for (const item of items) {
    sum += item.weight;
    if (r < sum) return item;
  }
  return items[items.length - 1]!;
}

const YEAR = 365.2425 * 24 * 3600 * 1000;

export interface SynthOptions {
  count: number;
  seed: number;
  places: Readonly<Record<string, SynthPlace>>;
}

/** The journeys, in the compiled form the app reads (see data/types.ts), and their lines. */
export function synthesize({ count, seed, places }: SynthOptions): {
  index: JourneyIndex;
  geometry: JourneyGeometry;
} {
  const random = seeded(seed);
  const place = (id: string): SynthPlace => {
    const p = places[id];
    if (!p) throw new Error(`the gazetteer has no place "${id}"`);
    return p;
  };
  const stories: Story[] = [];
  const legs: LegFeature[] = [];
  const width = String(count).length;
  for (let n = 0; n < count; n++) {
    const id = `synthetic-${String(n + 1).padStart(width, '0')}`;
    const start = STARTS[Math.floor(random() * STARTS.length)]!;
    const way = pick(WAYS, random());
    const end = pick(ENDS, random());
    const route = [...start, ...way.via, ...end.via].map(place);
    // A fifth give no dates at all, as many real testimonies do; the rest leave in 1998–2023.
    const dated = random() > 0.2;
    let time = Date.UTC(1998 + Math.floor(random() * 26), Math.floor(random() * 12), 1);
    const color = COLORS[n % COLORS.length]!;
    const warnings = WARNINGS.filter(() => random() < 0.15);
    const steps: Step[] = route.map((p, index) => {
      if (index > 0) time += (0.05 + random() * 0.4) * YEAR;
      const crossing = p.kind === 'river';
      const flight = !crossing && index > 0 && distanceDeg(route[index - 1]!.point, p.point) > 25;
      const mode: LegMode = crossing ? 'river' : flight ? 'air' : MODES[Math.floor(random() * 4)]!;
      const date = dated
        ? {
            precision: 'month' as const,
            basis: 'estimated' as const,
            value: new Date(time).toISOString().slice(0, 7),
            start: time,
            end: time + YEAR / 12,
          }
        : { precision: 'unknown' as const, basis: 'estimated' as const };
      const [lng, lat] = p.point;
      const pad = p.precision === 'country' ? 4 : 1;
      return {
        index,
        id: `${id}-${index}`,
        heading: { en: `Synthetic step ${index + 1}: ${p.name.en}` },
        place: { ...p, uncertaintyKm: pad * 50 },
        placeBasis: 'stated',
        mark: p.precision === 'city' || p.precision === 'exact' ? 'point' : 'area',
        anchor: p.point,
        frame: [lng - pad, lat - pad, lng + pad, lat + pad],
        time: { date },
        ...(index > 0 ? { leg: { mode, basis: BASES[Math.floor(random() * BASES.length)]! } } : {}),
        excerpts: [],
        warnings: [],
        terms: [],
      } satisfies Step;
    });
    for (const step of steps.slice(1)) {
      const from = steps[step.index - 1]!.anchor;
      legs.push({
        type: 'Feature',
        properties: {
          story: id,
          step: step.index,
          mode: step.leg!.mode,
          basis: step.leg!.basis,
          fiction: false,
          color,
        },
        geometry: { type: 'LineString', coordinates: line(from, step.anchor, random) },
      });
    }
    const xs = steps.map((s) => s.anchor[0]);
    const ys = steps.map((s) => s.anchor[1]);
    const label = `Synthetic journey ${n + 1}`;
    stories.push({
      id,
      title: { en: `${label} (generated, not a real person)` },
      person: { name: label, shortName: `Synthetic ${n + 1}`, nameKind: 'pseudonym' },
      fiction: false,
      synthetic: true,
      summary: { en: 'A generated journey for demonstrations: not anyone’s story.' },
      sources: [
        {
          id: 'synthetic',
          title: `npm run synth -- --count ${count} --seed ${seed}`,
          publisher: 'Journey Map (generated)',
        },
      ],
      consent: { status: 'fiction', note: 'Generated; no person.', removalContact: '' },
      corrections: [],
      warnings,
      steps,
      routeText: `Synthetic: ${route.map((p) => p.name.en).join(', then ')}.`,
      bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
      color,
    });
  }
  const empty = { type: 'FeatureCollection' as const, features: [] };
  return {
    index: { stories, corridors: [], glossary: [] },
    geometry: {
      legs: { type: 'FeatureCollection', features: legs },
      halos: empty,
      bands: empty,
      points: empty,
      corridors: empty,
    },
  };
}

function distanceDeg([a, b]: LngLat, [c, d]: LngLat): number {
  return Math.hypot(a - c, b - d);
}

/** A gently bent line of 8 points, as a road or rail seldom runs straight. */
function line(from: LngLat, to: LngLat, random: () => number): LngLat[] {
  const bend = (random() - 0.5) * 0.2;
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  return Array.from({ length: 8 }, (_, i) => {
    const t = i / 7;
    const off = Math.sin(Math.PI * t) * bend;
    return [
      Math.round((from[0] + dx * t - dy * off) * 1e4) / 1e4,
      Math.round((from[1] + dy * t + dx * off) * 1e4) / 1e4,
    ] as LngLat;
  });
}
