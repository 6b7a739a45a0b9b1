import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAndCompile } from '../../src/data/load.ts';
import {
  NO_FILTERS,
  applyFilters,
  destinationOf,
  eraOf,
  readFilters,
  writeFilters,
} from '../../src/explore/filters.ts';

const { stories } = loadAndCompile({ root: resolve(import.meta.dirname, '../..') }).index;
const ids = (f = NO_FILTERS) =>
  applyFilters(stories, f)
    .map((s) => s.id)
    .sort();

describe('filters over the real stories', () => {
  it('destinationOf(story) derives the last stated country', () => {
    const byId = Object.fromEntries(stories.map((s) => [s.id, destinationOf(s)]));
    expect(byId['bella']).toBe('kr');
    expect(byId['joseph']).toBe('us');
  });
  it('eraOf(bella) is undated: no date is invented', () => {
    expect(eraOf(stories.find((s) => s.id === 'bella')!)).toBe('undated');
  });
  it('applyFilters with no filters keeps all six', () => {
    expect(ids()).toHaveLength(6);
  });
  it('fiction off hides Loh Kiwan', () => {
    expect(ids({ ...NO_FILTERS, fiction: false })).not.toContain('loh-kiwan');
  });
  it('hide human-trafficking hides Jin Kyung', () => {
    expect(ids({ ...NO_FILTERS, hide: ['human-trafficking'] })).not.toContain('jin-kyung');
  });
  it('dest=kr keeps only journeys ending in South Korea', () => {
    const kept = applyFilters(stories, { ...NO_FILTERS, dest: ['kr'] });
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((s) => destinationOf(s) === 'kr')).toBe(true);
  });
});

describe('readFilters / writeFilters', () => {
  it.each([
    ['', NO_FILTERS],
    [
      '?dest=kr&hide=human-trafficking',
      { ...NO_FILTERS, dest: ['kr'], hide: ['human-trafficking'] },
    ],
    [
      '?fiction=0&stated=1&era=2000s',
      { ...NO_FILTERS, fiction: false, statedOnly: true, era: ['2000s'] },
    ],
  ])('readFilters(%j)', (search, expected) => {
    expect(readFilters(search)).toEqual(expected);
  });
  it('round-trips and keeps other parameters', () => {
    const f = { ...NO_FILTERS, dest: ['kr', 'us'], fiction: false };
    const s = writeFilters('?mode=explore', f);
    expect(s).toContain('mode=explore');
    expect(readFilters(s)).toEqual(f);
    expect(writeFilters('?mode=explore', NO_FILTERS)).toBe('?mode=explore');
  });
});
