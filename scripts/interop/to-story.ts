/**
 * Turns imported entries into our files: a story (YAML), the source text its excerpts quote,
 * and gazetteer entries for places the gazetteer does not have yet.
 *
 * Nothing is invented. A place or date the original does not give stays not-stated or
 * unknown; coordinates are coarsened to 0.1°; decisions only a person can make (the kind of
 * name, consent) are left as values the validator refuses, unless given on the command line.
 */
import { Document, isScalar, Scalar, visit } from 'yaml';
import { SUICIDE_METHOD, WARNING_CUES, NOT_STATED } from '../../src/data/compile.ts';
import { cuesIn } from '../../src/data/rules/cues.ts';
import { countryIdAt } from '../../src/data/borders.ts';
import { coarsen, decimalsOf, distanceKm, SENSITIVE_COUNTRIES } from '../../src/data/geo.ts';
import type { LngLat, NameKind, Place, Precision, Warning } from '../../src/data/types.ts';
import { WARNINGS } from '../../src/data/schema.ts';
import { ALPHA2_BY_NUMERIC } from './countries.ts';
import { FORMAT_NAMES, isLocationLink, type ImportedEntry, type ImportedStory } from './model.ts';
import { slugify } from '../new-story/template.ts';

export type ConsentStatus = 'published-by-source' | 'confirmed' | 'fiction';

/** Values the validator refuses, so a person must decide them before the story is published. */
export const UNDECIDED = 'to-be-decided';
const UNDECIDED_NAME = 'The name as the source publishes it';

export interface BuildContext {
  /** The new story's id; also the name of its source text file. */
  id: string;
  /** The imported file's name, for notes and the report. */
  inputName: string;
  /** ISO date of the import. */
  today: string;
  /** Places the story may use: the project's gazetteer and any in the output folder. */
  places: ReadonlyMap<string, Place>;
  /** Place ids already written somewhere, which new places must not reuse. */
  takenIds: ReadonlySet<string>;
  /** For our CSV: the text the excerpts quote. */
  sourceText?: string;
  name?: string;
  nameKind?: NameKind;
  consent?: ConsentStatus;
  fiction?: boolean;
  title?: string;
}

export interface NewPlace {
  name: string;
  country: string;
  kind: 'city' | 'region' | 'state' | 'institution';
  precision: Exclude<Precision, 'river'>;
  coords: LngLat;
  note: string;
}

export interface ImportReport {
  /** Places added to the gazetteer, and coordinates made coarser. */
  places: string[];
  /** Media links kept for readers; none is ever loaded. */
  media: string[];
  /** Content warnings added because the text mentions what they warn of. */
  warnings: string[];
  /** What a person must check or decide before the story is published. */
  check: string[];
  /** What could not be carried over. */
  notKept: string[];
}

export interface BuiltStory {
  storyYaml: string;
  /** How many steps the story has. */
  steps: number;
  sourceText: string;
  newPlaces: Record<string, NewPlace>;
  report: ImportReport;
}

const MAX_EXCERPT = 3000;
const CONTENT_WARNING_LINE = /^content warnings?:\s*(.+?)\.?$/i;
const MAX_EXCERPTS = 20;
const MAX_STEPS = 200;

/** Cuts text to a length at a word boundary, marking the cut. */
export function cut(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const head = flat.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Quotable pieces of a text: its paragraphs, each short enough to be one excerpt. */
export function excerptsFrom(text: string): string[] {
  const pieces: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    let rest = paragraph.replace(/\s+/g, ' ').trim();
    while (rest.length > MAX_EXCERPT) {
      const window = rest.slice(0, MAX_EXCERPT);
      const sentence = Math.max(
        window.lastIndexOf('. '),
        window.lastIndexOf('? '),
        window.lastIndexOf('! '),
      );
      const space = window.lastIndexOf(' ');
      const at = sentence > MAX_EXCERPT / 3 ? sentence + 1 : space > 0 ? space : MAX_EXCERPT;
      pieces.push(rest.slice(0, at).trim());
      rest = rest.slice(at).trim();
    }
    if (rest) pieces.push(rest);
  }
  if (pieces.length <= MAX_EXCERPTS) return pieces;
  // Too many paragraphs: join neighbours (still verbatim, as whitespace is not compared).
  const joined: string[] = [];
  for (const piece of pieces) {
    const last = joined[joined.length - 1];
    if (last !== undefined && last.length + 1 + piece.length <= MAX_EXCERPT)
      joined[joined.length - 1] = `${last} ${piece}`;
    else joined.push(piece);
  }
  return joined;
}

