import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import type { JourneyGeometry } from '../../src/data/types.ts';
import { stepState, StepStates, type StepState } from '../../src/map/step-state.ts';

describe('stepState(feature, story, step)', () => {
  it.each([
    {
      name: 'overview',
      story: null,
      step: 0,
      feature: { story: 'ana', step: 0 },
      travelled: false,
      current: false,
    },
    {
      name: 'another story',
      story: 'ben',
      step: 3,
      feature: { story: 'ana', step: 1 },
      travelled: false,
      current: false,
    },
    {
      name: 'an earlier step',
      story: 'ana',
      step: 2,
      feature: { story: 'ana', step: 1 },
      travelled: true,
      current: false,
    },
    {
      name: 'the open step',
      story: 'ana',
      step: 2,
      feature: { story: 'ana', step: 2 },
      travelled: true,
      current: true,
    },
    {
      name: 'a later step',
      story: 'ana',
      step: 2,
      feature: { story: 'ana', step: 3 },
      travelled: false,
      current: false,
    },
  ])('$name', ({ feature, story, step, travelled, current }) => {
    expect(stepState(feature, story, step)).toEqual({ travelled, current });
  });
});

const collection = (keys: [string, number][]): FeatureCollection =>
  ({
    type: 'FeatureCollection',
    features: keys.map(([story, step]): Feature => ({
      type: 'Feature',
      properties: { story, step },
      geometry: { type: 'Point', coordinates: [0, 0] },
    })),
  }) as FeatureCollection;

// Two stories: ana with steps 0–2, ben with 0–1. Legs lead to steps 1 and 2.
const geometry = {
  legs: collection([
    ['ana', 1],
    ['ana', 2],
    ['ben', 1],
  ]),
  halos: collection([['ana', 0]]),
  bands: collection([]),
  points: collection([
    ['ana', 0],
    ['ana', 1],
    ['ana', 2],
    ['ben', 0],
    ['ben', 1],
  ]),
  corridors: collection([]),
} as unknown as JourneyGeometry;

function recorder() {
  const calls: { source: string; id: number; state: StepState }[] = [];
  return {
    calls,
    setFeatureState: (feature: { source: string; id: number }, state: StepState) =>
      calls.push({ ...feature, state }),
  };
}

describe('StepStates.apply(map, story, step)', () => {
  it('sets the travelled and current features of the open story, by index', () => {
    const map = recorder();
    new StepStates(geometry).apply(map, 'ana', 1);
    expect(map.calls).toEqual([
      { source: 'legs', id: 0, state: { travelled: true, current: true } },
      { source: 'halos', id: 0, state: { travelled: true, current: false } },
      { source: 'points', id: 0, state: { travelled: true, current: false } },
      { source: 'points', id: 1, state: { travelled: true, current: true } },
    ]);
  });

  it('sends only what changed on the next step', () => {
    const states = new StepStates(geometry);
    states.apply(recorder(), 'ana', 1);
    const map = recorder();
    expect(states.apply(map, 'ana', 2)).toBe(4);
    expect(map.calls).toEqual([
      { source: 'legs', id: 0, state: { travelled: true, current: false } },
      { source: 'legs', id: 1, state: { travelled: true, current: true } },
      { source: 'points', id: 1, state: { travelled: true, current: false } },
      { source: 'points', id: 2, state: { travelled: true, current: true } },
    ]);
  });

  it('clears the last story when another opens, and everything on the overview', () => {
    const states = new StepStates(geometry);
    states.apply(recorder(), 'ana', 2);
    const toBen = recorder();
    states.apply(toBen, 'ben', 0);
    expect(toBen.calls.map((c) => `${c.source}/${c.id}`).sort()).toEqual(
      ['halos/0', 'legs/0', 'legs/1', 'points/0', 'points/1', 'points/2', 'points/3'].sort(),
    );
    const overview = recorder();
    states.apply(overview, null, 0);
    expect(overview.calls).toEqual([
      { source: 'points', id: 3, state: { travelled: false, current: false } },
    ]);
  });

  it('sends nothing when nothing changed', () => {
    const states = new StepStates(geometry);
    states.apply(recorder(), 'ana', 1);
    expect(states.apply(recorder(), 'ana', 1)).toBe(0);
  });
});
