import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { Moment } from '../../src/state/moment.svelte.ts';
import StoryPanel from '../../src/story/StoryPanel.svelte';
import Timeline from '../../src/timeline/Timeline.svelte';
import Harness from './Harness.svelte';
import { step, story } from '../fixtures.ts';
import type { JourneyIndex } from '../../src/data/types.ts';

/** One fiction story with a two-word name, a gated heading and a date from an outside source. */
function index(): JourneyIndex {
  return {
    stories: [
      story(
        'walker',
        [
          step(0, { heading: { en: 'Home' } }),
          step(1, {
            heading: { en: 'Later' },
            headingFull: { en: 'Sold a second time' },
            warnings: ['human-trafficking'],
            time: {
              date: { precision: 'year', basis: 'cited', value: '2007', source: 'profile' },
            },
          }),
        ],
        {
          fiction: true,
          person: { name: 'Test Walker', shortName: 'Test Walker', nameKind: 'fictional' },
          warnings: ['human-trafficking'],
          sources: [
            { id: 'src', title: 'A source', publisher: 'LiNK' },
            {
              id: 'profile',
              title: 'A public profile',
              publisher: 'A publisher',
              url: 'https://example.org/profile',
            },
          ],
        },
      ),
    ],
    corridors: [],
    glossary: [],
  };
}

describe('Timeline lanes and descriptions come from the data', () => {
  it('labels the lane with person.shortName, never the last word of the name', () => {
    const moment = new Moment(index());
    const { container } = render(Harness, { props: { moment, view: Timeline } });
    expect(container.querySelector('.lane-label')!.textContent!.trim()).toBe(
      'Test Walker (fiction)',
    );
  });

  it('describes a gated step by its neutral heading, and a cited date with its source', () => {
    const moment = new Moment(index());
    moment.select('walker', 1, 'url');
    const { getByRole } = render(Harness, { props: { moment, view: Timeline } });
    const text = getByRole('slider').getAttribute('aria-valuetext');
    expect(text).toBe('Step 2 of 2: Later (2007, from A public profile, A publisher)');
    moment.reveal(moment.current!);
    flushSync();
    expect(getByRole('slider').getAttribute('aria-valuetext')).toContain('Sold a second time');
  });
});

describe('StepCard: warning first, full heading only once shown, cited source linked', () => {
  it('shows the gate before the neutral heading, then the full heading once revealed', () => {
    const moment = new Moment(index());
    moment.select('walker', 1, 'url');
    const { container } = render(Harness, { props: { moment, view: StoryPanel } });
    const card = container.querySelector('article.step[data-step="1"]')!;
    expect(card.firstElementChild!.getAttribute('aria-label')).toBe('Content warning');
    expect(card.querySelector('h3')!.textContent).toBe('Later');
    expect(card.textContent).not.toContain('Sold a second time');
    const link = card.querySelector<HTMLAnchorElement>('a[href="https://example.org/profile"]')!;
    expect(link.textContent).toBe('A public profile');
    expect(link.rel).toContain('noreferrer');
    moment.reveal(moment.current!);
    flushSync();
    expect(card.querySelector('h3')!.textContent).toBe('Sold a second time');
  });
});
