/** Rules about the legs between steps: the corridor a typical leg follows, where a leg starts. */
import type { Diagnostic } from '../diagnostics.ts';
import { didYouMean } from '../suggest.ts';
import type { Rule } from './context.ts';

export const typicalLegCorridor: Rule = {
  id: 'typical-leg-corridor',
  description:
    'A typical leg follows a corridor from the gazetteer, and only a typical leg follows one.',
  check: ({ data, gazetteer, gazetteerOk, at }) =>
    data.steps.flatMap((step, i): Diagnostic[] => {
      const leg = step.leg;
      if (!leg) return [];
      const out: Diagnostic[] = [];
      if (leg.basis === 'typical' && !leg.corridor)
        out.push(
          at(
            ['steps', i, 'leg'],
            'schema',
            'a typical leg needs the corridor it follows',
            `corridor: one of ${[...gazetteer.corridors.keys()].join(', ')}`,
          ),
        );
      if (leg.corridor && leg.basis !== 'typical')
        out.push(
          at(
            ['steps', i, 'leg', 'corridor'],
            'privacy/typical',
            'a corridor is a generic route and can only be used by a leg whose basis is typical; it must never be shown as a stated route',
            'basis: typical',
          ),
        );
      if (leg.corridor && !gazetteer.corridors.has(leg.corridor) && gazetteerOk)
        out.push(
          at(
            ['steps', i, 'leg', 'corridor'],
            'reference/corridor',
            `unknown corridor "${leg.corridor}"${didYouMean(leg.corridor, gazetteer.corridors.keys())}`,
            'a corridor id from data/gazetteer.yaml',
          ),
        );
      return out;
    }),
};

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
