/**
 * Turns zod's issues into messages a non-programmer can act on, each pointing at the line
 * it is about.
 */
import type { z } from 'zod';
import type { Diagnostic } from './diagnostics.ts';
import type { PathSegment, YamlSource } from './yaml-source.ts';
import { MEANINGS } from './schema.ts';
import { didYouMean } from './suggest.ts';

type Issue = z.core.$ZodIssue;

export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string')
    return `the text "${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  if (typeof value === 'number')
    return Number.isFinite(value) ? `the number ${value}` : 'not a number';
  return `${typeof value} ${String(value)}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  tuple: 'a list',
};

function fieldName(path: readonly PathSegment[]): string {
  const parts: string[] = [];
  for (const segment of path) {
    if (typeof segment === 'number') parts.push(`[${segment + 1}]`);
    else parts.push(parts.length ? `.${segment}` : segment);
  }
  return parts.join('').replace(/^\./, '') || 'the file';
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/**
 * A union's branches each fail in their own way; the branch that got furthest is the one the
 * author meant, so report that branch's issues rather than "invalid input".
 */
function flatten(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union' || !('errors' in issue) || issue.errors.length === 0)
    return [issue];
  const branches = issue.errors as Issue[][];
  const scored = branches.map((branch) => ({
    branch,
    depth: Math.max(...branch.map((i) => i.path.length)),
    typeOnly: branch.every((i) => i.code === 'invalid_type' && i.path.length === 0),
  }));
  const meant = scored.filter((s) => !s.typeOnly);
  const pool = meant.length > 0 ? meant : scored;
  pool.sort((a, b) => b.depth - a.depth || a.branch.length - b.branch.length);
  return pool[0]!.branch.flatMap((inner) =>
    flatten({ ...inner, path: [...issue.path, ...inner.path] } as Issue),
  );
}

export function zodDiagnostics(
  source: YamlSource,
  issues: readonly Issue[],
  root: unknown,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues.flatMap(flatten)) {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    const name = fieldName(path);
    const actual = valueAt(root, path);
    let message: string;
    let expected: string | undefined;
    let where = source.locate(path);
    switch (issue.code) {
      case 'invalid_type':
        if (actual === undefined) {
          message = `${name} is missing`;
          // Point at the group the field belongs in, which is where it must be added.
          where = source.locate(path.slice(0, -1));
        } else message = `${name} is ${describeValue(actual)}`;
        expected = TYPE_NAMES[issue.expected] ?? issue.expected;
        break;
      case 'invalid_value': {
        const values = issue.values.map(String);
        const guess = typeof actual === 'string' ? didYouMean(actual, values) : '';
        message = `${name} is ${describeValue(actual)}, which is not allowed here${guess}`;
        expected =
          values.length === 1
            ? `"${values[0]}"`
            : `one of ${values.map((v) => (MEANINGS[v] ? `${v} (${MEANINGS[v]})` : v)).join(', ')}`;
        break;
      }
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const keyWhere = source.locate([...path, key]);
          out.push({
            file: source.file,
            ...keyWhere,
            severity: 'error',
            rule: 'schema',
            message: `unknown field "${key}"${path.length ? ` in ${name}` : ''}${didYouMean(key, KNOWN_FIELDS)}`,
            expected: 'only the fields described in docs/authoring.md',
          });
        }
        continue;
      case 'too_small':
        message = issue.message.startsWith('Too small')
          ? `${name} is too short`
          : `${name}: ${issue.message}`;
        expected =
          issue.origin === 'array'
            ? `at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`
            : issue.origin === 'string'
              ? 'some text'
              : `at least ${issue.minimum}`;
        break;
      case 'too_big':
        message = issue.message.startsWith('Too big')
          ? `${name} is too long or too large`
          : `${name}: ${issue.message}`;
        expected = `at most ${issue.maximum}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''}`;
        break;
      case 'invalid_format':
        message = issue.message.startsWith('Invalid')
          ? `${name} is not in the right format`
          : `${name}: ${issue.message}`;
        expected = issue.format === 'date' ? 'a date written YYYY-MM-DD' : undefined;
        break;
      case 'custom':
        message = `${name} ${issue.message}`;
        expected = (issue.params as { expected?: string } | undefined)?.expected;
        break;
      default:
        message = `${name}: ${issue.message}`;
    }
    const field = [...path].reverse().find((p): p is string => typeof p === 'string') ?? '';
    const why = FIELD_RULES[field];
    if (why && (issue.code === 'invalid_value' || issue.code === 'invalid_type'))
      message += `. ${why}`;
    out.push({
      file: source.file,
      ...where,
      severity: 'error',
      rule: why ? `privacy/${field.replace(/_/g, '-')}` : 'schema',
      message,
      ...(expected ? { expected } : {}),
    });
  }
  return out;
}

/** Why a closed list matters, added to the message when a value is missing or not in it. */
const FIELD_RULES: Record<string, string> = {
  name_kind:
    'A name is shown only as it was published, with its kind, and nothing is added to it (DOMAIN rule 4)',
  precision:
    'Every place says how precisely it is known; the map draws that uncertainty, and nothing in North Korea or China is finer than 0.1° (DOMAIN rule 1)',
  warnings:
    'Content warnings keep distressing text collapsed until the reader chooses to see it (DOMAIN rule 6)',
  fiction: 'Fiction is drawn on its own layer and labelled everywhere it appears',
};

/** Every field name in the format, for "did you mean" on a misspelt one. */
const KNOWN_FIELDS = [
  'id',
  'order',
  'title',
  'person',
  'name',
  'short_name',
  'name_kind',
  'fiction',
  'summary',
  'warnings',
  'color',
  'sources',
  'publisher',
  'url',
  'published',
  'text',
  'note',
  'consent',
  'status',
  'removal_contact',
  'corrections',
  'teaching',
  'age',
  'notes',
  'questions',
  'date',
  'steps',
  'heading',
  'neutral',
  'full',
  'section',
  'until',
  'lines',
  'place',
  'place_basis',
  'place_source',
  'time',
  'said',
  'leg',
  'mode',
  'basis',
  'corridor',
  'from',
  'source',
  'excerpts',
  'context',
  'translations',
  'lang',
  'value',
  'precision',
  'en',
  'ko',
  'places',
  'country',
  'kind',
  'coords',
  'river',
  'corridors',
  'via',
  'air_from',
];
