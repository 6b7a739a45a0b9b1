/** The moment seen as a deck of steps, for PresentMachine. */
import type { Moment, Origin } from '../state/moment.svelte.ts';
import type { Deck } from './machine.ts';

export function momentDeck(moment: Moment, origin: Origin): Deck {
  const at = (i: number) => moment.story?.steps[i];
  return {
    get step() {
      return moment.step;
    },
    get count() {
      return moment.stepCount;
    },
    goTo: (step) => moment.goTo(step, origin),
    gated: (i) => {
      const step = at(i);
      return step !== undefined && moment.isGated(step);
    },
    reveal: (i) => {
      const step = at(i);
      if (step) moment.reveal(step);
    },
    skip: (i) => {
      const step = at(i);
      if (step) moment.skip(step, origin);
    },
  };
}