function normaliseName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function uniqueId(base: string, taken: (id: string) => boolean, fallback: string): string {
  const stem = (base || fallback).slice(0, 56).replace(/-+$/, '') || fallback;
  if (!taken(stem)) return stem;
  for (let n = 2; ; n++) if (!taken(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** How precisely a StoryMapJS slide means its point, from how far it zooms in. */
function precisionFromZoom(zoom: number | undefined): 'city' | 'province' | 'country' {
  if (zoom === undefined || zoom >= 7) return 'city';
  return zoom >= 5 ? 'province' : 'country';
}

const KIND_FOR: Record<NewPlace['precision'], NewPlace['kind']> = {
  exact: 'institution',
  city: 'city',
  province: 'region',
  state: 'state',
  country: 'region',
};

/**
 * The country a point is in. A coastal city can fall just outside the coarse coastline, so
 * points up to about 30 km around it are tried too, nearest first.
 */
function countryAt(point: LngLat): string | undefined {
  for (const d of [0, 0.1, 0.2, 0.3])
    for (const [dx, dy] of d === 0
      ? [[0, 0]]
      : [
          [d, 0],
          [-d, 0],
          [0, d],
          [0, -d],
          [d, d],
          [-d, -d],
          [d, -d],
          [-d, d],
        ]) {
      const id = countryIdAt([point[0] + dx!, point[1] + dy!]);
      const alpha2 = id === undefined ? undefined : ALPHA2_BY_NUMERIC.get(id.padStart(3, '0'));
      if (alpha2) return alpha2;
    }
  return undefined;
}

export function buildStory(imported: ImportedStory, ctx: BuildContext): BuiltStory {
  const report: ImportReport = {
    places: [],
    media: [],
    warnings: [],
    check: [],
    notKept: [...imported.notes],
  };
  const kind =
    imported.format === 'storymap' ? 'slide' : imported.format === 'timeline' ? 'event' : 'row';
  const formatName = FORMAT_NAMES[imported.format];
  const fromOriginal = imported.format !== 'csv';
  const newPlaces: Record<string, NewPlace> = {};
  const newByKey = new Map<string, string>();

  const byName = new Map<string, Place>();
  for (const place of ctx.places.values())
    for (const name of [place.id.replace(/-/g, ' '), place.name.en, place.name.ko])
      if (name && !byName.has(normaliseName(name))) byName.set(normaliseName(name), place);

  /** The place id for an entry, or not-stated; adds a gazetteer entry when needed. */
  const placeFor = (entry: ImportedEntry): string => {
    const loc = entry.location;
    if (!loc) return NOT_STATED;
    if (loc.id === NOT_STATED) return NOT_STATED;
    if (loc.id && (ctx.places.has(loc.id) || loc.id in newPlaces)) return loc.id;
    const name = loc.name ?? loc.id;
    const point: LngLat | undefined =
      loc.lat !== undefined && loc.lon !== undefined ? [loc.lon, loc.lat] : undefined;
    const known = name ? byName.get(normaliseName(name)) : undefined;
    if (
      known &&
      (!point ||
        known.precision === 'river' ||
        distanceKm(known.point, point) <= Math.max(50, 2 * known.uncertaintyKm))
    )
      return known.id;
    if (!point) {
      const id = slugify(name ?? '') || NOT_STATED;
      if (id !== NOT_STATED)
        report.check.push(
          `${entry.label}: the place "${name}" is not in the gazetteer and has no coordinates; use a place id from data/gazetteer.yaml, or give its latitude and longitude`,
        );
      return id;
    }
    let precision: NewPlace['precision'];
    if (loc.precision === 'river') {
      report.check.push(
        `${entry.label}: a new place cannot be a river; use yalu-river, tumen-river or nk-china-border`,
      );
      return slugify(name ?? '') || NOT_STATED;
    }
    precision = loc.precision ?? precisionFromZoom(loc.zoom);
    const country = loc.country ?? countryAt(coarsen(point, 'city', [])) ?? countryAt(point);
    const sensitive =
      SENSITIVE_COUNTRIES.has(country ?? '') || SENSITIVE_COUNTRIES.has(countryAt(point) ?? '');
    if (precision === 'exact' && sensitive) {
      report.places.push(
        `${entry.label}: an exact point in North Korea or China is not allowed; shown at city precision (0.1°)`,
      );
      precision = 'city';
    }
    const coords = coarsen(point, precision, sensitive ? ['KP'] : []);
    const finer = point.some((c) => decimalsOf(c) > (precision === 'exact' ? 5 : 1));
    const key = `${coords.join(',')}|${precision}|${normaliseName(name ?? '')}`;
    const same = newByKey.get(key);
    if (same) return same;
    // A name used by a place this import already added, close by: the same place.
    for (const [id, place] of Object.entries(newPlaces))
      if (
        name &&
        normaliseName(place.name) === normaliseName(name) &&
        distanceKm(place.coords, coords) <= 50
      )
        return id;
    // An earlier import may already have added a place at this point.
    for (const place of ctx.places.values())
      if (
        place.precision === precision &&
        place.point[0] === coords[0] &&
        place.point[1] === coords[1] &&
        (!name || normaliseName(place.name.en) === normaliseName(name))
      )
        return place.id;
    const placeName = cut(name ?? '', 120) || `Place of ${entry.label}`;
    if (!name)
      report.check.push(
        `${entry.label}: its place has no name in the original; it is called "${placeName}" until you name it in the gazetteer`,
      );
    const id = uniqueId(
      slugify(placeName),
      (x) => ctx.takenIds.has(x) || ctx.places.has(x) || x in newPlaces || x === NOT_STATED,
      `${ctx.id}-place`,
    );
    newPlaces[id] = {
      name: placeName,
      country: country ?? 'ZZ',
      kind: KIND_FOR[precision],
      precision,
      coords,
      note: cut(
        `Imported from ${entry.label} of ${ctx.inputName} (${formatName}) on ${ctx.today}${finer ? '; coordinates rounded' : ''}. Check it against GeoNames or OpenStreetMap.`,
        1000,
      ),
    };
    newByKey.set(key, id);
    report.places.push(
      `${entry.label}: new place "${id}" (${placeName}) at [${coords.join(', ')}], ${precision} precision` +
        (finer
          ? `; the original point was finer and is rounded to ${precision === 'exact' ? '5 decimals' : '0.1°'}, as the map never shows more`
          : ''),
    );
    if (!country)
      report.check.push(
        `${entry.label}: the country of "${id}" could not be told from its coordinates; it is written as ZZ: put its two-letter code`,
      );
    return id;
  };

  // Excerpts quote the source text: the original's own words for StoryMapJS and TimelineJS.
  const sourceParts: string[] = [];
  const quoteIn = (entry: ImportedEntry): string[] => {
    if (entry.excerpts) return entry.excerpts;
    for (const text of [entry.text, entry.headline, entry.media?.caption ?? '']) {
      // A content warning line (as our export writes) is not quoted: it becomes the warning.
      const pieces = excerptsFrom(text).filter((piece) => {
        const listed = CONTENT_WARNING_LINE.exec(piece);
        if (!listed) return true;
        for (const word of listed[1]!.split(/,\s*|\s+and\s+/)) {
          const warning = word
            .trim()
            .toLowerCase()
            .replace(/\s+/g, '-')
            .replace('death-of-a-parent', 'death-of-parent');
          if ((WARNINGS as readonly string[]).includes(warning))
            (entry.warnings ??= []).push(warning as Warning);
        }
        return false;
      });
      if (pieces.length > 0) return pieces;
    }
    return [];
  };

  const storyWarnings = new Set<Warning>();
  const steps: Record<string, unknown>[] = [];
  const stepIds = new Set<string>();
  let previousPlace: string | undefined;
  let entries = imported.entries;
  if (entries.length > MAX_STEPS) {
    report.notKept.push(
      `only the first ${MAX_STEPS} of ${entries.length} ${kind}s are kept: a story has at most ${MAX_STEPS} steps`,
    );
    entries = entries.slice(0, MAX_STEPS);
  }
  for (const entry of entries) {
    if (fromOriginal) {
      const lines = [
        `== ${entry.label} ==`,
        entry.headline,
        entry.date?.said ?? entry.said ?? '',
        entry.text,
        entry.media?.caption ?? '',
        entry.media?.credit ?? '',
      ];
      sourceParts.push(lines.filter((l) => l.trim() !== '').join('\n\n'));
    }
    let excerpts = quoteIn(entry);
    if (excerpts.length === 0) {
      report.notKept.push(`${entry.label} has no text to quote; skipped`);
      continue;
    }
    if (excerpts.length > MAX_EXCERPTS) {
      report.notKept.push(
        `${entry.label}: only the first ${MAX_EXCERPTS} paragraphs are quoted; the rest are in the source text`,
      );
      excerpts = excerpts.slice(0, MAX_EXCERPTS);
    }
    const heading =
      cut(entry.headline, 120) ||
      cut(excerpts[0]!.split(/(?<=[.!?])\s/)[0]!, 60) ||
      `${kind[0]!.toUpperCase()}${kind.slice(1)} ${steps.length + 1}`;
    const stepId = uniqueId(slugify(heading), (x) => stepIds.has(x), `step-${steps.length + 1}`);
    stepIds.add(stepId);
    const place = placeFor(entry);

    const warnings = new Set<Warning>(entry.warnings ?? []);
    for (const text of excerpts) {
      for (const [warning, cue] of WARNING_CUES)
        if (cue.test(text) && !warnings.has(warning)) {
          warnings.add(warning);
          report.warnings.push(
            `${entry.label}: "${warning}", because the text mentions it; check that it applies`,
          );
        }
      if (SUICIDE_METHOD.test(text))
        report.check.push(
          `${entry.label}: the text names a method of suicide, which is never quoted; the validator will point at the excerpt to remove`,
        );
    }
    for (const w of warnings) storyWarnings.add(w);

    const time: Record<string, unknown> = {};
    let said = entry.date?.said || entry.said || '';
    if (entry.date) {
      const year = entry.date.value.slice(0, 4);
      // The original states the date in its own fields; "said" carries it into the step.
      if (
        fromOriginal &&
        entry.date.basis === 'stated' &&
        /^\d{4}$/.test(year) &&
        !said.includes(year)
      )
        said = said ? `${said} (${entry.date.value})` : entry.date.value;
    }
    if (said) time.said = cut(said, 120);
    time.date = entry.date
      ? { value: entry.date.value, precision: entry.date.precision, basis: entry.date.basis }
      : 'unknown';

    // A heading that gives a warned subject away waits behind the warning (DOMAIN rule 6).
    const neutral = `${kind[0]!.toUpperCase()}${kind.slice(1)} ${steps.length + 1}`;
    const touched = cuesIn(heading);
    if (touched.length > 0)
      report.check.push(
        `step ${steps.length + 1}: its heading mentions ${touched.join(', ')}; it is kept as the full heading, shown after the warning, with "${neutral}" as the neutral one: write a better neutral heading`,
      );
    const step: Record<string, unknown> = {
      id: stepId,
      heading: touched.length > 0 ? { neutral, full: heading } : heading,
      place,
    };
    if (entry.placeBasis) step.place_basis = entry.placeBasis;
    step.time = time;
    const moves = place !== NOT_STATED && previousPlace !== undefined && place !== previousPlace;
    if (steps.length === 0 && entry.leg)
      report.notKept.push(
        `${entry.label}: the first step has no leg, so its way of travelling is not kept`,
      );
    else if (moves || (entry.leg && place !== NOT_STATED && place !== previousPlace)) {
      step.leg = {
        ...(entry.leg ?? { mode: 'unknown', basis: 'inferred' }),
        ...(fromOriginal
          ? {
              note: `The original shows this ${kind} after the previous one; it does not say how the journey went.`,
            }
          : {}),
      };
    }
    step.excerpts = excerpts;
    const context: string[] = [];
    if (entry.context) context.push(entry.context);
    if (entry.media?.url && isLocationLink(entry.media.url))
      report.notKept.push(
        `${entry.label}: its media is a map link, which could show a precise location; not kept`,
      );
    else if (entry.media?.url) {
      const caption = entry.media.caption
        ? ` (“${cut(entry.media.caption, 300)}”${entry.media.credit ? `, ${cut(entry.media.credit, 100)}` : ''})`
        : '';
      context.push(
        `In the original, this ${kind} shows media that this map does not load: ${entry.media.url}${caption}.`,
      );
      report.media.push(`${entry.label}: ${entry.media.url}`);
    }
    if (context.length > 0) step.context = cut(context.join(' '), 1000);
    if (warnings.size > 0) step.warnings = [...warnings];
    steps.push(step);
    if (place !== NOT_STATED) previousPlace = place;
  }
  if (steps.length === 0)
    report.check.push(`no ${kind} has text to quote, so the story has no steps: add them by hand`);
  if (!steps.some((s) => s.place !== NOT_STATED))
    report.check.push(
      `no ${kind} says where it happens: give at least one step a place (a country is enough)`,
    );

  const sourceText = fromOriginal
    ? [
        `Imported by npm run import from the ${formatName} file "${ctx.inputName}" on ${ctx.today}.`,
        `Below is the text of each ${kind}, with HTML removed. The excerpts in data/stories/${ctx.id}.yaml quote it.`,
        ...(imported.title ? [`Title: ${imported.title}`] : []),
        ...(imported.summary ? [imported.summary] : []),
        ...sourceParts,
      ].join('\n\n') + '\n'
    : (ctx.sourceText ??
      [
        `Paste the source text that the excerpts in data/stories/${ctx.id}.yaml quote here,`,
        'exactly as it was published, replacing these lines.',
        '',
      ].join('\n'));
  if (!fromOriginal && ctx.sourceText === undefined)
    report.check.push(
      `no source text was given (--source): paste it into data/sources/${ctx.id}.txt; until then, every excerpt is reported as not found in it`,
    );

  const fiction = ctx.fiction ?? false;
  if (!fiction && /\bfiction(al)?\b/i.test(`${imported.title ?? ''} ${imported.summary ?? ''}`))
    report.check.push(
      'the original mentions fiction: if the story is fiction, import it again with --fiction, so it is labelled everywhere',
    );
  const title =
    cut(ctx.title ?? imported.title ?? ctx.inputName.replace(/\.[^.]+$/, ''), 160) || ctx.id;
  const summary = imported.summary
    ? cut(imported.summary, 1000)
    : `Imported from ${ctx.inputName}. Write one to three sentences here in your own words.`;
  if (!imported.summary)
    report.check.push('the summary is a placeholder: write it in your own words');
  const summaryTouches = cuesIn(summary);
  // A warned subject the summary names is one the story as a whole carries.
  for (const w of summaryTouches) storyWarnings.add(w);
  if (summaryTouches.length > 0)
    report.check.push(
      `the summary mentions ${summaryTouches.join(', ')}; it is kept as the full summary, shown after the warning: write a neutral one`,
    );
  const nameKind = ctx.nameKind ?? (fiction ? 'fictional' : UNDECIDED);
  const consent = ctx.consent ?? (fiction ? 'fiction' : UNDECIDED);
  if (!ctx.name)
    report.check.push('person.name: the name exactly as the source publishes it (or use --name)');
  if (nameKind === UNDECIDED)
    report.check.push(
      'person.name_kind: pseudonym, first-name, public or fictional (or use --name-kind)',
    );
  if (consent === UNDECIDED)
    report.check.push(
      'consent.status: published-by-source, confirmed or fiction (or use --consent), and the consent note',
    );
  report.check.push('sources: the publisher and, if there is one, the link of the original');

  const story = {
    id: ctx.id,
    title,
    person: { name: cut(ctx.name ?? UNDECIDED_NAME, 120), name_kind: nameKind },
    fiction,
    summary:
      summaryTouches.length > 0
        ? {
            neutral: `Imported from ${ctx.inputName}. Write a neutral summary here, one that does not give away what the content warnings cover.`,
            full: summary,
          }
        : summary,
    warnings: [...storyWarnings],
    sources: [
      {
        id: `${ctx.id}-source`,
        title: cut(fromOriginal ? title : `The source of ${title}`, 300),
        publisher: 'Not stated in the imported file',
        ...(fromOriginal
          ? {
              note: cut(`The ${formatName} file ${ctx.inputName}, imported on ${ctx.today}.`, 1000),
            }
          : {}),
        text: `${ctx.id}.txt`,
      },
    ],
    consent: {
      status: consent,
      note: fiction
        ? 'A work of fiction. No real person’s story is told here.'
        : `Imported from ${ctx.inputName}. Say here how the story was published and whether the person agreed to this use.`,
      removal_contact: 'The Journey Map maintainers (see "Corrections and removal" in README.md).',
    },
    corrections: [{ date: ctx.today, note: `Imported from ${ctx.inputName} (${formatName}).` }],
    steps,
  };

  const doc = new Document(story);
  // Long text as folded blocks (>-), as in the hand-written stories: easier to read and edit.
  visit(doc, {
    Scalar(key, node) {
      if (key === 'value' || typeof key === 'number')
        if (typeof node.value === 'string' && node.value.length > 60)
          node.type = Scalar.BLOCK_FOLDED;
    },
  });
  doc.commentBefore = [
    ` ${title}: imported from ${ctx.inputName} (${formatName}) by npm run import on ${ctx.today}.`,
    ` The format is explained in docs/authoring.md. Before publishing, check what the import`,
    ` report listed, then run: npm run validate -- data/stories/${ctx.id}.yaml`,
  ].join('\n');
  const comment = (path: (string | number)[], text: string) => {
    const node = doc.getIn(path, true);
    if (isScalar(node)) node.comment = ` ${text}`;
  };
  if (nameKind === UNDECIDED)
    comment(['person', 'name_kind'], 'choose: pseudonym, first-name, public or fictional');
  if (consent === UNDECIDED)
    comment(['consent', 'status'], 'choose: published-by-source, confirmed or fiction');
  comment(['sources', 0, 'publisher'], 'who published the original');
  return {
    storyYaml: doc.toString({ lineWidth: 100, minContentWidth: 40 }),
    steps: steps.length,
    sourceText,
    newPlaces,
    report,
  };
}
