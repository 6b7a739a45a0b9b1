/**
 * Checks every story file against the schema and DOMAIN.md's rules, and compiles the valid
 * ones into the typed data the app trusts. Pure: files come in as text, so the same code runs
 * in the build, in `npm run validate` and in tests.
 */
import type { Diagnostic } from './diagnostics.ts';
import { sortDiagnostics } from './diagnostics.ts';
import { compileGazetteers, type Gazetteer } from './gazetteer.ts';
import type { BorderRivers } from './borders.ts';
import { parseDateValue, DATE_FORMATS, SEASONS, yearOf } from './dates.ts';
import { storySchema, type StoryFile } from './schema.ts';
import { zodDiagnostics } from './zod-messages.ts';
import { YamlSource, type PathSegment } from './yaml-source.ts';
import { checkVerbatim, describeMismatch } from './verbatim.ts';
import { didYouMean } from './suggest.ts';
import { toLocalText } from './text.ts';
import { buildRoute, haloFeatures, legFeatures, markFor, pointFeatures } from './route.ts';
import { FICTION } from '../map/symbology.ts';
import { describeRoute } from './route-text.ts';
import { compileGlossary, termsIn } from './glossary.ts';
import type {
  Corridor,
  Excerpt,
  GlossaryEntry,
  JourneyGeometry,
  JourneyIndex,
  Place,
  Step,
  Story,
  StoryDate,
  Warning,
} from './types.ts';

export interface FileInput {
  /** Path as it should appear in messages, e.g. `data/stories/bella.yaml`. */
  file: string;
  text: string;
}

export interface CompileInput {
  gazetteer: FileInput;
  /** Further gazetteer files, such as the places an import wrote to its own folder. */
  extraGazetteers?: FileInput[];
  stories: FileInput[];
  /** Source texts by file name, as in `data/sources/`. */
  sourceTexts: Record<string, string>;
  rivers: BorderRivers;
  /** `data/glossary.yaml`, when there is one. */
  glossary?: FileInput;
}

export interface CompileResult {
  index: JourneyIndex;
  geometry: JourneyGeometry;
  diagnostics: Diagnostic[];
}

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#B8860B', '#56B4E9'];
export const FICTION_COLOR = FICTION.color;

/** Words that, in an excerpt, call for a content warning on its step (DOMAIN rule 6). */
export const WARNING_CUES: [Warning, RegExp][] = [
  ['starvation', /\b(starv\w*|famine)\b/i],
  ['human-trafficking', /\b(sold|trafficked|trafficking)\b/i],
  ['suicide', /\bsuicid\w*/i],
  ['imprisonment', /\b(prison\w*|imprisoned|jail\w*|detention)\b/i],
  [
    'death-of-parent',
    /\b(mother|father|parent|mom|dad)\b[^.]*\b(died|dies|death|killed)\b|\b(died|death)\b[^.]*\b(mother|father|parent)\b/i,
  ],
  ['child-abandonment', /\b(orphan\w*|left on the streets|abandon\w*)\b/i],
];

/** Never quoted, whatever the story: how someone might end their life (WHO guidance). */
export const SUICIDE_METHOD =
  /\b(poison\w*|razor\w*|overdose\w*|hang(ed|ing) (him|her|them)sel\w+)\b/i;

export const NOT_STATED = 'not-stated';

