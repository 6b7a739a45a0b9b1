/**
 * The context series the explore timeline can show beside the journeys: North Koreans arriving
 * in South Korea each year, from `data/context/arrivals.yaml`, each figure with its source.
 */
import { series } from 'virtual:context';
import type { ContextSeries, ContextSource } from '../data/context.ts';

const EMPTY: ContextSeries = {
  id: 'none',
  title: '',
  publisher: '',
  note: '',
  sources: [],
  figures: [],
};

export const ARRIVALS: ContextSeries = series.find((s) => s.id === 'arrivals-south-korea') ?? EMPTY;

/** The sources the series' figures cite, in the order first cited. */
export function citedSources(s: ContextSeries): ContextSource[] {
  const ids = [...new Set(s.figures.map((f) => f.source))];
  return ids.flatMap((id) => s.sources.find((src) => src.id === id) ?? []);
}
