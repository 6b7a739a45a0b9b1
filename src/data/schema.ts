/**
 * The one schema every story file and the gazetteer are checked against.
 *
 * It encodes the rules of ../shared/DOMAIN.md so that they are enforced, not remembered:
 * precision, basis, kind of name, the fiction flag and content warnings are closed lists, and
 * nothing the rules forbid (a home, a safe house, an exact point in North Korea) has a field
 * to be written in. Checks that need more than one file (place ids, quotes) live in compile.ts.
 */
import { z } from 'zod';

export const PRECISIONS = ['exact', 'city', 'province', 'state', 'country', 'river'] as const;
export const LEG_BASES = ['stated', 'inferred', 'cited', 'not-stated'] as const;
export const LEG_MODES = ['foot', 'river', 'train', 'bus', 'car', 'air', 'unknown'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'season', 'year', 'decade', 'unknown'] as const;
export const DATE_BASES = ['stated', 'derived', 'estimated', 'cited'] as const;
export const PLACE_BASES = ['stated', 'inferred', 'cited'] as const;
export const NAME_KINDS = ['pseudonym', 'first-name', 'public', 'fictional'] as const;
export const WARNINGS = [
  'starvation',
  'death-of-parent',
  'human-trafficking',
  'suicide',
  'imprisonment',
  'child-abandonment',
] as const;
export const PLACE_KINDS = [
  'city',
  'province',
  'state',
  'country',
  'river',
  'institution',
  'region',
] as const;
export const CONSENT_STATUSES = ['published-by-source', 'confirmed', 'fiction'] as const;
export const RIVERS = ['yalu', 'tumen', 'both'] as const;
export const LANGUAGES = ['en', 'ko'] as const;

/** A place id, story id or step id: lower-case words joined by hyphens. */
const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'an id must be lower-case words joined by hyphens',
  })
  .max(64);

/**
 * HTML tags, comments and character entities. Story text is shown exactly as typed, so markup
 * would reach readers as visible tags; it is refused rather than stripped, so nothing is lost
 * silently.
 */
export const MARKUP =
  /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>|<!--|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]{2,10});/;

/** Text people will read. Never HTML: it is always rendered as plain text. */
const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'this text is empty' })
    .max(max, { error: `this text is longer than ${max} characters` })
    .superRefine((text, ctx) => {
      const markup = MARKUP.exec(text);
      if (markup)
        ctx.addIssue({
          code: 'custom',
          message: `contains HTML markup, "${markup[0].slice(0, 40)}"; story text is plain text and is shown exactly as typed`,
          params: { expected: 'the words alone, without tags or entities such as &amp;' },
        });
    });

/** A text field with optional translations: a plain string is English. */
export const localText = (max = 2000) =>
  z.union([
    plainText(max),
    z.strictObject({
      en: plainText(max),
      ko: plainText(max).optional(),
    }),
  ]);

/**
 * A title, summary or heading that touches a warned subject: a neutral form, shown before the
 * reader chooses to see the flagged passages, and the full one, shown only after (DOMAIN rule 6).
 */
export const gatedText = (max: number) =>
  z.union([
    localText(max),
    z.strictObject({
      neutral: localText(max),
      full: localText(max),
    }),
  ]);

const isoDate = z.iso.date({ error: 'a date must be written YYYY-MM-DD' });

