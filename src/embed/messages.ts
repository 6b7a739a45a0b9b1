/**
 * What an embed says to its host page and what it accepts from it. The element dispatches
 * these as CustomEvents; the iframe posts the same names with the same payloads. Pure, so it is
 * unit-tested (tests/unit/embed-messages.test.ts).
 */
import type { Moment } from '../state/moment.svelte.ts';
import { formatDate } from '../story/format.ts';

export type EventName =
  | 'journey-map:ready'
  | 'journey-map:step'
  | 'journey-map:complete'
  | 'journey-map:cta'
  | 'journey-map:resize';

export interface StepPayload {
  /** `null` in the overview. */
  story: string | null;
  step: number;
  stepCount: number;
  /** The step's place as the story names it, or null where the text does not say. */
  place: string | null;
  /** The step's time as the text gives it, or null where it gives none. */
  date: string | null;
}

export function stepPayload(moment: Moment): StepPayload {
  const step = moment.current;
  const said = step?.time.said?.en;
  const date = said || (step ? formatDate(step.time.date) : '');
  return {
    story: moment.storyId,
    step: moment.step,
    stepCount: moment.stepCount,
    place: step?.place?.name.en ?? null,
    date: date || null,
  };
}

export type Command =
  | { type: 'journey-map:go'; story: string | null; step: number }
  | { type: 'journey-map:next' }
  | { type: 'journey-map:previous' };

/** A command from a message's data, or null for anything malformed or unknown. */
export function parseCommand(data: unknown): Command | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, story, step } = data as Record<string, unknown>;
  if (type === 'journey-map:next' || type === 'journey-map:previous') return { type };
  if (type !== 'journey-map:go') return null;
  if (story !== null && story !== undefined && typeof story !== 'string') return null;
  if (step !== undefined && (typeof step !== 'number' || !Number.isInteger(step) || step < 0))
    return null;
  return { type, story: story ?? null, step: step ?? 0 };
}
