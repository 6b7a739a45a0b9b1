/** Rules about the legs between steps: where a leg starts. */
import { didYouMean } from '../suggest.ts';
import type { Rule } from './context.ts';

export const legStartKnown: Rule = {
  id: 'leg-start-known',
  description: 'A leg’s `from` is a place in the gazetteer.',
  check: ({ data, gazetteer, gazetteerOk, at }) =>
    gazetteerOk
      ? data.steps.flatMap((step, i) => {
          const from = step.leg?.from;
          return from && !gazetteer.places.has(from)
            ? [
                at(
                  ['steps', i, 'leg', 'from'],
                  'reference/place',
                  `unknown place "${from}"${didYouMean(from, gazetteer.places.keys())}`,
                  'a place id from data/gazetteer.yaml',
                ),
              ]
            : [];
        })
      : [],
};
