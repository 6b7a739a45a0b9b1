/**
 * Tiny compiled stories for tests of the views and state. They follow the compiled types in
 * src/data/types.ts, so they need no build and no data files.
 */
import type { JourneyIndex, Place, Step, Story, StoryDate } from '../src/data/types.ts';

export function place(id: string, point: [number, number] = [127, 40]): Place {
  return {
    id,
    name: { en: id[0]!.toUpperCase() + id.slice(1), ko: '장소' },
    country: 'KP',
    kind: 'city',
    precision: 'city',
    point,
    uncertaintyKm: 15,
  };
}

const UNDATED: StoryDate = { precision: 'unknown', basis: 'estimated' };

export function year(value: number, basis: StoryDate['basis'] = 'stated'): StoryDate {
  return {
    precision: 'year',
    basis,
    value: String(value),
    start: Date.UTC(value, 0, 1),
    end: Date.UTC(value + 1, 0, 1),
  };
}

export function step(index: number, overrides: Partial<Step> = {}): Step {
  return {
    index,
    id: `s${index}`,
    heading: { en: `Heading ${index}` },
    place: place(`place${index}`, [120 + index, 40]),
    placeBasis: 'stated',
    mark: 'point',
    anchor: [120 + index, 40],
    frame: [119 + index, 39, 121 + index, 41],
    time: { date: UNDATED },
    excerpts: [{ text: `Words of step ${index}.`, source: 'src', warnings: [], translations: [] }],
    warnings: [],
    terms: [],
    ...(index > 0 ? { leg: { mode: 'unknown', basis: 'stated' } } : {}),
    ...overrides,
  };
}

export function story(id: string, steps: Step[], overrides: Partial<Story> = {}): Story {
  return {
    id,
    title: { en: `${id} title` },
    person: { name: id, shortName: id, nameKind: 'first-name' },
    fiction: false,
    summary: { en: `${id} summary` },
    sources: [{ id: 'src', title: 'A source', publisher: 'LiNK', url: 'https://example.org/post' }],
    consent: { status: 'published-by-source', note: 'note', removalContact: 'contact' },
    corrections: [],
    warnings: [...new Set(steps.flatMap((s) => s.warnings))],
    steps,
    routeText: `From ${id}.`,
    bbox: [100, 30, 140, 50],
    color: '#0072B2',
    ...overrides,
  };
}

/** Three stories: one undated, one with stated and estimated years, one fiction. */
export function smallIndex(): JourneyIndex {
  return {
    stories: [
      story('ana', [step(0), step(1), step(2)]),
      story('ben', [
        step(0, { time: { date: year(2002, 'estimated') } }),
        step(1),
        step(2, { time: { date: year(2007) } }),
      ]),
      story('kim', [step(0), step(1)], {
        fiction: true,
        person: { name: 'Kim', shortName: 'Kim', nameKind: 'fictional' },
      }),
    ],
    corridors: [],
    glossary: [],
  };
}
