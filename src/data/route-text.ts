/**
 * The route in words: the map's text alternative, e.g. "From Hyesan, North Korea, across the
 * Yalu River (inferred) into China; six months in China; then to South Korea …".
 */
import type { Gazetteer } from './gazetteer.ts';
import type { LegMode, Place, Story } from './types.ts';
import { MODE } from '../map/symbology.ts';

const COUNTRY_NAMES: Record<string, string> = {
  BE: 'Belgium',
  DE: 'Germany',
  JP: 'Japan',
  RU: 'Russia',
  VN: 'Vietnam',
  KH: 'Cambodia',
};

/** The mode's words in a sentence; a river crossing says itself, and so does no mode. */
const modeWords = (mode: LegMode): string =>
  mode === 'river' || mode === 'unknown' ? '' : ` ${MODE[mode].words.en}`;

export function describePlace(place: Place, gazetteer: Gazetteer): string {
  if (place.kind === 'country' || place.kind === 'river' || place.kind === 'institution')
    return place.name.en;
  const country = [...gazetteer.places.values()].find(
    (p) => p.kind === 'country' && p.country === place.country,
  );
  const countryName = country?.name.en ?? COUNTRY_NAMES[place.country];
  // A name such as "Virginia, USA" already says its country.
  return countryName && !place.name.en.includes(',')
    ? `${place.name.en}, ${countryName}`
    : place.name.en;
}

function riverName(place: Place): string {
  return place.name.en.startsWith('the ') ? place.name.en : `the ${place.name.en}`;
}

export function describeRoute(story: Story, gazetteer: Gazetteer): string {
  const parts: string[] = [];
  let previous: Place | null = null;
  const steps = story.steps;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const said = step.time.said?.en;
    if (!step.place) {
      parts.push(`then somewhere the text does not state${said ? ` (${said})` : ''}`);
      continue;
    }
    if (i === 0) {
      parts.push(`From ${describePlace(step.place, gazetteer)}`);
      previous = step.place;
      continue;
    }
    if (step.place.id === previous?.id) continue;
    const leg = step.leg;
    const basis =
      leg?.basis === 'inferred'
        ? ' (route inferred)'
        : leg?.basis === 'not-stated'
          ? ' (route not stated)'
          : leg?.basis === 'cited'
            ? ' (route from an outside source)'
            : '';
    const placeBasis = step.placeBasis === 'inferred' ? ' (inferred)' : '';
    if (step.place.precision === 'river') {
      let phrase = `across ${riverName(step.place)}${placeBasis}`;
      const next = steps[i + 1];
      if (
        next?.place &&
        next.place.kind === 'country' &&
        step.place.country.split(' ').includes(next.place.country)
      ) {
        phrase += ` into ${next.place.name.en}`;
        const nextSaid = next.time.said?.en;
        parts.push(phrase);
        if (nextSaid) parts.push(`${nextSaid} in ${next.place.name.en}`);
        previous = next.place;
        i++;
        continue;
      }
      parts.push(phrase);
      previous = step.place;
      continue;
    }
    if (
      step.place.kind === 'country' &&
      previous?.country.split(' ').includes(step.place.country)
    ) {
      // Already in that country: the step is about time there, not a move.
      parts.push(
        said ? `${said} in ${step.place.name.en}` : `then elsewhere in ${step.place.name.en}`,
      );
      previous = step.place;
      continue;
    }
    const mode = leg ? modeWords(leg.mode) : '';
    const from = leg?.from ? gazetteer.places.get(leg.from) : undefined;
    if (from) {
      parts.push(
        `then to ${describePlace(from, gazetteer)} (route not stated), and${mode} to ${describePlace(step.place, gazetteer)}${placeBasis}`,
      );
      previous = step.place;
      continue;
    }
    parts.push(`then to ${describePlace(step.place, gazetteer)}${placeBasis}${mode}${basis}`);
    previous = step.place;
  }
  const text = `${parts.join('; ')}.`.replace(/^From ([^;]+); across/, 'From $1, across');
  return story.fiction ? `Fiction. ${text}` : text;
}
