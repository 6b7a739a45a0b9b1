/**
 * Reads a YAML file people wrote, keeping positions so that every message can say
 * `file:line:column`. Anything the parser trips over becomes a diagnostic, never an exception.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { Diagnostic } from './diagnostics.ts';

/** Story files are a few kilobytes; anything this big is a mistake, not a story. */
export const MAX_FILE_BYTES = 1_000_000;
const MAX_DEPTH = 32;

export type PathSegment = string | number;

export class YamlSource {
  readonly file: string;
  readonly text: string;
  #lines = new LineCounter();
  #doc: Document.Parsed | undefined;

  constructor(file: string, text: string) {
    this.file = file;
    this.text = text;
  }

  /** Parses the file. `value` is undefined when the file cannot be read as data at all. */
  parse(): { value: unknown; diagnostics: Diagnostic[] } {
    const diagnostics: Diagnostic[] = [];
    const bytes = new TextEncoder().encode(this.text).length;
    if (bytes > MAX_FILE_BYTES) {
      diagnostics.push(
        this.at(1, 1, `the file is too large (${(bytes / 1e6).toFixed(1)} MB)`, 'at most 1 MB'),
      );
      return { value: undefined, diagnostics };
    }
    const control = INVISIBLE.exec(this.text);
    if (control) {
      const pos = positionOf(this.text, control.index);
      diagnostics.push(
        this.at(
          pos.line,
          pos.column,
          `the file contains an invisible control character (U+${control[0]
            .charCodeAt(0)
            .toString(16)
            .toUpperCase()
            .padStart(4, '0')})`,
          'plain text; delete the character',
        ),
      );
      return { value: undefined, diagnostics };
    }
    let doc: Document.Parsed;
    try {
      doc = parseDocument(this.text, {
        lineCounter: this.#lines,
        prettyErrors: false,
        uniqueKeys: true,
        strict: true,
      });
    } catch (error) {
      diagnostics.push(this.at(1, 1, `the file could not be read: ${String(error)}`, 'YAML'));
      return { value: undefined, diagnostics };
    }
    this.#doc = doc;
    for (const error of doc.errors) {
      const [start] = error.pos;
      const { line, column } = this.position(start);
      diagnostics.push({
        file: this.file,
        line,
        column,
        severity: 'error',
        rule: 'yaml',
        message: `this is not valid YAML: ${yamlProblem(error.message)}`,
        expected: 'YAML as in docs/authoring.md; check indentation, colons and quotes',
      });
    }
    if (diagnostics.length > 0) return { value: undefined, diagnostics };

    // Anchors and aliases are how "YAML bombs" multiply; stories never need them.
    let tooDeep = false;
    visit(doc, {
      Alias: (_, node) => {
        const { line, column } = this.position(node.range?.[0] ?? 0);
        diagnostics.push({
          file: this.file,
          line,
          column,
          severity: 'error',
          rule: 'yaml',
          message: `aliases (*${node.source}) are not allowed in story files`,
          expected: 'the value written out in full',
        });
      },
      Node: (_, node, path) => {
        if (path.length > MAX_DEPTH * 2 && !tooDeep) {
          tooDeep = true;
          const { line, column } = this.position(node.range?.[0] ?? 0);
          diagnostics.push({
            file: this.file,
            line,
            column,
            severity: 'error',
            rule: 'yaml',
            message: 'the data is nested too deeply',
            expected: `at most ${MAX_DEPTH} levels, as in docs/authoring.md`,
          });
          return visit.BREAK;
        }
        return undefined;
      },
    });
    if (diagnostics.length > 0) return { value: undefined, diagnostics };

    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 0 });
    } catch (error) {
      diagnostics.push(this.at(1, 1, `the file could not be read: ${String(error)}`, 'YAML'));
      return { value: undefined, diagnostics };
    }
    return { value, diagnostics };
  }

  /** Where a path points in the file: the key if it exists, or the closest existing parent. */
  locate(path: readonly PathSegment[]): { line: number; column: number } {
    let node: unknown = this.#doc?.contents;
    let offset = 0;
    if (node && isNodeWithRange(node)) offset = node.range[0];
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && keyOf(item.key) === String(segment));
        if (!pair) break;
        if (isNodeWithRange(pair.key)) offset = pair.key.range[0];
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (!item) break;
        if (isNodeWithRange(item)) offset = item.range[0];
        node = item;
      } else break;
    }
    return this.position(offset);
  }

  position(offset: number): { line: number; column: number } {
    const pos = this.#lines.linePos(offset);
    return pos ? { line: pos.line, column: pos.col } : positionOf(this.text, offset);
  }

  at(line: number, column: number, message: string, expected?: string): Diagnostic {
    return {
      file: this.file,
      line,
      column,
      severity: 'error',
      rule: 'yaml',
      message,
      ...(expected ? { expected } : {}),
    };
  }
}

function keyOf(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function isNodeWithRange(node: unknown): node is YamlNode & { range: [number, number, number] } {
  return (
    typeof node === 'object' &&
    node !== null &&
    'range' in node &&
    Array.isArray((node as { range?: unknown }).range) &&
    !isAlias(node as YamlNode)
  );
}

/**
 * Characters that change how text looks without being seen: C0 controls (but tab and line
 * breaks), DEL, zero-width spaces, line and paragraph separators, and the bidirectional
 * overrides and isolates that can make text read differently from how it is stored. A byte
 * order mark is fine at the very start of a file, where editors put it, and nowhere else.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u2028\u2029\u202A-\u202E\u2066-\u2069]|(?<!^)\uFEFF/;

/** The parser's message in words an author can act on. */
function yamlProblem(message: string): string {
  if (/call stack/i.test(message)) return 'the data is nested too deeply';
  if (/multiple documents/i.test(message))
    return 'the file holds more than one document; remove the line "---" and what follows it';
  return firstLine(message);
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