export function compile(input: CompileInput): CompileResult {
  const internalErrors: Diagnostic[] = [];
  const safely = guard(internalErrors);
  const { gazetteer, diagnostics } = safely(
    input.gazetteer.file,
    () => compileGazetteers([input.gazetteer, ...(input.extraGazetteers ?? [])], input.rivers),
    () => ({
      gazetteer: { places: new Map(), riverLines: new Map(), corridors: new Map() },
      diagnostics: [],
    }),
  );
  // A broken gazetteer would make every place look unknown; its own errors say enough.
  const gazetteerOk = diagnostics.length === 0;
  const stories: Story[] = [];
  const geometry: JourneyGeometry = {
    legs: { type: 'FeatureCollection', features: [] },
    halos: { type: 'FeatureCollection', features: [] },
    bands: { type: 'FeatureCollection', features: [] },
    points: { type: 'FeatureCollection', features: [] },
    corridors: { type: 'FeatureCollection', features: [] },
  };
  const glossary = input.glossary
    ? safely(
        input.glossary.file,
        () => compileGlossary(input.glossary!.file, input.glossary!.text),
        {
          entries: [],
          diagnostics: [],
        },
      )
    : { entries: [], diagnostics: [] };
  diagnostics.push(...glossary.diagnostics);
  const seen = new Map<string, string>();
  const parsed: { file: FileInput; data: StoryFile; source: YamlSource }[] = [];
  for (const file of input.stories) {
    const source = new YamlSource(file.file, file.text);
    const result = safely(file.file, () => source.parse(), { value: undefined, diagnostics: [] });
    diagnostics.push(...result.diagnostics);
    if (result.value === undefined) continue;
    const checked = safely(file.file, () => storySchema.safeParse(result.value), undefined);
    if (!checked) continue;
    if (!checked.success) {
      diagnostics.push(...zodDiagnostics(source, checked.error.issues, result.value));
      continue;
    }
    parsed.push({ file, data: checked.data, source });
  }
  parsed.sort(
    (a, b) => (a.data.order ?? 1e9) - (b.data.order ?? 1e9) || a.data.id.localeCompare(b.data.id),
  );

  let colorIndex = 0;
  for (const { file, data, source } of parsed) {
    const other = seen.get(data.id);
    if (other) {
      const { line, column } = source.locate(['id']);
      diagnostics.push({
        file: file.file,
        line,
        column,
        severity: 'error',
        rule: 'reference/story',
        message: `story id "${data.id}" is already used by ${other}`,
        expected: 'a story id used by no other file',
      });
      continue;
    }
    seen.set(data.id, file.file);
    const color =
      data.color ?? (data.fiction ? FICTION_COLOR : PALETTE[colorIndex++ % PALETTE.length]!);
    const checked = safely(
      file.file,
      () => checkStory(data, source, gazetteer, input.sourceTexts, gazetteerOk),
      undefined,
    );
    if (!checked) continue;
    diagnostics.push(...checked.diagnostics);
    if (!gazetteerOk || checked.diagnostics.some((d) => d.severity === 'error')) continue;
    const story = safely(
      file.file,
      () => buildStory(data, gazetteer, color, glossary.entries),
      undefined,
    );
    if (!story) continue;
    stories.push(story.story);
    geometry.legs.features.push(...story.legs);
    geometry.halos.features.push(...story.halos.rings);
    geometry.bands.features.push(...story.halos.bands);
    geometry.points.features.push(...story.points);
  }

  const corridors: Corridor[] = [];
  for (const corridor of gazetteer.corridors.values()) {
    corridors.push({
      id: corridor.id,
      name: corridor.name,
      basis: 'typical',
      source: { id: corridor.id, ...corridor.source },
      via: corridor.via,
    });
    const route = safely(
      input.gazetteer.file,
      () =>
        buildRoute(
          corridor.via.map((id, i) => ({
            place: gazetteer.places.get(id)!,
            heading: '',
            ...(i > 0 ? { leg: { mode: 'unknown' as const, basis: 'not-stated' as const } } : {}),
          })),
          gazetteer,
        ),
      undefined,
    );
    if (!route) continue;
    geometry.corridors.features.push({
      type: 'Feature',
      properties: {
        corridor: corridor.id,
        label: corridor.name.en,
        label_ko: corridor.name.ko ?? corridor.name.en,
        source: corridor.source.publisher,
      },
      geometry: {
        type: 'LineString',
        coordinates: route.steps.flatMap((s, i) =>
          i === 0 ? [s.anchor] : s.segments.flatMap((g) => g.line.slice(1)),
        ),
      },
    });
  }

  return {
    index: { stories, corridors, glossary: glossary.entries },
    geometry,
    diagnostics: sortDiagnostics([...diagnostics, ...internalErrors.splice(0)]),
  };
}

/**
 * The checker must never crash on what people write. Should a bug make it throw anyway, the
 * file gets a one-line message instead of a stack trace. Tests assert this never happens.
 */
