import { isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair } from 'yaml';
import { parsePointer, type Finding } from '../findings.js';

/** yaml's own guard against "billion laughs": expanding more aliases than this is refused. */
const MAX_ALIAS_COUNT = 100;

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A parsed charter: its data, and where each value stands in the source. */
export interface LoadedDocument {
  ok: true;
  text: string;
  data: Record<string, unknown>;
  /** Line and column of the node a JSON Pointer names (or of its nearest existing ancestor). */
  locate(path: string): Position;
}

export interface FailedDocument {
  ok: false;
  text: string;
  findings: Finding[];
}

export type LoadResult = LoadedDocument | FailedDocument;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes to text: UTF-8 only, a BOM dropped; anything else is a yaml-syntax finding. */
export function decode(bytes: Uint8Array): string | FailedDocument {
  try {
    return utf8.decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    return textFailure(text, text.indexOf('\uFFFD'), 'the file is not valid UTF-8 text (is it a binary file, or saved in another encoding?): save it as UTF-8');
  }
}

function textFailure(text: string, offset: number, message: string): FailedDocument {
  const at = lineIndex(text)(offset);
  return { ok: false, text, findings: [{ ruleId: 'yaml-syntax', severity: 'error', message, path: '', line: at.line, column: at.col }] };
}

/**
 * Offset → 1-based line and column, from the text's own line feeds: the parser's line
 * counter stops where it stops parsing, and positions after an error must stay true.
 */
export function lineIndex(text: string): (offset: number) => { line: number; col: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.min(Math.max(offset, 0), text.length);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, col: at - starts[low] + 1 };
  };
}

/** C0 controls other than tab, LF and CR, and DEL: YAML does not allow them raw. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Parses charter text (YAML 1.2 core schema) and keeps the positions of its nodes. */
export function parseCharter(text: string): LoadResult {
  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return textFailure(text, control.index, `the file contains the control character U+${code}, which YAML does not allow: remove it, or write it as an escape (e.g. "\\x${code.slice(2)}") inside double quotes`);
  }
  let doc: Document;
  try {
    doc = parseDocument(text, {
      version: '1.2',
      schema: 'core',
      uniqueKeys: true,
      merge: false,
      prettyErrors: false,
      keepSourceTokens: false,
      // Warnings (an unresolved tag, say) would go to the console; the value stays data.
      logLevel: 'error',
    });
  } catch (error) {
    if (error instanceof RangeError) return tooDeep(text);
    throw error;
  }
  const position = lineIndex(text);
  const syntaxFinding = (message: string, start: number, end?: number): Finding => {
    const a = position(start);
    const b = end === undefined ? a : position(end);
    return { ruleId: 'yaml-syntax', severity: 'error', message, path: '', line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };

  if (doc.errors.length > 0) {
    return { ok: false, text, findings: doc.errors.map((e) => syntaxFinding(describeYamlError(e.code, e.message), e.pos[0], e.pos[1])) };
  }
  const shapeFinding = (message: string): FailedDocument => ({
    ok: false,
    text,
    findings: [{ ruleId: 'schema', severity: 'error', message, path: '', line: 1, column: 1 }],
  });
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return shapeFinding('the file is empty: a charter needs at least charter, id, title, vision, partners and goals (run `charter init` to start one)');
  }
  if (!isMap(doc.contents)) {
    const kind = isSeq(doc.contents) ? 'a list' : `a single ${isScalar(doc.contents) ? typeof doc.contents.value : 'value'}`;
    return shapeFinding(`the document is ${kind}, but a charter must be a mapping of keys (charter, id, title, vision, partners, goals, …)`);
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof RangeError) return tooDeep(text);
    if (error instanceof ReferenceError || /alias/i.test(String((error as Error)?.message))) {
      const alias = firstAlias(doc);
      return {
        ok: false,
        text,
        findings: [
          syntaxFinding(
            `aliases expand to too much data (more than ${MAX_ALIAS_COUNT} alias expansions): this looks like an alias bomb; write the values out instead`,
            alias?.[0] ?? 0,
            alias?.[1],
          ),
        ],
      };
    }
    throw error;
  }
  return {
    ok: true,
    text,
    data: data as Record<string, unknown>,
    locate: (path) => locate(doc, path, position),
  };
}

/** Nesting so deep that the parser ran out of stack: refused, like an alias bomb. */
function tooDeep(text: string): FailedDocument {
  return textFailure(text, 0, 'the document nests too deeply to be read (thousands of levels): a charter needs a few levels at most');
}

function describeYamlError(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'duplicate key: each key may appear only once in a mapping (remove or rename one of them)';
    case 'MULTIPLE_DOCS':
      return 'the file holds more than one YAML document (a second ---): keep one charter per file';
    case 'TAB_AS_INDENT':
      return 'tabs are not allowed for indentation in YAML: indent with spaces';
    default: {
      const text = message.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, '').trim();
      return `invalid YAML: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
    }
  }
}

function firstAlias(doc: Document): [number, number] | undefined {
  let found: [number, number] | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.range) found = [node.range[0], node.range[1]];
      return visit.BREAK;
    },
  });
  return found;
}

function keyOf(pair: Pair): string {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return String(key);
}

function locate(doc: Document, path: string, position: (offset: number) => { line: number; col: number }): Position {
  let node: unknown = doc.contents;
  let key: Node | null = null;
  let found = path === '';
  const segments = parsePointer(path);
  for (let i = 0; i < segments.length; i++) {
    if (isAlias(node)) node = node.resolve(doc);
    const segment = segments[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => keyOf(p) === segment);
      if (!pair) break;
      key = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = /^\d+$/.test(segment) ? node.items[Number(segment)] : undefined;
      if (item === undefined) break;
      key = null;
      node = item;
    } else break;
    found = i === segments.length - 1;
  }
  if (path === '' || (!found && key === null && node === doc.contents)) {
    return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  }
  // A scalar points at its value; a collection at its key, where the reader's eye goes.
  const value = node as Node | null;
  const valueIsInline = value != null && (isScalar(value) || isAlias(value));
  const anchor = (valueIsInline && value?.range) || key?.range || value?.range;
  if (!anchor) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const start = position(anchor[0]);
  const endOffset = value?.range && (valueIsInline || !key) ? value.range[1] : anchor[1];
  const end = position(endOffset);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
