/**
 * The route in words: the map's text alternative, e.g. "From Hyesan, North Korea, across the
 * Yalu River (inferred) into China; six months in China; then to South Korea …". Composed when
 * shown, from the story and the messages, so it follows the reader's language.
 */
import type { Language, LegMode, Place, Story } from './types.ts';
import { MODE } from '../map/symbology.ts';
import { m, say } from '../i18n/index.ts';
import { countryName } from '../i18n/intl.ts';
import { localize } from '../story/format.ts';

/** The mode's words in a sentence; a river crossing says itself, and so does no mode. */
const modeWords = (mode: LegMode, lang: Language): string =>
  mode === 'river' || mode === 'unknown' ? '' : MODE[mode].words[lang];

const nameOf = (place: Place, lang: Language): string => localize(place.name, lang).text;

export function describePlace(place: Place, lang: Language = 'en'): string {
  const name = nameOf(place, lang);
  if (place.kind === 'country' || place.kind === 'river' || place.kind === 'institution')
    return name;
  // A name such as "Virginia, USA" already says its country.
  if (place.name.en.includes(',')) return name;
  return m.route_place_in_country(
    { place: name, country: countryName(place.country, lang) },
    say(lang),
  );
}

function riverName(place: Place, lang: Language): string {
  const name = nameOf(place, lang);
  return m.route_river({ river: name.replace(/^the /, '') }, say(lang));
}

export function describeRoute(story: Story, lang: Language = 'en'): string {
  const o = say(lang);
  const said = (text: Story['steps'][number]['time']['said']) =>
    text ? localize(text, lang).text : undefined;
  const parts: string[] = [];
  let previous: Place | null = null;
  let start = '';
  const steps = story.steps;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const when = said(step.time.said);
    if (!step.place) {
      parts.push(when ? m.route_unknown_said({ said: when }, o) : m.route_unknown({}, o));
      continue;
    }
    if (i === 0) {
      start = describePlace(step.place, lang);
      parts.push(m.route_from({ place: start }, o));
      previous = step.place;
      continue;
    }
    if (step.place.id === previous?.id) continue;
    const leg = step.leg;
    const basis =
      leg?.basis === 'inferred'
        ? ` ${m.route_basis_inferred({}, o)}`
        : leg?.basis === 'not-stated'
          ? ` ${m.route_basis_not_stated({}, o)}`
          : leg?.basis === 'cited'
            ? ` ${m.route_basis_cited({}, o)}`
            : '';
    const placeBasis = step.placeBasis === 'inferred' ? ` ${m.route_place_inferred({}, o)}` : '';
    if (step.place.precision === 'river') {
      const river = `${riverName(step.place, lang)}${placeBasis}`;
      const next = steps[i + 1];
      let phrase: string;
      if (
        next?.place &&
        next.place.kind === 'country' &&
        step.place.country.split(' ').includes(next.place.country)
      ) {
        phrase = m.route_across_into({ river, country: nameOf(next.place, lang) }, o);
        const nextSaid = said(next.time.said);
        previous = next.place;
        i++;
        pushCrossing(phrase);
        if (nextSaid)
          parts.push(m.route_time_in({ said: nextSaid, country: nameOf(next.place, lang) }, o));
        continue;
      }
      previous = step.place;
      pushCrossing(m.route_across({ river }, o));
      continue;
    }
    if (
      step.place.kind === 'country' &&
      previous?.country.split(' ').includes(step.place.country)
    ) {
      // Already in that country: the step is about time there, not a move.
      const country = nameOf(step.place, lang);
      parts.push(
        when ? m.route_time_in({ said: when, country }, o) : m.route_elsewhere_in({ country }, o),
      );
      previous = step.place;
      continue;
    }
    const mode = leg ? modeWords(leg.mode, lang) : '';
    const place = `${describePlace(step.place, lang)}${placeBasis}`;
    if (leg?.fromPlace) {
      const from = describePlace(leg.fromPlace, lang);
      parts.push(mode ? m.route_via_by({ from, mode, place }, o) : m.route_via({ from, place }, o));
      previous = step.place;
      continue;
    }
    parts.push(`${mode ? m.route_to_by({ place, mode }, o) : m.route_to({ place }, o)}${basis}`);
    previous = step.place;
  }
  const text = `${parts.join(m.route_separator({}, o))}.`;
  return story.fiction ? m.route_fiction({ text }, o) : text;

  /** A crossing straight after the start reads as one phrase: "From Hyesan, across …". */
  function pushCrossing(phrase: string) {
    if (parts.length === 1 && start)
      parts[0] = m.route_from_across({ place: start, across: phrase }, o);
    else parts.push(phrase);
  }
}
