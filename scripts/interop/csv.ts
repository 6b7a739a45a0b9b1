/**
 * Reads CSV as spreadsheets write it (RFC 4180): quoted fields with "" for a quote, line
 * breaks inside quotes, CRLF or LF, and a byte order mark from Excel.
 */

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
    } else field += c;
  }
  if (quoted) throw new CsvError('a quoted field is never closed: a " is missing', quoteLine);
  if (field !== '' || row.length > 0) endRow();
  // Spreadsheets often end with empty rows.
  while (rows.length > 0 && rows[rows.length - 1]!.every((f) => f.trim() === '')) rows.pop();
  return rows;
}

/** A data row, keyed by normalised header, with its row number as a spreadsheet shows it. */
export interface CsvRecord {
  row: number;
  values: Record<string, string>;
}

/** Rows as records keyed by a normalised header: lower case, words joined by spaces. */
export function csvRecords(rows: string[][]): { header: string[]; records: CsvRecord[] } {
  const [head = [], ...body] = rows;
  const header = head.map(normaliseHeader);
  const records: CsvRecord[] = [];
  body.forEach((r, i) => {
    if (r.every((f) => f.trim() === '')) return;
    records.push({
      row: i + 2,
      values: Object.fromEntries(header.map((h, j) => [h, (r[j] ?? '').trim()])),
    });
  });
  return { header, records };
}

export function normaliseHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}
