import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { render } from '@testing-library/svelte';
import App from '../../src/app/App.svelte';
import { clampStep, Moment } from '../../src/state/moment.svelte.ts';
import { smallIndex, step, story } from '../fixtures.ts';

describe('clampStep(step, count)', () => {
  it.each([
    [0, 3, 0],
    [2, 3, 2],
    [5, 3, 2],
    [-1, 3, 0],
    [1.7, 3, 1],
    [Number.NaN, 3, 0],
    [4, 0, 0],
  ])('clampStep(%d, %d) is %d', (input, count, expected) => {
    expect(clampStep(input, count)).toBe(expected);
  });
});

describe('new Moment(index)', () => {
  it('starts on the overview', () => {
    const moment = new Moment(smallIndex());
    expect(moment.story).toBeNull();
    expect(moment.current).toBeNull();
    expect(moment.visibleStories.map((s) => s.id)).toEqual(['ana', 'ben', 'kim']);
  });

  it('select(id, step) opens a journey, clamps the step and derives the rest', () => {
    const moment = new Moment(smallIndex());
    moment.select('ben', 9, 'url');
    expect(moment.storyId).toBe('ben');
    expect(moment.step).toBe(2);
    expect(moment.origin).toBe('url');
    expect(moment.current?.id).toBe('s2');
    expect(moment.isLast).toBe(true);
    expect(moment.visibleStories.at(-1)?.id).toBe('ben');
  });

  it('select(unknown) remembers the missing id rather than showing nothing', () => {
    const moment = new Moment(smallIndex());
    moment.select('nobody', 1, 'url');
    expect(moment.missingStoryId).toBe('nobody');
    expect(moment.story).toBeNull();
    moment.select('ana', 0, 'button');
    expect(moment.missingStoryId).toBeNull();
  });

  it('next/previous/first/last move within the journey and record who moved it', () => {
    const moment = new Moment(smallIndex());
    moment.select('ana', 0, 'url');
    moment.next('key');
    expect([moment.step, moment.origin]).toEqual([1, 'key']);
    moment.last('timeline');
    expect([moment.step, moment.origin]).toEqual([2, 'timeline']);
    moment.next('key');
    expect([moment.step, moment.origin]).toEqual([2, 'timeline']);
    moment.first('scroll');
    expect([moment.step, moment.origin]).toEqual([0, 'scroll']);
    moment.previous('key');
    expect([moment.step, moment.origin]).toEqual([0, 'scroll']);
  });

  it('goTo(same step) changes nothing, so views never echo each other', () => {
    const moment = new Moment(smallIndex());
    moment.select('ana', 1, 'url');
    let runs = 0;
    const stop = $effect.root(() => {
      $effect(() => {
        void moment.step;
        void moment.origin;
        runs++;
      });
    });
    flushSync();
    moment.goTo(1, 'scroll');
    flushSync();
    expect(runs).toBe(1);
    moment.goTo(2, 'scroll');
    flushSync();
    expect(runs).toBe(2);
    stop();
  });

  it('gates steps with warnings until revealed, per step or for the whole story', () => {
    const warned = step(1, { warnings: ['starvation'] });
    const index = {
      stories: [story('x', [step(0), warned, step(2, { warnings: ['imprisonment'] })])],
      corridors: [],
      glossary: [],
    };
    const moment = new Moment(index);
    moment.select('x', 1, 'url');
    expect(moment.isGated(warned)).toBe(true);
    moment.reveal(warned);
    expect(moment.isGated(warned)).toBe(false);
    expect(moment.isGated(index.stories[0]!.steps[2]!)).toBe(true);
    moment.revealStory();
    expect(moment.isGated(index.stories[0]!.steps[2]!)).toBe(false);
    expect(moment.isGated(index.stories[0]!.steps[0]!)).toBe(false);
  });

  it('skip(step) moves past a gated step in the reading direction', () => {
    const moment = new Moment(smallIndex());
    moment.select('ana', 1, 'url');
    moment.skip(moment.current!);
    expect(moment.step).toBe(2);
    moment.skip(moment.current!);
    expect(moment.step).toBe(1);
  });
});

describe('two Apps on one page', () => {
  function mountTwo({ ownsPage = false } = {}) {
    const props = {
      index: smallIndex(),
      syncUrl: 'off' as const,
      initial: { story: 'ana', step: 0 },
    };
    const a = render(App, { props: { ...props, ownsPage } });
    const b = render(App, { props });
    const roots = [...document.querySelectorAll<HTMLElement>('.journey-map')];
    expect(roots).toHaveLength(2);
    return { a, b, roots: roots as [HTMLElement, HTMLElement] };
  }
  /** The step each App's timeline says it is at, counted from 1. */
  const counts = (roots: HTMLElement[]) =>
    roots.map((r) => Number(r.querySelector('[role="slider"]')?.getAttribute('aria-valuenow')));
  const press = (target: Element, key: string) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

  it('moves only the App a key is pressed in', () => {
    const { roots } = mountTwo();
    expect(counts(roots)).toEqual([1, 1]);
    press(roots[0].querySelector('.stepper button')!, 'ArrowRight');
    flushSync();
    expect(counts(roots)).toEqual([2, 1]);
    press(roots[1].querySelector('.stepper button')!, 'End');
    flushSync();
    expect(counts(roots)).toEqual([2, 3]);
  });

  it('hears keys outside every App only in the one that owns the page', () => {
    const { roots } = mountTwo({ ownsPage: true });
    press(document.body, 'ArrowRight');
    flushSync();
    expect(counts(roots)).toEqual([2, 1]);
    // Pressed inside the other one, the owner leaves it to that one.
    press(roots[1].querySelector('.stepper button')!, 'ArrowRight');
    flushSync();
    expect(counts(roots)).toEqual([2, 2]);
  });

  it('gives each its own ids', () => {
    const { roots } = mountTwo();
    const ids = roots.map((r) => [...r.querySelectorAll('[id]')].map((el) => el.id));
    expect(ids[0]!.some((id) => id.endsWith('-story-panel'))).toBe(true);
    expect(ids[0]!.filter((id) => ids[1]!.includes(id))).toEqual([]);
    const skip = roots.map((r) => r.querySelector('a.skip-link')!.getAttribute('href'));
    expect(skip[0]).not.toBe(skip[1]);
    expect(roots[0].querySelector(skip[0]!)).not.toBeNull();
  });
});
