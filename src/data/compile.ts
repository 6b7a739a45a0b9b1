/**
 * Checks every story file against the schema and DOMAIN.md's rules, and compiles the valid
 * ones into the typed data the app trusts. Pure: files come in as text, so the same code runs
 * in the build, in `npm run validate` and in tests.
 */
import type { Diagnostic } from './diagnostics.ts';
import { hasErrors, sortDiagnostics } from './diagnostics.ts';
import { compileGazetteers, type Gazetteer } from './gazetteer.ts';
import type { BorderRivers } from './borders.ts';
import { parseDateValue } from './dates.ts';
import { storySchema, type StoryFile } from './schema.ts';
import { zodDiagnostics } from './zod-messages.ts';
import { YamlSource } from './yaml-source.ts';
import { NOT_STATED } from './rules/cues.ts';
import { createContext, RULES, runRules } from './rules/index.ts';
import { toGatedText, toLocalText } from './text.ts';
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
  PlaceBasis,
  Step,
  Story,
  StoryDate,
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

export { NOT_STATED, SUICIDE_METHOD, WARNING_CUES } from './rules/cues.ts';

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
      () => runRules(RULES, createContext(data, source, gazetteer, input.sourceTexts, gazetteerOk)),
      undefined,
    );
    if (!checked) continue;
    diagnostics.push(...checked);
    if (!gazetteerOk || hasErrors(checked)) continue;
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
        heading: toGatedText(s.heading).shown.en,
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
    const heading = toGatedText(s.heading);
    return {
      index,
      id: s.id,
      heading: heading.shown,
      ...(heading.full ? { headingFull: heading.full } : {}),
      place: places[index]!,
      placeBasis: s.place_basis ?? defaultPlaceBasis(data, s.place_source),
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
              ...(s.leg.from && gazetteer.places.get(s.leg.from)
                ? { fromPlace: gazetteer.places.get(s.leg.from)! }
                : {}),
              ...(s.leg.note ? { note: toLocalText(s.leg.note) } : {}),
              ...(s.leg.source ? { source: s.leg.source } : {}),
            },
          }
        : {}),
      excerpts,
      ...(s.context ? { context: toLocalText(s.context) } : {}),
      warnings: s.warnings ?? [],
      ...(s.notes ? { notes: toLocalText(s.notes) } : {}),
      terms: termsIn(
        [...excerpts.map((e) => e.text), s.context ? toLocalText(s.context).en : ''].join('\n'),
        glossary,
      ).map((t) => t.id),
    };
  });
  const title = toGatedText(data.title);
  const summary = toGatedText(data.summary);
  const story: Story = {
    id: data.id,
    title: title.shown,
    ...(title.full ? { titleFull: title.full } : {}),
    person: {
      name: data.person.name,
      shortName: data.person.short_name ?? data.person.name,
      nameKind: data.person.name_kind,
    },
    fiction: data.fiction,
    summary: summary.shown,
    ...(summary.full ? { summaryFull: summary.full } : {}),
    sources: data.sources.map(({ text: _text, section: _section, ...rest }) => rest),
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
    ...(data.teaching
      ? {
          teaching: {
            summary: toLocalText(data.teaching.summary),
            age: data.teaching.age,
            notes: toLocalText(data.teaching.notes),
            questions: data.teaching.questions.map(toLocalText),
          },
        }
      : {}),
  };
  // English, for readers of the data; the app composes it in the reader's language when shown.
  story.routeText = describeRoute(story, 'en');
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

/** A place from a source with no text here is cited from it; otherwise the text states it. */
export function defaultPlaceBasis(data: StoryFile, placeSource: string | undefined): PlaceBasis {
  const source = placeSource ? data.sources.find((s) => s.id === placeSource) : undefined;
  return source && !source.text ? 'cited' : 'stated';
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
