/**
 * Context series: real figures shown beside the journeys (North Koreans arriving in South Korea
 * each year). Checked like the stories, with `file:line:column` messages: every figure names a
 * source with a publication and a URL, a year appears once, and no figure is guessed (a year
 * with no sourced figure is simply absent).
 */
import { z } from 'zod';
import type { Diagnostic } from './diagnostics.ts';
import { YamlSource } from './yaml-source.ts';
import { zodDiagnostics } from './zod-messages.ts';

export interface ContextSource {
  id: string;
  title: string;
  publisher: string;
  url: string;
  published?: string;
}

export interface ContextFigure {
  year: number;
  count: number;
  /** Id into `sources`. */
  source: string;
  note?: string;
}

export interface ContextSeries {
  id: string;
  title: string;
  /** Who publishes the figures (the sources report them). */
  publisher: string;
  note: string;
  sources: ContextSource[];
  /** In year order. */
  figures: ContextFigure[];
}

const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    publisher: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }),
    published: z.iso.date().optional(),
  })
  .strict();

const figureSchema = z
  .object({
    year: z.number().int().min(1950).max(2100),
    count: z.number().int().min(0),
    source: z.string().min(1),
    note: z.string().min(1).optional(),
  })
  .strict();

export const contextSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    publisher: z.string().min(1),
    note: z.string().min(1),
    sources: z.array(sourceSchema).min(1),
    figures: z.array(figureSchema).min(1),
  })
  .strict();

export function compileContext(
  file: string,
  text: string,
): { series: ContextSeries | null; diagnostics: Diagnostic[] } {
  const source = new YamlSource(file, text);
  const parsed = source.parse();
  if (parsed.value === undefined) return { series: null, diagnostics: parsed.diagnostics };
  const checked = contextSchema.safeParse(parsed.value);
  if (!checked.success)
    return {
      series: null,
      diagnostics: zodDiagnostics(source, checked.error.issues, parsed.value),
    };
  const data = checked.data;
  const diagnostics: Diagnostic[] = [];
  const error = (path: (string | number)[], message: string, expected: string) =>
    diagnostics.push({
      file,
      ...source.locate(path),
      severity: 'error',
      rule: 'context',
      message,
      expected,
    });
  const ids = new Set<string>();
  data.sources.forEach((s, i) => {
    if (ids.has(s.id))
      error(['sources', i, 'id'], `the source id "${s.id}" is used twice`, 'one entry per source');
    ids.add(s.id);
  });
  const years = new Set<number>();
  data.figures.forEach((f, i) => {
    if (!ids.has(f.source))
      error(
        ['figures', i, 'source'],
        `figure for ${f.year} names the source "${f.source}", which is not in sources`,
        `one of ${[...ids].join(', ')}`,
      );
    if (years.has(f.year))
      error(['figures', i, 'year'], `${f.year} has two figures`, 'one figure per year');
    years.add(f.year);
  });
  if (diagnostics.length > 0) return { series: null, diagnostics };
  const figures = [...data.figures].sort((a, b) => a.year - b.year);
  return { series: { ...data, figures } as ContextSeries, diagnostics };
}
