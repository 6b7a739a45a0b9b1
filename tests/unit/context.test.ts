import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContext } from '../../src/data/context.ts';
import { formatDiagnostic } from '../../src/data/diagnostics.ts';
import { loadContext } from '../../scripts/build/context.ts';

const root = resolve(import.meta.dirname, '../..');

const valid = `id: test
title: Test series
publisher: A ministry
note: A note.
sources:
  - id: paper
    title: A report
    publisher: A paper
    url: https://example.org/report
figures:
  - year: 2009
    count: 2914
    source: paper
`;

describe('context series', () => {
  it('data/context/arrivals.yaml is valid, and every figure has a source with a URL', () => {
    const { series, diagnostics } = loadContext(root);
    expect(diagnostics).toEqual([]);
    const arrivals = series.find((s) => s.id === 'arrivals-south-korea')!;
    expect(arrivals.figures.length).toBeGreaterThan(0);
    for (const f of arrivals.figures) {
      const source = arrivals.sources.find((s) => s.id === f.source);
      expect(source?.url).toMatch(/^https:\/\//);
      expect(source?.publisher).toBeTruthy();
    }
    // The figures the issue names.
    const at = (y: number) => arrivals.figures.find((f) => f.year === y)?.count;
    expect([at(2009), at(2020), at(2021)]).toEqual([2914, 229, 63]);
  });

  it('compileContext(valid) gives the series', () => {
    const { series, diagnostics } = compileContext('t.yaml', valid);
    expect(diagnostics).toEqual([]);
    expect(series?.figures).toEqual([{ year: 2009, count: 2914, source: 'paper' }]);
  });

  it.each([
    ['a figure with no source', valid.replace('    source: paper\n', ''), 't.yaml:11:5'],
    [
      'a source with no URL',
      valid.replace('    url: https://example.org/report\n', ''),
      't.yaml:6:',
    ],
    ['an unknown source', valid.replace('source: paper', 'source: nobody'), 't.yaml:13:5'],
    ['a year twice', `${valid}  - year: 2009\n    count: 1\n    source: paper\n`, 't.yaml:14:'],
    ['a count that is not a whole number', valid.replace('2914', '29.5'), 't.yaml:12:'],
  ])('compileContext rejects %s with a file:line message', (_, text, where) => {
    const { series, diagnostics } = compileContext('t.yaml', text);
    expect(series).toBeNull();
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.map(formatDiagnostic).join('\n')).toContain(where);
  });

  it('the committed file names the Ministry of Unification', () => {
    expect(readFileSync(`${root}/data/context/arrivals.yaml`, 'utf8')).toContain(
      'Ministry of Unification',
    );
  });
});
