/**
 * Which features the open step has travelled, and which is current, as MapLibre feature state.
 *
 * The open story reaches the style as global state, but the step does not: a global-state value
 * read by a data-driven paint property makes MapLibre lay that layer's whole source out again in
 * its workers, on every step change. Feature state is applied on the main thread to the few
 * features that changed, so a step change costs a repaint and nothing more.
 */
import type { FeatureCollection } from 'geojson';
import type { JourneyGeometry } from '../data/types.ts';

/** The sources styled by step; each is added with `generateId`, so a feature's id is its index. */
export const STEP_SOURCES = ['legs', 'halos', 'bands', 'points'] as const;
export type StepSource = (typeof STEP_SOURCES)[number];

export interface StepState {
  /** The step is at or before the open one: the reader has been there. */
  travelled: boolean;
  /** The step is the open one. */
  current: boolean;
}

interface Keyed {
  story: string;
  step: number;
}

/** What a feature of `feature.story` at `feature.step` shows while `story` is open at `step`. */
export function stepState(feature: Keyed, story: string | null, step: number): StepState {
  const open = story !== null && feature.story === story;
  return { travelled: open && feature.step <= step, current: open && feature.step === step };
}

/** The part of the map that feature state is set through; the map itself, or a fake in tests. */
export interface FeatureStateTarget {
  setFeatureState(feature: { source: string; id: number }, state: StepState): void;
}

export class StepStates {
  #features: Record<StepSource, Keyed[]>;
  /** What each feature was last set to, so only changes are sent. */
  #applied = new Map<string, StepState>();

  constructor(geometry: JourneyGeometry) {
    const keyed = (collection: FeatureCollection): Keyed[] =>
      collection.features.map((f) => ({
        story: String(f.properties?.story ?? ''),
        step: Number(f.properties?.step ?? -1),
      }));
    this.#features = {
      legs: keyed(geometry.legs),
      halos: keyed(geometry.halos),
      bands: keyed(geometry.bands),
      points: keyed(geometry.points),
    };
  }

  /** Sets the state of every feature whose state differs from what it was last set to. */
  apply(target: FeatureStateTarget, story: string | null, step: number): number {
    let sent = 0;
    for (const source of STEP_SOURCES)
      this.#features[source].forEach((feature, id) => {
        const key = `${source}/${id}`;
        const next = stepState(feature, story, step);
        const last = this.#applied.get(key) ?? { travelled: false, current: false };
        if (last.travelled === next.travelled && last.current === next.current) return;
        target.setFeatureState({ source, id }, next);
        this.#applied.set(key, next);
        sent++;
      });
    return sent;
  }
}
