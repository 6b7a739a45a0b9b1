/**
 * The time brush as pure functions: which journeys a span of years keeps. A journey is in a
 * span when one of its dated steps overlaps it. A journey with no dated step is never given a
 * date: it is kept or hidden as a whole, by the reader's choice.
 */
import type { Story } from '../data/types.ts';

/** A span of time in ms since the epoch (UTC), start before end. */
export type TimeRange = readonly [start: number, end: number];

/** Whether any step of the story has a date (its own, derived, estimated or cited). */
export function isDated(story: Story): boolean {
  return story.steps.some((s) => s.time.date.start !== undefined);
}

/** Whether one of the story's dated steps overlaps the range; false for an undated story. */
export function overlaps(story: Story, [from, to]: TimeRange): boolean {
  return story.steps.some(({ time: { date } }) => {
    if (date.start === undefined || date.end === undefined) return false;
    return date.start < to && date.end > from;
  });
}

/** The stories a brush keeps; `null` is no brush. */
export function brushed<T extends Story>(
  stories: readonly T[],
  range: TimeRange | null,
  keepUndated: boolean,
): T[] {
  if (!range) return [...stories];
  return stories.filter((s) => (isDated(s) ? overlaps(s, range) : keepUndated));
}

/** 1 January of a year, UTC. */
export const yearStart = (year: number): number => Date.UTC(year, 0, 1);

/** Whole years `[from, to]` (to inclusive) as a range: from 1 January to the next 1 January. */
export function yearsToRange(from: number, to: number): TimeRange {
  const [a, b] = from <= to ? [from, to] : [to, from];
  return [yearStart(a), yearStart(b + 1)];
}

/** `?years=2005-2007` → [2005, 2007]; anything else → null. */
export function readYears(search: string): [number, number] | null {
  const match = /^(\d{4})-(\d{4})$/.exec(new URLSearchParams(search).get('years') ?? '');
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2]);
  return from <= to ? [from, to] : [to, from];
}
