/**
 * The explore view written down in the URL: the filters (filters.ts), the brushed years, the
 * undated switch, the layers, the context series and a comparison. Defaults are left out, and
 * other parameters are kept.
 */
import { readFilters, writeFilters, type ExploreFilters } from './filters.ts';
import { readYears } from './brush.ts';

export interface ExploreUrl {
  filters: ExploreFilters;
  years: [number, number] | null;
  keepUndated: boolean;
  corridor: boolean;
  context: boolean;
  compare: string[] | null;
}

export function readExplore(search: string): ExploreUrl {
  const p = new URLSearchParams(search);
  const compare = (p.get('compare') ?? '').split(',').filter(Boolean);
  return {
    filters: readFilters(search),
    years: readYears(search),
    keepUndated: p.get('undated') !== '0',
    corridor: p.get('route') !== '0',
    context: p.get('context') === '1',
    compare: compare.length > 0 ? compare.slice(0, 2) : null,
  };
}

export function writeExplore(search: string, state: ExploreUrl): string {
  const p = new URLSearchParams(writeFilters(search, state.filters));
  const set = (k: string, v: string | null) => (v ? p.set(k, v) : p.delete(k));
  set('years', state.years ? `${state.years[0]}-${state.years[1]}` : null);
  set('undated', state.keepUndated ? null : '0');
  set('route', state.corridor ? null : '0');
  set('context', state.context ? '1' : null);
  set('compare', state.compare ? state.compare.join(',') : null);
  const s = p.toString();
  return s ? `?${s}` : '';
}
