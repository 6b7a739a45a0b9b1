/**
 * Messages about a story file, in the one format every tool prints:
 * `path:line:column: what is wrong (expected …)`.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  severity: Severity;
  message: string;
  expected?: string;
  /** Which rule produced it, for `--json` consumers and tests. */
  rule: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.column}`;
  const kind = d.severity === 'warning' ? 'warning: ' : '';
  const expected = d.expected ? ` (expected ${d.expected})` : '';
  return `${where}: ${kind}${d.message}${expected}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Errors first, then by file and position, so output is stable across runs. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.message.localeCompare(b.message),
  );
}