function guard(internalErrors: Diagnostic[]) {
  return <T>(file: string, run: () => T, fallback: T | (() => T)): T => {
    try {
      return run();
    } catch (error) {
      internalErrors.push({
        file,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'internal',
        message: `the checker failed on this file (${String(error).split('\n')[0]!.slice(0, 200)}); please report this as a bug`,
      });
      return typeof fallback === 'function' ? (fallback as () => T)() : fallback;
    }
  };
}

interface Checked {
  diagnostics: Diagnostic[];
}

/** Every rule that needs more than the schema: references, quotes, dates and privacy. */
function checkStory(
  data: StoryFile,
  source: YamlSource,
  gazetteer: Gazetteer,
  sourceTexts: Record<string, string>,
  gazetteerOk: boolean,
): Checked {
  const diagnostics: Diagnostic[] = [];
  const report = (
    path: PathSegment[],
    rule: string,
    message: string,
    expected?: string,
    severity: 'error' | 'warning' = 'error',
  ) => {
    const { line, column } = source.locate(path);
    diagnostics.push({
      file: source.file,
      line,
      column,
      severity,
      rule,
      message,
      ...(expected ? { expected } : {}),
    });
  };

  const expectedId = source.file
    .split('/')
    .pop()!
    .replace(/\.ya?ml$/, '');
  if (data.id !== expectedId)
    report(
      ['id'],
      'reference/story',
      `the story id "${data.id}" does not match the file name`,
      `id: ${expectedId}, or rename the file to ${data.id}.yaml`,
    );

  if (data.fiction !== (data.person.name_kind === 'fictional'))
    report(
      ['fiction'],
      'privacy/fiction',
      data.fiction
        ? 'this story is marked as fiction, but its person is not marked fictional'
        : 'the person is marked fictional, but the story is not marked as fiction',
      'fiction: true together with name_kind: fictional, or neither',
    );
  if (data.fiction !== (data.consent.status === 'fiction'))
    report(
      ['consent', 'status'],
      'privacy/fiction',
      'consent status "fiction" is for fiction, and fiction needs it',
      data.fiction ? 'status: fiction' : 'status: published-by-source or confirmed',
    );

  const sourceIds = new Map<string, { text?: string }>();
  data.sources.forEach((s, i) => {
    if (sourceIds.has(s.id))
      report(
        ['sources', i, 'id'],
        'reference/source',
        `source id "${s.id}" is used twice`,
        'a different id for each source',
      );
    if (s.text && sourceTexts[s.text] === undefined)
      report(
        ['sources', i, 'text'],
        'reference/source',
        `source text "${s.text}" is not in data/sources/${didYouMean(s.text, Object.keys(sourceTexts))}`,
        'the name of a .txt file in data/sources/',
      );
    sourceIds.set(s.id, s.text ? { text: s.text } : {});
  });
  const mainSource = data.sources[0]!;
  const checkSourceRef = (id: string | undefined, path: PathSegment[]) => {
    if (id !== undefined && !sourceIds.has(id))
      report(
        path,
        'reference/source',
        `unknown source "${id}"${didYouMean(id, sourceIds.keys())}`,
        `one of the story's source ids: ${[...sourceIds.keys()].join(', ')}`,
      );
  };

  /**
   * A translated excerpt is a quote too: it cites its own published translation, never the
   * original (so it is not our own or a machine's translation), and is verbatim in its text.
   */
  const checkTranslations = (
    translations: { lang: string; text: string; source: string }[],
    originalSource: string,
    path: PathSegment[],
  ) => {
    const langs = new Set<string>();
    translations.forEach((t, k) => {
      const here = [...path, k];
      if (langs.has(t.lang))
        report(
          [...here, 'lang'],
          'quote/translation',
          `there are two "${t.lang}" translations of this excerpt`,
          'one translation per language',
        );
      langs.add(t.lang);
      checkSourceRef(t.source, [...here, 'source']);
      if (t.source === originalSource) {
        report(
          [...here, 'source'],
          'quote/translation',
          `this translation cites "${t.source}", the source of the original excerpt; a translation must quote a published translation, with its own source, and is never made by us or by a machine`,
          'the id of a source that is the published translation',
        );
        return;
      }
      const cited = data.sources.find((s) => s.id === t.source);
      const text = cited?.text ? sourceTexts[cited.text] : undefined;
      if (text === undefined) return;
      const result = checkVerbatim(t.text, text);
      if (!result.ok)
        report(
          [...here, 'text'],
          'quote/verbatim',
          `this translation is not quoted exactly: ${describeMismatch(result).replace(/^this excerpt /, 'it ')}`,
          `the words exactly as in data/sources/${cited!.text}`,
        );
    });
  };

  const storyWarnings = new Set(data.warnings);
  const stepIds = new Set<string>();
  let previousPlace: string | undefined;
  data.steps.forEach((step, i) => {
    const path: PathSegment[] = ['steps', i];
    if (stepIds.has(step.id))
      report(
        [...path, 'id'],
        'reference/step',
        `step id "${step.id}" is used twice in this story`,
        'a different id for each step',
      );
    stepIds.add(step.id);

    const place = step.place === NOT_STATED ? null : gazetteer.places.get(step.place);
    if (step.place !== NOT_STATED && !place && gazetteerOk)
      report(
        [...path, 'place'],
        'reference/place',
        `unknown place "${step.place}"${didYouMean(step.place, [...gazetteer.places.keys(), NOT_STATED])}`,
        `a place id from data/gazetteer.yaml, or ${NOT_STATED}`,
      );
    checkSourceRef(step.place_source, [...path, 'place_source']);
    if (step.hidden && place && place.kind !== 'country')
      report(
        [...path, 'place'],
        'privacy/hidden-place',
        `this step is a place of hiding, but "${place.id}" is finer than a country; where someone hid is never shown more closely than the country`,
        `the country, such as ${place.country === 'CN' ? 'china' : 'the country the place is in'}, or ${NOT_STATED}`,
      );

    const moved = i > 0 && step.place !== previousPlace && step.place !== NOT_STATED;
    const from = previousPlace === undefined ? undefined : gazetteer.places.get(previousPlace);
    // A river leg to a point has its own message below.
    if (moved && place && from && step.leg?.mode !== 'river' && crossesBorderOnLand(from, place))
      report(
        [...path, 'place'],
        'privacy/border-point',
        `this step goes from ${from.name.en} straight to ${place.name.en}, across the North Korea–China border; a border crossing is shown as the river, never as a point or a line between towns (DOMAIN: border crossings)`,
        'a step before this one at the river: place: yalu-river, tumen-river, or nk-china-border when the text does not name the river',
      );
    if (i === 0 && step.leg)
      report(
        [...path, 'leg'],
        'schema',
        'the first step has a leg, but nothing leads to it',
        'no leg on the first step',
        'warning',
      );
    if (moved && !step.leg)
      report(
        [...path, 'place'],
        'schema',
        `this step moves to "${step.place}" but has no leg saying how`,
        'leg: { mode: …, basis: … }; use mode: unknown if the text does not say',
      );
    if (step.leg) {
      const leg = step.leg;
      checkSourceRef(leg.source, [...path, 'leg', 'source']);
      if (leg.mode === 'river' && place && place.precision !== 'river')
        report(
          [...path, 'leg', 'mode'],
          'privacy/border-point',
          `a river crossing must end at a river, drawn as a band, not at the point "${place.id}" (DOMAIN: border crossings)`,
          'place: yalu-river, tumen-river or nk-china-border',
        );
      if (leg.from && !gazetteer.places.has(leg.from) && gazetteerOk)
        report(
          [...path, 'leg', 'from'],
          'reference/place',
          `unknown place "${leg.from}"${didYouMean(leg.from, gazetteer.places.keys())}`,
          'a place id from data/gazetteer.yaml',
        );
    }

    // Dates: the value must fit its precision, and "stated" needs a text that says it.
    const date = step.time.date;
    if (date !== 'unknown') {
      checkSourceRef(date.source, [...path, 'time', 'date', 'source']);
      const span = parseDateValue(date.value, date.precision);
      if (span === null)
        report(
          [...path, 'time', 'date', 'value'],
          'schema/date',
          date.value === undefined
            ? `a date with precision ${date.precision} needs a value`
            : `the date "${date.value}" does not fit precision ${date.precision}`,
          DATE_FORMATS[date.precision],
        );
      const dateSource = date.source ? data.sources.find((s) => s.id === date.source) : mainSource;
      if (date.basis === 'stated' && date.value && dateSource?.text) {
        const said = [
          ...step.excerpts.map((e) => (typeof e === 'string' ? e : e.text)),
          typeof step.time.said === 'string' ? step.time.said : (step.time.said?.en ?? ''),
        ].join(' ');
        const year = yearOf(date.value);
        const season = SEASONS.find((s) => date.value!.endsWith(s));
        const supported =
          (!year || said.includes(year)) && (!season || said.toLowerCase().includes(season));
        if (!supported)
          report(
            [...path, 'time', 'date', 'basis'],
            'privacy/stated-date',
            `this date is marked as stated, but neither the step's excerpts nor its "said" text give "${date.value}"`,
            'basis: estimated or derived, or a source that gives the date',
          );
      }
    }

    const stepWarnings = new Set(step.warnings ?? []);
    for (const w of stepWarnings)
      if (!storyWarnings.has(w))
        report(
          [...path, 'warnings'],
          'privacy/warning',
          `the step has the warning "${w}" but the story's warnings do not list it`,
          `"${w}" in the story's warnings at the top of the file`,
        );

    step.excerpts.forEach((excerpt, j) => {
      const text = typeof excerpt === 'string' ? excerpt : excerpt.text;
      const sourceId =
        typeof excerpt === 'string' ? mainSource.id : (excerpt.source ?? mainSource.id);
      const excerptPath: PathSegment[] = [...path, 'excerpts', j];
      checkSourceRef(sourceId, [...excerptPath, 'source']);
      const cited = data.sources.find((s) => s.id === sourceId);
      if (cited && !cited.text)
        report(
          excerptPath,
          'quote/source',
          `source "${sourceId}" has no text file, so this excerpt cannot be checked against it`,
          'an excerpt from a source with text: a file in data/sources/',
        );
      const sourceText = cited?.text ? sourceTexts[cited.text] : undefined;
      if (sourceText !== undefined) {
        const result = checkVerbatim(text, sourceText);
        if (!result.ok)
          report(
            excerptPath,
            'quote/verbatim',
            describeMismatch(result),
            `the words exactly as in data/sources/${cited!.text}`,
          );
      }
      if (SUICIDE_METHOD.test(text))
        report(
          excerptPath,
          'privacy/suicide-method',
          'this excerpt names a method of suicide; reporting guidelines (WHO) say never to quote it',
          'a different excerpt, without that detail',
        );
      const excerptWarnings = typeof excerpt === 'string' ? [] : (excerpt.warnings ?? []);
      for (const w of excerptWarnings)
        if (!stepWarnings.has(w))
          report(
            [...excerptPath, 'warnings'],
            'privacy/warning',
            `the excerpt has the warning "${w}" but its step does not list it, so the step would not be gated`,
            `"${w}" in the step's warnings`,
          );
      for (const [warning, cue] of WARNING_CUES)
        if (cue.test(text) && !stepWarnings.has(warning))
          report(
            excerptPath,
            'privacy/warning-missing',
            `this excerpt mentions ${warning.replace(/-/g, ' ')} but the step has no "${warning}" content warning; flagged text stays collapsed until the reader chooses to see it (DOMAIN rule 6)`,
            `warnings: [${warning}] on the step and in the story's warnings, unless the words mean something else here`,
            'warning',
          );
      if (typeof excerpt !== 'string')
        checkTranslations(excerpt.translations ?? [], sourceId, [...excerptPath, 'translations']);
    });
    if (step.place !== NOT_STATED) previousPlace = step.place;
  });
  if (data.steps.every((step) => step.place === NOT_STATED))
    report(
      ['steps'],
      'reference/place',
      `no step says where it happens, so there is no journey to draw`,
      'a place on at least one step; a country such as north-korea is enough when the text says no more',
    );
  return { diagnostics };
}

