import { describe, expect, it } from 'vitest';
import type { View } from '../../src/map/svg/camera.ts';
import { fittingLabels } from '../../src/map/svg/collide.ts';
import type { CountryLabel } from '../../src/map/svg/scene.ts';

const label = (en: string, ko: string, x: number, y: number, rank: number): CountryLabel => ({
  x,
  y,
  rank,
  words: { en, ko },
});

/** Units are px here: the view is the identity. */
const IDENTITY: View = { k: 1, x: 0, y: 0 };
const [W, H, SIZE] = [800, 500, 12];

describe('fittingLabels(labels, view, width, height, fontSize, lang)', () => {
  it('fittingLabels keeps every label that overlaps none', () => {
    const labels = [
      label('China', '중국', 100, 100, 1),
      label('North Korea', '북한', 400, 100, 1),
      label('Japan', '일본', 700, 400, 2),
    ];
    expect([...fittingLabels(labels, IDENTITY, W, H, SIZE, 'en')].sort()).toEqual([0, 1, 2]);
  });

  it.each([
    { name: 'listed first', order: [0, 1] },
    { name: 'listed second', order: [1, 0] },
  ])('of two overlapping labels the higher ranked stays, $name', ({ order }) => {
    const pair = [
      label('North Korea', '북한', 400, 200, 1),
      label('Russia', '러시아', 410, 204, 2),
    ];
    const labels = order.map((i) => pair[i]!);
    const shown = fittingLabels(labels, IDENTITY, W, H, SIZE, 'en');
    expect([...shown]).toEqual([labels.indexOf(pair[0]!)]);
  });

  it('labels of equal rank: the one listed first stays, the other drops', () => {
    const labels = [
      label('North Korea', '북한', 400, 200, 1),
      label('South Korea', '한국', 400, 206, 1),
    ];
    expect([...fittingLabels(labels, IDENTITY, W, H, SIZE, 'en')]).toEqual([0]);
  });

  it('a dropped label takes no room: a third label overlapping only it is kept', () => {
    // B overlaps A and C; A outranks B, so B drops and C, clear of A, stays.
    const labels = [
      label('Aaaaaa', '', 300, 200, 1),
      label('Bbbbbb', '', 340, 200, 2),
      label('Cccccc', '', 380, 200, 3),
    ];
    expect([...fittingLabels(labels, IDENTITY, W, H, SIZE, 'en')].sort()).toEqual([0, 2]);
  });

  it.each([
    { side: 'west', x: -200, y: 250 },
    { side: 'east', x: W + 200, y: 250 },
    { side: 'north', x: 400, y: -50 },
    { side: 'south', x: 400, y: H + 50 },
  ])('a label wholly outside the view ($side) is not shown', ({ x, y }) => {
    const shown = fittingLabels([label('Mongolia', '몽골', x, y, 1)], IDENTITY, W, H, SIZE, 'en');
    expect(shown.size).toBe(0);
  });

  it('a label outside the view takes no room from one inside it', () => {
    // Ranked first but off screen: it must not push the visible one out.
    const labels = [label('Russia', '러시아', 400, -8, 1), label('China', '중국', 400, 4, 2)];
    expect([...fittingLabels(labels, IDENTITY, W, H, SIZE, 'en')]).toEqual([1]);
  });

  it('fittingLabels places labels through the view: panned away, none are shown', () => {
    const labels = [label('China', '중국', 100, 100, 1), label('Japan', '일본', 300, 120, 2)];
    const panned: View = { k: 2, x: -5000, y: 0 };
    expect(fittingLabels(labels, panned, W, H, SIZE, 'en').size).toBe(0);
    // Zoomed in about the origin they spread apart and both still show.
    const zoomed: View = { k: 2, x: 0, y: 0 };
    expect(fittingLabels(labels, zoomed, W, H, SIZE, 'en').size).toBe(2);
  });

  it('fittingLabels measures the words in the reader’s language', () => {
    // Long in English, short in Korean: they collide in one language only.
    const labels = [
      label('United States', '미국', 400, 200, 1),
      label('Cambodia', '캄보디아', 400 + 70, 200, 2),
    ];
    expect(fittingLabels(labels, IDENTITY, W, H, SIZE, 'en').size).toBe(1);
    expect(fittingLabels(labels, IDENTITY, W, H, SIZE, 'ko').size).toBe(2);
  });

  it('fittingLabels in Korean falls back to the English name where there is no Korean one', () => {
    const labels = [
      label('A very long English name', '', 400, 200, 1),
      label('X', 'X', 470, 200, 2),
    ];
    // Measured by the English name, the first label reaches over the second.
    expect([...fittingLabels(labels, IDENTITY, W, H, SIZE, 'ko')]).toEqual([0]);
  });
});
