/**
 * Adds places to a gazetteer file as text, after its last place, so that its comments,
 * layout and every other entry stay exactly as the person wrote them.
 */
import { isMap, isPair, isScalar, parseDocument, stringify } from 'yaml';
import type { NewPlace } from './to-story.ts';

export function addPlaces(
  text: string | undefined,
  places: Record<string, NewPlace>,
  heading: string,
): string {
  const block = placesBlock(places, heading);
  if (text === undefined || text.trim() === '') return `places:\n${block}`;
  const doc = parseDocument(text);
  const root = doc.contents;
  const pair = isMap(root)
    ? root.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === 'places')
    : undefined;
  const value = pair && isPair(pair) ? pair.value : undefined;
  if (doc.errors.length > 0 || !isMap(value) || value.flow || !value.range) {
    // Not a block of places we can append to as text: add them through the parser instead.
    if (doc.errors.length > 0)
      throw new Error('the gazetteer file is not valid YAML; fix it first (npm run validate)');
    for (const [id, place] of Object.entries(places)) doc.setIn(['places', id], place);
    return doc.toString({ lineWidth: 100 });
  }
  const end = value.range[1];
  const before = text.slice(0, end);
  const after = text.slice(end);
  return `${before}${before.endsWith('\n') ? '' : '\n'}\n${block}${after.startsWith('\n') || after === '' ? '' : '\n'}${after}`;
}

function placesBlock(places: Record<string, NewPlace>, heading: string): string {
  const body = stringify({ places }, { lineWidth: 96, flowCollectionPadding: true })
    .split('\n')
    .slice(1)
    .join('\n')
    // Coordinates read best on one line, as in the rest of the gazetteer.
    .replace(/coords:\n\s+- (-?[\d.]+)\n\s+- (-?[\d.]+)/g, 'coords: [$1, $2]')
    // A blank line between places, as in the rest of the gazetteer.
    .replace(/\n( {2}[^\s#][^\n]*:)$/gm, '\n\n$1');
  return `${heading
    .split('\n')
    .map((l) => `  # ${l}`.trimEnd())
    .join('\n')}\n${body}`;
}
