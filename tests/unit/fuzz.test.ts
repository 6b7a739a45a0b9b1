/**
 * Bad input never crashes or hangs the validator or the importers, and never reaches a reader
 * as HTML. Thousands of generated and mutated files, from a fixed seed so every run is the
 * same: each must end in clear diagnostics (file, line, column, message) or in valid data.
 *
 * Each case is timed only to prove it completes: the bound is generous and is not a claim
 * about speed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { CompileResult } from '../../src/data/compile.ts';
import { MARKUP } from '../../src/data/schema.ts';
import { ImportError, type ImportFormat } from '../../scripts/interop/model.ts';
import { compileStory, storyData } from './fixtures.ts';
import { build, DECIDED, sample, validateBuilt } from './interop-helpers.ts';

const SEED = 20261123;
/** Far above what any case takes; only there so that a hang fails instead of stalling. */
const CASE_BOUND_MS = 10_000;

function timed<T>(run: () => T): T {
  const start = performance.now();
  const result = run();
  expect(performance.now() - start).toBeLessThan(CASE_BOUND_MS);
  return result;
}

/** Invisible characters the validator refuses in files; none may reach a reader. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u202A-\u202E\u2066-\u2069]/;

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) allStrings(v, out);
  return out;
}

/** What every compile must give: diagnostics a person can act on, or clean, plain data. */
function expectClearOutcome(result: CompileResult) {
  for (const d of result.diagnostics) {
    expect(d.rule).not.toBe('internal');
    expect(typeof d.file).toBe('string');
    expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1).toBe(true);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.message).not.toMatch(/\n/);
  }
  for (const text of allStrings(result.index)) {
    expect(MARKUP.test(text)).toBe(false);
    expect(INVISIBLE.test(text)).toBe(false);
  }
}

const INJECTIONS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '&lt;b&gt;bold&lt;/b&gt;',
  '<!-- comment -->',
  '<iframe src="https://example.org"></iframe>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '\u202Eevil\u202C',
  'zero\u200Bwidth',
  'bell\u0007',
];

/** Strings people and machines get wrong: odd Unicode, controls, markup and YAML syntax. */
const oddString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    ...INJECTIONS,
    '',
    ' ',
    '\u0000',
    '\uFEFF',
    '\uD800',
    'e\u0301',
    '👩🏽‍🚀',
    '한국어 텍스트',
    'x'.repeat(5000),
    '*alias',
    '&anchor x',
    '!!binary aGk=',
    '{ a: 1 }',
    '- - -',
    'key: value',
    '---',
    '"',
    "'",
    'not-stated',
    'hyesan',
    'unknown',
    '2006-winter',
  ),
);

