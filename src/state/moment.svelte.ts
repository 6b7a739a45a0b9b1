/**
 * The moment: which journey is open, at which step. One instance per app, provided through
 * context, so two embeds on one page never share it. The map, the timeline and the story panel
 * all read it and change it only through its methods; none of them talks to another directly.
 */
import { getContext, setContext } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import type { JourneyIndex, Language, Step, Story } from '../data/types.ts';

/** Who made the latest change, so a view can tell its own echo from a real request. */
export type Origin =
  | 'init'
  | 'url'
  | 'history'
  | 'scroll'
  | 'timeline'
  | 'key'
  | 'map'
  | 'button'
  | 'channel'
  /** The page an embed sits in: an attribute, a method or a message. */
  | 'embed';

export class Moment {
  readonly index: JourneyIndex;

  storyId = $state<string | null>(null);
  step = $state(0);
  origin = $state<Origin>('init');
  /** A story id asked for (by URL) that does not exist; the app shows a way back. */
  missingStoryId = $state<string | null>(null);
  /**
   * The URL's `step` when it names no step of the open journey (`99`, `-3`, `two`): the
   * journey opened at the nearest step, and the app says so until the reader moves.
   */
  stepAsked = $state<string | null>(null);
  lang = $state<Language>('en');
  /** A journey pointed at in the overview (hover or focus), for the map to highlight. */
  highlightId = $state<string | null>(null);
  /** Steps whose content warnings the reader chose to see, as `story/step`. */
  readonly revealed = new SvelteSet<string>();
  /** Stories whose content warnings the reader chose to see all at once. */
  readonly revealedStories = new SvelteSet<string>();

  story: Story | null = $derived.by(() =>
    this.storyId === null ? null : (this.index.stories.find((s) => s.id === this.storyId) ?? null),
  );
  current: Step | null = $derived(this.story?.steps[this.step] ?? null);
  stepCount = $derived(this.story?.steps.length ?? 0);
  isFirst = $derived(this.step <= 0);
  isLast = $derived(this.step >= this.stepCount - 1);
  /** Every journey, the open one last so that it draws on top. */
  visibleStories: Story[] = $derived.by(() =>
    this.story
      ? [...this.index.stories.filter((s) => s !== this.story), this.story]
      : this.index.stories,
  );

  constructor(index: JourneyIndex) {
    this.index = index;
  }

  /** Opens a journey (or the overview, with `null`) at a step. Unknown ids are remembered. */
  select(storyId: string | null, step = 0, origin: Origin = 'button'): void {
    if (storyId !== null && !this.index.stories.some((s) => s.id === storyId)) {
      this.missingStoryId = storyId;
      this.stepAsked = null;
      this.storyId = null;
      this.step = 0;
      this.origin = origin;
      return;
    }
    this.missingStoryId = null;
    const count =
      storyId === null ? 1 : this.index.stories.find((s) => s.id === storyId)!.steps.length;
    const clamped = clampStep(step, count);
    if (storyId === this.storyId && clamped === this.step) return;
    this.stepAsked = null;
    this.storyId = storyId;
    this.step = clamped;
    this.origin = origin;
  }

  /** Moves within the open journey; out-of-range steps are clamped, repeats ignored. */
  goTo(step: number, origin: Origin): void {
    if (!this.story) return;
    const clamped = clampStep(step, this.stepCount);
    if (clamped === this.step) return;
    this.stepAsked = null;
    this.step = clamped;
    this.origin = origin;
  }

  next(origin: Origin): void {
    this.goTo(this.step + 1, origin);
  }

  previous(origin: Origin): void {
    this.goTo(this.step - 1, origin);
  }

  first(origin: Origin): void {
    this.goTo(0, origin);
  }

  last(origin: Origin): void {
    this.goTo(this.stepCount - 1, origin);
  }

  /** Whether a step's flagged passages are still hidden. */
  isGated(step: Step, storyId = this.storyId): boolean {
    if (step.warnings.length === 0 || storyId === null) return false;
    return !this.revealedStories.has(storyId) && !this.revealed.has(`${storyId}/${step.index}`);
  }

  reveal(step: Step, storyId = this.storyId): void {
    if (storyId !== null) this.revealed.add(`${storyId}/${step.index}`);
  }

  revealStory(storyId = this.storyId): void {
    if (storyId !== null) this.revealedStories.add(storyId);
  }

  /** Skips a gated step in the direction the reader was going. */
  skip(step: Step, origin: Origin = 'button'): void {
    const forward = step.index < this.stepCount - 1;
    this.goTo(forward ? step.index + 1 : step.index - 1, origin);
  }
}

export function clampStep(step: number, count: number): number {
  if (!Number.isFinite(step)) return 0;
  return Math.max(0, Math.min(Math.trunc(step), Math.max(0, count - 1)));
}

const KEY = Symbol('journey-map:moment');

export function setMoment(moment: Moment): Moment {
  return setContext(KEY, moment);
}

export function getMoment(): Moment {
  const moment = getContext<Moment | undefined>(KEY);
  if (!moment) throw new Error('getMoment() needs a Moment provided by an ancestor (setMoment)');
  return moment;
}
