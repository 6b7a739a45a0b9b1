import { describe, expect, it } from 'vitest';
import { render, fireEvent } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { Moment } from '../../src/state/moment.svelte.ts';
import StoryPanel from '../../src/story/StoryPanel.svelte';
import Timeline from '../../src/timeline/Timeline.svelte';
import Harness from './Harness.svelte';
import { smallIndex, step, story } from '../fixtures.ts';

function show(view: typeof StoryPanel | typeof Timeline, moment: Moment) {
  return render(Harness, { props: { moment, view } });
}

describe('StoryPanel', () => {
  it('renders text from data as text, never as HTML', () => {
    const evil = '<img src=x onerror="window.hacked=1"><b>bold</b>';
    const index = {
      stories: [
        story(
          'x',
          [
            step(0, {
              heading: { en: evil },
              excerpts: [{ text: evil, source: 'src', warnings: [], translations: [] }],
              context: { en: evil },
            }),
          ],
          { title: { en: evil }, summary: { en: evil } },
        ),
      ],
      corridors: [],
      glossary: [],
    };
    const moment = new Moment(index);
    moment.select('x', 0, 'url');
    const { container } = show(StoryPanel, moment);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('blockquote')!.textContent).toContain(evil);
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });

  it('hides flagged passages behind a warning until shown', async () => {
    const index = {
      stories: [
        story('x', [
          step(0, {
            warnings: ['starvation'],
            excerpts: [
              { text: 'Safe words.', source: 'src', warnings: [], translations: [] },
              { text: 'Hard words.', source: 'src', warnings: ['starvation'], translations: [] },
            ],
          }),
        ]),
      ],
      corridors: [],
      glossary: [],
    };
    const moment = new Moment(index);
    moment.select('x', 0, 'url');
    const { container, getByRole } = show(StoryPanel, moment);
    expect(container.textContent).toContain('Safe words.');
    expect(container.textContent).not.toContain('Hard words.');
    expect(container.textContent).toContain('A passage about starvation is hidden.');
    await fireEvent.click(getByRole('button', { name: 'Show this part' }));
    expect(container.textContent).toContain('Hard words.');
  });

  it('shows the original with a “not translated” marker, in the reader’s language, when a translation is missing', () => {
    const index = {
      stories: [
        story('x', [
          step(0, { heading: { en: 'Only English' } }),
          step(1, { heading: { en: 'Both', ko: '둘 다' } }),
        ]),
      ],
      corridors: [],
      glossary: [],
    };
    const moment = new Moment(index);
    moment.select('x', 0, 'url');
    moment.lang = 'ko';
    const { container } = show(StoryPanel, moment);
    const headings = [...container.querySelectorAll('h3')].map((h) => h.textContent!.trim());
    expect(headings[0]).toBe('Only English (번역 없음)');
    expect(headings[1]).toBe('둘 다');
  });

  it('marks an estimated date as an estimate', () => {
    const moment = new Moment(smallIndex());
    moment.select('ben', 0, 'url');
    const { container } = show(StoryPanel, moment);
    expect(container.querySelector('[id$="-step-ben-0"]')!.textContent).toContain(
      'about 2002 (estimate)',
    );
    expect(container.querySelector('[id$="-step-ben-2"]')!.textContent).not.toContain('estimate');
  });

  it('lists every journey in the overview, fiction marked', () => {
    const moment = new Moment(smallIndex());
    const { container } = show(StoryPanel, moment);
    expect(container.querySelectorAll('.card')).toHaveLength(3);
    expect(container.querySelector('.card.fiction')!.textContent).toMatch(/Fiction/);
  });
});

describe('Timeline', () => {
  /** The SVG with numbers rounded to 3 decimals, as Observable Plot snapshots it. */
  function svgSnapshot(container: HTMLElement) {
    const svg = container.querySelector('svg')!;
    // Svelte's scoped-style hashes change with any style edit: they are not the drawing.
    const withoutHashes = svg.outerHTML.replace(/ class="([^"]*)"/g, (_, names: string) => {
      const kept = names.split(/\s+/).filter((name) => name && !/^svelte-[a-z0-9]+$/.test(name));
      return kept.length ? ` class="${kept.join(' ')}"` : '';
    });
    return withoutHashes
      .replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * 1000) / 1000 || 0))
      .replace(/<!---->/g, '');
  }

  it('is a slider named “Timeline” over the open journey’s steps', () => {
    const moment = new Moment(smallIndex());
    moment.select('ben', 2, 'url');
    const { getByRole } = show(Timeline, moment);
    const slider = getByRole('slider');
    expect(slider.getAttribute('aria-label')).toBe('Timeline of ben’s journey');
    expect(slider.getAttribute('aria-valuenow')).toBe('3');
    expect(slider.getAttribute('aria-valuemax')).toBe('3');
    expect(slider.getAttribute('aria-valuetext')).toContain('Step 3 of 3: Heading 2 (2007)');
  });

  it('moves the story with arrow keys, Home and End', async () => {
    const moment = new Moment(smallIndex());
    moment.select('ana', 0, 'url');
    const { getByRole } = show(Timeline, moment);
    const slider = getByRole('slider');
    await fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect([moment.step, moment.origin]).toEqual([1, 'timeline']);
    await fireEvent.keyDown(slider, { key: 'End' });
    expect(moment.step).toBe(2);
    await fireEvent.keyDown(slider, { key: 'Home' });
    expect(moment.step).toBe(0);
    flushSync();
    expect(slider.getAttribute('aria-valuenow')).toBe('1');
  });

  it('draws estimates differently from stated dates, and undated steps in the band (SVG snapshot)', () => {
    const moment = new Moment(smallIndex());
    moment.select('ben', 1, 'url');
    const { container } = show(Timeline, moment);
    const marks = [...container.querySelectorAll('.mark.selected')].map((g) => [
      g.getAttribute('data-step'),
      g.getAttribute('data-basis'),
      g.querySelector('circle')!.getAttribute('stroke-dasharray'),
    ]);
    expect(marks).toEqual([
      ['0', 'estimated', '3 2'],
      ['2', 'stated', null],
      ['1', 'undated', null],
    ]);
    expect(svgSnapshot(container)).toMatchSnapshot();
  });
});

describe('StepCard words', () => {
  it('explains the glossary words a step uses', () => {
    const index = {
      stories: [story('x', [step(0, { terms: ['defector'] }), step(1)])],
      corridors: [],
      glossary: [
        { id: 'defector', term: 'defector', words: ['defector'], definition: 'A contested word.' },
        { id: 'broker', term: 'broker', words: ['broker'], definition: 'A paid guide.' },
      ],
    };
    const moment = new Moment(index);
    moment.select('x', 0, 'url');
    const { container } = show(StoryPanel, moment);
    const words = container.querySelector('[id$="-step-x-0"] .glossary')!;
    expect(words.textContent).toContain('defector');
    expect(words.textContent).toContain('A contested word.');
    expect(words.textContent).not.toContain('broker');
    expect(container.querySelector('[id$="-step-x-1"] .glossary')).toBeNull();
  });
});