const url = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/[^\s<>"]+$/, { error: 'a link must start with http:// or https://' });

export const sourceSchema = z.strictObject({
  id,
  title: plainText(300),
  publisher: plainText(200),
  url: url.optional(),
  published: isoDate.optional(),
  /** A file in data/sources/ that excerpts citing this source must be quoted from. */
  text: z
    .string()
    .regex(/^[A-Za-z0-9._-]+\.txt$/, {
      error: 'a source text is a .txt file name in data/sources/',
    })
    .optional(),
  note: plainText(1000).optional(),
  /**
   * The part of the text file this source covers, when one file holds several people's stories:
   * from a heading line (up to the line `until`, or the end), or lines `[first, last]`.
   */
  section: z
    .union([
      z.strictObject({ heading: plainText(300), until: plainText(300).optional() }),
      z.strictObject({
        lines: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
      }),
    ])
    .optional(),
});

export const dateSchema = z.union([
  z.literal('unknown'),
  z.strictObject({
    value: z.string().max(20).optional(),
    precision: z.enum(DATE_PRECISIONS),
    basis: z.enum(DATE_BASES),
    source: id.optional(),
  }),
]);

export const legSchema = z.strictObject({
  mode: z.enum(LEG_MODES),
  /** A person's leg is never `typical`: the typical route is a generic corridor of its own. */
  basis: z.enum(LEG_BASES),
  /** Where this leg starts when it is not the previous step; the gap is drawn as not stated. */
  from: id.optional(),
  source: id.optional(),
  note: localText(1000).optional(),
});

export const excerptSchema = z.union([
  plainText(3000),
  z.strictObject({
    text: plainText(3000),
    source: id.optional(),
    warnings: z.array(z.enum(WARNINGS)).optional(),
    /** A translation of the quote; it must cite its own source, never a machine translation. */
    translations: z
      .array(
        z.strictObject({
          lang: z.enum(LANGUAGES),
          text: plainText(3000),
          source: id,
        }),
      )
      .optional(),
  }),
]);

export const stepSchema = z.strictObject({
  id,
  heading: gatedText(120),
  /** A gazetteer id, or `not-stated` when the text does not say where. */
  place: id,
  /** Absent: `cited` when `place_source` is a source with no text, otherwise `stated`. */
  place_basis: z.enum(PLACE_BASES).optional(),
  place_source: id.optional(),
  /** A place of hiding (a safe house, a broker's home): never drawn finer than the country. */
  hidden: z.boolean().optional(),
  time: z.strictObject({
    said: localText(120).optional(),
    date: dateSchema,
  }),
  leg: legSchema.optional(),
  excerpts: z.array(excerptSchema).min(1, { error: 'a step needs at least one excerpt' }).max(20),
  context: localText(1000).optional(),
  warnings: z.array(z.enum(WARNINGS)).optional(),
  /** For the teacher's eyes only (presenter view): our words, never a new fact. */
  notes: localText(1000).optional(),
});

/** Age guidance: a lower bound (`13+`) or a band (`12–15`). */
export const AGE_GUIDANCE = /^(\d{1,2})\+$|^(\d{1,2})[–-](\d{1,2})$/;

/** What a teacher needs to present a story: see `src/data/rules/teaching.ts`. */
export const teachingSchema = z.strictObject({
  /** One line saying what the story contains, shown before anything else. */
  summary: localText(200),
  age: z.string().refine((age) => AGE_GUIDANCE.test(age), {
    error: 'is not age guidance',
    params: { expected: 'a youngest age such as 13+, or a band such as 12–15' },
  }),
  /** Speaker notes for the whole story. */
  notes: localText(2000),
  /** Questions for the class: they ask, they never tell. */
  questions: z
    .array(localText(300))
    .min(2, { error: 'give two to four discussion questions' })
    .max(4, { error: 'give two to four discussion questions' }),
});

export const storySchema = z.strictObject({
  id,
  order: z.number().int().min(0).max(10_000).optional(),
  title: gatedText(160),
  person: z.strictObject({
    name: plainText(120),
    /** For labels and lanes where the full name is too long; words of `name` only. */
    short_name: plainText(40).optional(),
    name_kind: z.enum(NAME_KINDS),
  }),
  fiction: z.boolean({ error: 'fiction must be true or false' }),
  summary: gatedText(1000),
  warnings: z.array(z.enum(WARNINGS)),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'a colour is written #rrggbb' })
    .optional(),
  sources: z.array(sourceSchema).min(1, { error: 'a story needs at least one source' }).max(50),
  consent: z.strictObject({
    status: z.enum(CONSENT_STATUSES),
    note: plainText(1000),
    removal_contact: plainText(300),
  }),
  corrections: z.array(z.strictObject({ date: isoDate, note: plainText(1000) })).max(500),
  teaching: teachingSchema.optional(),
  steps: z.array(stepSchema).min(1, { error: 'a story needs at least one step' }).max(200),
});

const lngLat = z.tuple([
  z.number().min(-180, { error: 'longitude must be between -180 and 180' }).max(180, {
    error: 'longitude must be between -180 and 180',
  }),
  z.number().min(-90, { error: 'latitude must be between -90 and 90' }).max(90, {
    error: 'latitude must be between -90 and 90',
  }),
]);

export const placeSchema = z.strictObject({
  name: localText(120),
  /** One ISO 3166-1 alpha-2 code, or two separated by a space for a border river. */
  country: z.string().regex(/^[A-Z]{2}( [A-Z]{2})?$/, {
    error: 'a country is a two-letter ISO code such as KP, or two for a border river',
  }),
  kind: z.enum(PLACE_KINDS),
  precision: z.enum(PRECISIONS),
  coords: lngLat.optional(),
  river: z.enum(RIVERS).optional(),
  fiction: z.boolean().optional(),
  note: plainText(1000).optional(),
});

export const corridorSchema = z.strictObject({
  name: localText(160),
  via: z.array(id).min(2),
  air_from: id.optional(),
  source: sourceSchema.omit({ id: true, text: true }),
});

export const gazetteerSchema = z.strictObject({
  places: z.record(id, placeSchema),
  corridors: z.record(id, corridorSchema).optional(),
});

export type StoryFile = z.infer<typeof storySchema>;
export type StepFile = z.infer<typeof stepSchema>;
export type TeachingFile = z.infer<typeof teachingSchema>;
export type ExcerptFile = z.infer<typeof excerptSchema>;
export type PlaceFile = z.infer<typeof placeSchema>;
export type GazetteerFile = z.infer<typeof gazetteerSchema>;
export type LocalTextFile = z.infer<ReturnType<typeof localText>>;
export type GatedTextFile = z.infer<ReturnType<typeof gatedText>>;
export type SourceFile = z.infer<typeof sourceSchema>;

/** What each closed list means, for messages and the authoring guide. */
export const MEANINGS: Record<string, string> = {
  exact: 'an exact point; only for public institutions, never in North Korea or China',
  city: 'a town or city, shown at 0.1°',
  province: 'a province or region',
  state: 'a state, as for a US state',
  country: 'somewhere in a country',
  river: 'a border river, drawn as a band at least 25 km wide',
  stated: 'the text says it',
  inferred: 'derived from what the text says',
  'not-stated': 'the text names both places but not the way between them; drawn as a faint line',
  derived: 'worked out from dates the sources give',
  cited: 'from an outside source named in `source`, one with no text file; shown with it',
  estimated: 'our estimate, always shown as one',
  pseudonym: 'a name the source chose to protect the person',
  'first-name': 'a first name only, as published',
  public: 'a full name the person uses in public',
  fictional: 'a character in a work of fiction',
  'published-by-source': 'the source published the story with the person’s agreement',
  confirmed: 'the person or their representative agreed to this use',
  fiction: 'a work of fiction; no real person’s story',
};