/** Values of every wrong type: huge and odd numbers, nesting, lists where text belongs. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  oddString,
  fc.double(),
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    1e308,
    -1e308,
    5e-324,
    2 ** 53 + 1,
    -0,
    91,
    -181,
    180.00001,
  ),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.integer(), oddString), { maxLength: 4 }),
  fc.dictionary(oddString, fc.oneof(fc.integer(), oddString), { maxKeys: 3 }),
  fc.integer({ min: 1, max: 120 }).map((depth) => {
    let v: unknown = 'deep';
    for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
    return v;
  }),
);

type Path = (string | number)[];
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

const VALID = storyData();
const PATHS = pathsOf(VALID);
const VALID_YAML = stringify(VALID);

describe('the validator on generated and mutated story files', () => {
  it('a valid story with any field replaced by a value of any type ends in diagnostics or valid data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), oddValue), { minLength: 1, maxLength: 3 }),
        (changes) => {
          let data: unknown = VALID;
          for (const [at, value] of changes) {
            const paths = pathsOf(data);
            data = setAt(data, paths[at % paths.length]!, value);
          }
          let text: string;
          try {
            text = stringify(data);
          } catch {
            return; // Not every generated value can be written as YAML; nothing to check.
          }
          expectClearOutcome(timed(() => compileStory(text)));
        },
      ),
      { seed: SEED, numRuns: 700 },
    );
  }, 60_000);

  it('a story file edited at random (truncated, cut, spliced) ends in diagnostics or valid data', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
      fc.record({
        kind: fc.constant('delete' as const),
        at: fc.nat(),
        length: fc.integer({ min: 1, max: 40 }),
      }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        text: fc.oneof(
          oddString,
          fc.string({
            unit: fc.constantFrom(
              ':',
              '-',
              ' ',
              '\n',
              '\t',
              '"',
              "'",
              '[',
              ']',
              '{',
              '}',
              '&',
              '*',
              '!',
              '|',
              '>',
              '#',
              '%',
              '@',
              '`',
              '\r',
            ),
            maxLength: 8,
          }),
        ),
      }),
      fc.record({
        kind: fc.constant('duplicate' as const),
        at: fc.nat(),
        length: fc.integer({ min: 1, max: 200 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = VALID_YAML;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          if (e.kind === 'truncate') text = text.slice(0, at);
          else if (e.kind === 'delete') text = text.slice(0, at) + text.slice(at + e.length);
          else if (e.kind === 'insert') text = text.slice(0, at) + e.text + text.slice(at);
          else text = text.slice(0, at) + text.slice(at, at + e.length) + text.slice(at);
        }
        expectClearOutcome(timed(() => compileStory(text)));
      }),
      { seed: SEED, numRuns: 1500 },
    );
  }, 60_000);

  it('HTML and script injection in every text field never compiles into a story', () => {
    const textPaths = PATHS.filter(
      (p) =>
        typeof p.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], VALID) ===
        'string',
    );
    let cases = 0;
    for (const path of textPaths)
      for (const payload of INJECTIONS.slice(0, 7)) {
        const current = String(
          path.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], VALID),
        );
        const result = timed(() =>
          compileStory(setAt(VALID, path, `${current} ${payload}`) as Record<string, unknown>),
        );
        expectClearOutcome(result);
        expect(result.index.stories).toEqual([]);
        cases++;
      }
    expect(cases).toBeGreaterThan(200);
  }, 60_000);

  it.each([
    {
      name: 'a billion-laughs YAML bomb',
      text: [
        'a: &a ["x","x","x","x","x","x","x","x","x"]',
        ...'bcdefghij'
          .split('')
          .map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
      ].join('\n'),
    },
    {
      name: 'anchors and a merge key',
      text: `base: &base { name: x }\nperson:\n  <<: *base\n${VALID_YAML}`,
    },
    { name: '5000 nested lists', text: `${'['.repeat(5000)}${']'.repeat(5000)}` },
    { name: '5000 nested maps in flow style', text: `${'{a: '.repeat(5000)}1${'}'.repeat(5000)}` },
    { name: 'a 10 MB file', text: `${VALID_YAML}\n# ${'x'.repeat(10_000_000)}\n` },
    { name: 'a 10 MB single line of text', text: `id: ${'a'.repeat(10_000_000)}` },
    {
      name: '900 kB of steps',
      text: VALID_YAML.replace(
        /steps:\n/,
        `steps:\n${'  - id: x\n    heading: h\n'.repeat(30_000)}`,
      ),
    },
    {
      name: 'a binary file',
      text: Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join(''),
    },
    { name: 'only a byte order mark', text: '\uFEFF' },
    {
      name: 'NaN and infinite coordinates in the story',
      text: VALID_YAML.replace('id: test', 'id: test\norder: .nan'),
    },
  ])('$name ends in diagnostics, not an exception or a hang', ({ text }) => {
    const result = timed(() => compileStory(text));
    expectClearOutcome(result);
    expect(result.diagnostics.length).toBeGreaterThan(0);
  });

  it('a gazetteer with coordinates of any value ends in diagnostics or valid places', () => {
    const coordinate = fc.oneof(
      fc.double({ min: -200, max: 200 }),
      fc.constantFrom(Number.NaN, Infinity, 90, -90, 180, -180, 0, 1e308),
    );
    fc.assert(
      fc.property(
        coordinate,
        coordinate,
        fc.constantFrom('KP', 'CN', 'KR', 'US', 'BE', 'XX', 'kp', 'CN KP'),
        fc.constantFrom('exact', 'city', 'province', 'country', 'river', 'nowhere'),
        (lng, lat, country, precision) => {
          const gazetteer = stringify({
            places: {
              hyesan: {
                name: 'Hyesan',
                country: 'KP',
                kind: 'city',
                precision: 'city',
                coords: [128.2, 41.4],
              },
              seoul: { name: 'Seoul', country, kind: 'city', precision, coords: [lng, lat] },
              'yalu-river': {
                name: 'Yalu',
                country: 'CN KP',
                kind: 'river',
                precision: 'river',
                river: 'yalu',
              },
            },
          });
          const result = timed(() => compileStory(VALID, { gazetteer }));
          expectClearOutcome(result);
          // Whatever compiled keeps North Korea and China at 0.1° at most.
          for (const story of result.index.stories)
            for (const step of story.steps)
              if (step.place && /KP|CN/.test(step.place.country))
                for (const c of step.place.point) expect(Math.round(c * 10) / 10).toBeCloseTo(c, 9);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  }, 60_000);
});

describe('the importers on generated and mutated files', () => {
  /** An import either refuses the file with one message, or writes files that validate cleanly or with diagnostics. */
  function importOutcome(format: ImportFormat, text: string) {
    let built;
    try {
      built = timed(() => build(format, text, DECIDED));
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).not.toMatch(/\n/);
      return;
    }
    const result = timed(() => validateBuilt(built));
    expectClearOutcome(result);
    // HTML from StoryMapJS and TimelineJS is turned into text. Markup typed into our own
    // spreadsheet is kept as typed, and then the validator refuses it: it never reaches a reader.
    const markup = built.storyYaml
      .split('\n')
      .some((line) => /<\/?(script|img|svg|iframe|a|p|b|i|span)\b/i.test(line));
    if (format !== 'csv') expect(markup).toBe(false);
    else if (markup) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  }

  const htmlish = fc.oneof(
    oddString,
    fc.constantFrom(
      '<p>Para one</p><p>Para two &amp; more</p>',
      '<span class="x">A &nbsp; B</span><br>',
      '<script>document.cookie</script>Visible',
      '<b>unclosed <i>tags',
      '&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;',
      '&amp;lt;img src=x onerror=alert(1)&amp;gt;',
      'My father starved. I was sold.',
    ),
  );

  const slide = fc.record(
    {
      type: fc.constantFrom('overview', undefined, 'slide', 3),
      date: fc.oneof(
        fc.constantFrom('1835', '', null, '2006-03', 'winter', 'about 1900'),
        oddValue,
      ),
      text: fc.oneof(
        fc.record({ headline: htmlish, text: htmlish }, { requiredKeys: [] }),
        oddValue,
      ),
      location: fc.oneof(
        fc.record(
          {
            lat: fc.oneof(fc.double({ min: -100, max: 100 }), oddValue),
            lon: fc.oneof(fc.double({ min: -200, max: 200 }), oddValue),
            name: fc.oneof(oddString, fc.constantFrom('Hyesan', 'Tumen River', 'Seoul')),
            zoom: fc.oneof(fc.integer({ min: 0, max: 20 }), oddValue),
            line: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
        oddValue,
      ),
      media: fc.oneof(
        fc.record(
          {
            url: fc.oneof(
              fc.constantFrom(
                'https://www.youtube.com/watch?v=x',
                'javascript:alert(1)',
                'https://maps.google.com/?q=41.39842,128.17771',
                '<blockquote>quote</blockquote>',
              ),
              oddString,
            ),
            caption: htmlish,
            credit: htmlish,
          },
          { requiredKeys: [] },
        ),
        oddValue,
      ),
    },
    { requiredKeys: [] },
  );

  it('StoryMapJS files of any shape are refused with one message or imported into checkable files', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(slide, oddValue), { maxLength: 8 }),
        fc.boolean(),
        (slides, wrapped) => {
          const json = wrapped ? { storymap: { slides } } : { slides };
          importOutcome('storymap', JSON.stringify(json));
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  }, 60_000);

  it('TimelineJS JSON of any shape is refused with one message or imported into checkable files', () => {
    const part = fc.oneof(
      fc.integer({ min: -3000, max: 12000 }).map(String),
      fc.integer({ min: 0, max: 40 }),
      oddValue,
    );
    const event = fc.record(
      {
        start_date: fc.oneof(
          fc.record(
            { year: part, month: part, day: part, hour: part, display_date: htmlish },
            { requiredKeys: [] },
          ),
          oddValue,
        ),
        end_date: fc.oneof(fc.record({ year: part, month: part }, { requiredKeys: [] }), oddValue),
        display_date: fc.oneof(
          fc.constantFrom('about 2006', 'the 1990s', 'winter 2006'),
          oddString,
        ),
        text: fc.oneof(
          fc.record({ headline: htmlish, text: htmlish }, { requiredKeys: [] }),
          oddValue,
        ),
        media: fc.oneof(
          fc.record({ url: oddString, caption: htmlish }, { requiredKeys: [] }),
          oddValue,
        ),
        group: oddValue,
        location: fc.oneof(
          fc.record({ lat: fc.double(), lon: fc.double(), name: oddString }, { requiredKeys: [] }),
          oddValue,
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(event, oddValue), { maxLength: 8 }),
        oddValue,
        (events, title) => {
          importOutcome('timeline', JSON.stringify({ title, events, eras: [] }));
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  }, 60_000);

  it('sample files truncated or spliced at random are refused with one message or imported', () => {
    const files: [ImportFormat, string][] = [
      ['storymap', sample('storymapjs-marktwain.json')],
      ['storymap', sample('storymapjs-sochi.json')],
      ['timeline', sample('timelinejs-marktwain.json')],
      ['timeline', sample('timelinejs-women_in_computing.csv')],
      ['csv', sample('../../../docs/story-template.csv')],
    ];
    fc.assert(
      fc.property(
        fc.nat({ max: files.length - 1 }),
        fc.nat(),
        fc.nat(),
        oddString,
        (which, at, length, insert) => {
          const [format, text] = files[which]!;
          const cut = at % (text.length + 1);
          importOutcome(format, text.slice(0, cut) + insert + text.slice(cut + (length % 50)));
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  }, 60_000);

  it('CSV text of any shape is refused with one message or imported', () => {
    const cell = fc.oneof(
      htmlish,
      fc.constantFrom(
        '',
        '"',
        '""',
        '"a,b"',
        'hyesan',
        '2006',
        '41.4',
        'river',
        'stated',
        'not-stated',
      ),
    );
    const csv = fc
      .array(fc.array(cell, { maxLength: 17 }), { maxLength: 8 })
      .map((rows) =>
        rows
          .map((r) => r.join(','))
          .join(fc.sample(fc.constantFrom('\n', '\r\n'), { seed: SEED, numRuns: 1 })[0]),
      );
    fc.assert(
      fc.property(
        csv,
        fc.constantFrom('csv', 'timeline') as fc.Arbitrary<ImportFormat>,
        fc.boolean(),
        (body, format, header) => {
          const head =
            format === 'csv'
              ? 'heading,place,latitude,longitude,precision,country,place basis,said,date,date basis,travel,route basis,corridor,excerpt,context,warnings'
              : 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
          importOutcome(format, header ? `${head}\n${body}` : body);
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  }, 60_000);
});
