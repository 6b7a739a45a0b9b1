/** The keys the bench presses, and the steps they lead to. */
import { CliError } from '../lib/cli.ts';

export type StepKey = 'ArrowRight' | 'ArrowLeft' | 'Home';

/** The timed moves of one load: forward from the opening step, back, forward… */
export function moveKeys(count: number): StepKey[] {
  return Array.from({ length: count }, (_, i) => (i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft'));
}

/**
 * Keys that change the moment every time: to the last step, one back, then Home. For Joseph's
 * 9 steps a cycle is 10 changes, so the readings after 10 and after 200 are both taken at step 0
 * and differ only by what the 190 changes between them left behind.
 */
export function stepKeys(stepCount: number, count: number): StepKey[] {
  if (stepCount < 3) throw new CliError('the memory run needs a story with at least 3 steps');
  const cycle: StepKey[] = [
    ...Array<StepKey>(stepCount - 1).fill('ArrowRight'),
    'ArrowLeft',
    'Home',
  ];
  return Array.from({ length: count }, (_, i) => cycle[i % cycle.length]!);
}

/** The step shown after each key, from `start`: what the bench checks every key did. */
export function walk(start: number, keys: readonly StepKey[]): number[] {
  let step = start;
  return keys.map((key) => (step = key === 'Home' ? 0 : step + (key === 'ArrowRight' ? 1 : -1)));
}
