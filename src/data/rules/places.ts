/** Rules about where each step happens and how the journey crosses the border. */
import type { Place } from '../types.ts';
import { didYouMean } from '../suggest.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { NOT_STATED } from './cues.ts';
import type { Rule } from './context.ts';

export const stepIdsUnique: Rule = {
  id: 'step-ids-unique',
  description: 'Each step of a story has its own id.',
  check: ({ data, at }) => {
    const seen = new Set<string>();
    return data.steps.flatMap((step, i) => {
      const twice = seen.has(step.id);
      seen.add(step.id);
      return twice
        ? [
            at(
              ['steps', i, 'id'],
              'reference/step',
              `step id "${step.id}" is used twice in this story`,
              'a different id for each step',
            ),
          ]
        : [];
    });
  },
};

export const placeKnown: Rule = {
  id: 'place-known',
  description: 'A step’s place is in the gazetteer, or is not-stated.',
  check: ({ data, gazetteer, gazetteerOk, at }) =>
    gazetteerOk
      ? data.steps.flatMap((step, i) =>
          step.place !== NOT_STATED && !gazetteer.places.has(step.place)
            ? [
                at(
                  ['steps', i, 'place'],
                  'reference/place',
                  `unknown place "${step.place}"${didYouMean(step.place, [...gazetteer.places.keys(), NOT_STATED])}`,
                  `a place id from data/gazetteer.yaml, or ${NOT_STATED}`,
                ),
              ]
            : [],
        )
      : [],
};

/** Each step with the last place stated before it, and whether it moves away from that place. */
function moves(data: Parameters<Rule['check']>[0]['data']) {
  let previous: string | undefined;
  return data.steps.map((step, i) => {
    const from = previous;
    const moved = i > 0 && step.place !== from && step.place !== NOT_STATED;
    if (step.place !== NOT_STATED) previous = step.place;
    return { step, i, from, moved };
  });
}

/** A move between North Korea and China that does not go through a border river step. */
function crossesBorderOnLand(from: Place, to: Place): boolean {
  if (from.precision === 'river' || to.precision === 'river') return false;
  const a = from.country.split(' ');
  const b = to.country.split(' ');
  return (a.includes('KP') && b.includes('CN')) || (a.includes('CN') && b.includes('KP'));
}

export const borderCrossedAtRiver: Rule = {
  id: 'border-crossed-at-river',
  description:
    'A journey crosses between North Korea and China at a river step, and a river leg ends at a river.',
  check: ({ data, gazetteer, at }) =>
    moves(data).flatMap(({ step, i, from, moved }): Diagnostic[] => {
      const place = step.place === NOT_STATED ? undefined : gazetteer.places.get(step.place);
      const fromPlace = from === undefined ? undefined : gazetteer.places.get(from);
      const out: Diagnostic[] = [];
      // A river leg to a point has its own message below.
      if (
        moved &&
        place &&
        fromPlace &&
        step.leg?.mode !== 'river' &&
        crossesBorderOnLand(fromPlace, place)
      )
        out.push(
          at(
            ['steps', i, 'place'],
            'privacy/border-point',
            `this step goes from ${fromPlace.name.en} straight to ${place.name.en}, across the North Korea–China border; a border crossing is shown as the river, never as a point or a line between towns (DOMAIN: border crossings)`,
            'a step before this one at the river: place: yalu-river, tumen-river, or nk-china-border when the text does not name the river',
          ),
        );
      if (step.leg?.mode === 'river' && place && place.precision !== 'river')
        out.push(
          at(
            ['steps', i, 'leg', 'mode'],
            'privacy/border-point',
            `a river crossing must end at a river, drawn as a band, not at the point "${place.id}" (DOMAIN: border crossings)`,
            'place: yalu-river, tumen-river or nk-china-border',
          ),
        );
      return out;
    }),
};

export const firstStepHasNoLeg: Rule = {
  id: 'first-step-has-no-leg',
  description: 'The first step has no leg, since nothing leads to it.',
  check: ({ data, at }) =>
    data.steps[0]?.leg
      ? [
          at(
            ['steps', 0, 'leg'],
            'schema',
            'the first step has a leg, but nothing leads to it',
            'no leg on the first step',
            'warning',
          ),
        ]
      : [],
};

export const moveHasLeg: Rule = {
  id: 'move-has-leg',
  description: 'A step that moves to a new place has a leg saying how.',
  check: ({ data, at }) =>
    moves(data).flatMap(({ step, i, moved }) =>
      moved && !step.leg
        ? [
            at(
              ['steps', i, 'place'],
              'schema',
              `this step moves to "${step.place}" but has no leg saying how`,
              'leg: { mode: …, basis: … }; use mode: unknown if the text does not say',
            ),
          ]
        : [],
    ),
};

export const hiddenPlaceCoarse: Rule = {
  id: 'hidden-place-coarse',
  description: 'A place of hiding is never given more closely than its country.',
  check: ({ data, gazetteer, at }) =>
    data.steps.flatMap((step, i) => {
      const place = step.place === NOT_STATED ? undefined : gazetteer.places.get(step.place);
      return step.hidden && place && place.kind !== 'country'
        ? [
            at(
              ['steps', i, 'place'],
              'privacy/hidden-place',
              `this step is a place of hiding, but "${place.id}" is finer than a country; where someone hid is never shown more closely than the country`,
              `the country, such as ${place.country === 'CN' ? 'china' : 'the country the place is in'}, or ${NOT_STATED}`,
            ),
          ]
        : [];
    }),
};