/** A move between North Korea and China that does not go through a border river step. */
function crossesBorderOnLand(from: Place, to: Place): boolean {
  if (from.precision === 'river' || to.precision === 'river') return false;
  const a = from.country.split(' ');
  const b = to.country.split(' ');
  return (a.includes('KP') && b.includes('CN')) || (a.includes('CN') && b.includes('KP'));
}

function buildStory(
  data: StoryFile,
  gazetteer: Gazetteer,
  color: string,
  glossary: readonly GlossaryEntry[],
) {
  const mainSource = data.sources[0]!.id;
  const places = data.steps.map((s) =>
    s.place === NOT_STATED ? null : gazetteer.places.get(s.place)!,
  );
  let previousPlace: Place | null = null;
  const route = buildRoute(
    data.steps.map((s, i) => {
      const place = places[i]!;
      const stays = place === null || place.id === previousPlace?.id;
      if (place) previousPlace = place;
      return {
        place,
        heading: toLocalText(s.heading).en,
        ...(s.leg && !stays
          ? {
              leg: {
                mode: s.leg.mode,
                basis: s.leg.basis,
                ...(s.leg.from ? { from: s.leg.from } : {}),
              },
            }
          : {}),
      };
    }),
    gazetteer,
  );
  const steps: Step[] = data.steps.map((s, index) => {
    const date: StoryDate =
      s.time.date === 'unknown'
        ? { precision: 'unknown', basis: 'estimated' }
        : {
            precision: s.time.date.precision,
            basis: s.time.date.basis,
            ...(s.time.date.value ? { value: s.time.date.value } : {}),
            ...(parseDateValue(s.time.date.value, s.time.date.precision) ?? {}),
            ...(s.time.date.source ? { source: s.time.date.source } : {}),
          };
    const excerpts: Excerpt[] = s.excerpts.map((e) =>
      typeof e === 'string'
        ? { text: normaliseSpace(e), source: mainSource, warnings: [], translations: [] }
        : {
            text: normaliseSpace(e.text),
            source: e.source ?? mainSource,
            warnings: e.warnings ?? [],
            translations: (e.translations ?? []).map((t) => ({
              ...t,
              text: normaliseSpace(t.text),
            })),
          },
    );
    const routeStep = route.steps[index]!;
    return {
      index,
      id: s.id,
      heading: toLocalText(s.heading),
      place: places[index]!,
      placeBasis: s.place_basis ?? 'stated',
      ...(s.place_source ? { placeSource: s.place_source } : {}),
      mark: markFor(places[index]!),
      ...(s.hidden ? { hidden: true } : {}),
      anchor: routeStep.anchor,
      frame: index === 0 ? route.bbox : routeStep.frame,
      time: { ...(s.time.said ? { said: toLocalText(s.time.said) } : {}), date },
      ...(s.leg
        ? {
            leg: {
              mode: s.leg.mode,
              basis: s.leg.basis,
              ...(s.leg.from ? { from: s.leg.from } : {}),
              ...(s.leg.note ? { note: toLocalText(s.leg.note) } : {}),
              ...(s.leg.source ? { source: s.leg.source } : {}),
            },
          }
        : {}),
      excerpts,
      ...(s.context ? { context: toLocalText(s.context) } : {}),
      warnings: s.warnings ?? [],
      terms: termsIn(
        [...excerpts.map((e) => e.text), s.context ? toLocalText(s.context).en : ''].join('\n'),
        glossary,
      ).map((t) => t.id),
    };
  });
  const story: Story = {
    id: data.id,
    title: toLocalText(data.title),
    person: { name: data.person.name, nameKind: data.person.name_kind },
    fiction: data.fiction,
    summary: toLocalText(data.summary),
    sources: data.sources.map(({ text: _text, ...rest }) => rest),
    consent: {
      status: data.consent.status,
      note: data.consent.note,
      removalContact: data.consent.removal_contact,
    },
    corrections: data.corrections,
    warnings: data.warnings,
    steps,
    routeText: '',
    bbox: route.bbox,
    color,
  };
  story.routeText = describeRoute(story, gazetteer);
  const props = { fiction: data.fiction, color };
  return {
    story,
    legs: legFeatures(data.id, route, props),
    halos: haloFeatures(data.id, route, places, props),
    points: pointFeatures(
      data.id,
      route,
      steps.map((s) => s.place?.name ?? { en: '' }),
      steps.map((s) => s.mark),
      props,
    ),
  };
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
