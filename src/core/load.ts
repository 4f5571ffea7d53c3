import { isUtf8 } from 'node:buffer';
import type { Document, Node, Pair } from 'yaml';
import { parsePointer, type Finding } from '../findings.js';
import { fullYaml } from './yaml-lazy.js';
import { childSpans, parseSubset, type SubsetDocument } from './yaml-subset.js';

/**
 * Aliases may make a document at most twice as large as what it writes out, plus this many
 * values: the rules, the schema check and rendering walk every expanded value, so an "alias
 * bomb" must be refused by what it expands to, not by how many aliases it uses.
 */
const ALIAS_ALLOWANCE = 10_000;

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

/**
 * Bytes to text: UTF-8 only, a BOM dropped; anything else is a yaml-syntax finding. Checked
 * and decoded by Buffer (simdutf): TextDecoder costs 4 ms of start-up on its first use.
 */
export function decode(bytes: Uint8Array): string | FailedDocument {
  if (!isUtf8(bytes)) {
    const text = new TextDecoder('utf-8').decode(bytes);
    return textFailure(text, text.indexOf('\uFFFD'), 'the file is not valid UTF-8 text (is it a binary file, or saved in another encoding?): save it as UTF-8');
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
  // Most charters are plain YAML that the fast parser reads; the rest, errors included, go to `yaml`.
  return parseWithSubset(text) ?? parseWithYaml(text);
}

/** The fast parser (yaml-subset.ts), or undefined when the text needs the full one. */
export function parseWithSubset(text: string): LoadedDocument | undefined {
  const subset = parseSubset(text);
  if (!subset) return undefined;
  const position = lazyLineIndex(text);
  return { ok: true, text, data: subset.data, locate: (path) => locateInLayout(subset, path, position) };
}

/** The reference parser, `yaml`: every document, every error message. */
export function parseWithYaml(text: string): LoadResult {
  const { isMap, isScalar, isSeq, parseDocument } = fullYaml();
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
  const position = lazyLineIndex(text);
  const syntaxFinding = (message: string, start: number, end?: number): Finding => {
    const a = position(start);
    const b = end === undefined ? a : position(end);
    return { ruleId: 'yaml-syntax', severity: 'error', message, path: '', line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };

  if (doc.errors.length > 0) {
    // One error leads to others (an unquoted colon, a tab, an unclosed bracket): the first is
    // the one to fix, the others on its line say the same, and a tab causes what follows it.
    const first = doc.errors.find((e) => e.code === 'TAB_AS_INDENT') ?? doc.errors[0];
    const firstLine = position(first.pos[0]).line;
    const more = first.code === 'TAB_AS_INDENT' ? 0 : doc.errors.filter((e) => position(e.pos[0]).line !== firstLine).length;
    const count = more === 0 ? '' : ` (and ${more} more YAML error${more === 1 ? '' : 's'} after this one, which may follow from it)`;
    return { ok: false, text, findings: [syntaxFinding(describeYamlError(first.code, first.message, text, first.pos[0]) + count, first.pos[0], first.pos[1])] };
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
    const { written, expanded } = countNodes(doc);
    if (expanded > 2 * written + ALIAS_ALLOWANCE) {
      const alias = firstAlias(doc);
      const message = `aliases would expand this document ${Math.round(expanded / written)}-fold: this looks like an alias bomb; write the values out instead`;
      return { ok: false, text, findings: [syntaxFinding(message, alias?.[0] ?? 0, alias?.[1])] };
    }
    // The budget above bounds the expansion; yaml's own limit counts aliases, not what they expand to.
    data = doc.toJS({ maxAliasCount: -1 });
  } catch (error) {
    if (error instanceof RangeError) return tooDeep(text);
    throw error;
  }
  return {
    ok: true,
    text,
    data: data as Record<string, unknown>,
    locate: (path) => locate(doc, path, position),
  };
}

/** A line index built on the first question, for the documents that have findings. */
function lazyLineIndex(text: string): (offset: number) => { line: number; col: number } {
  let index: ((offset: number) => { line: number; col: number }) | undefined;
  return (offset) => (index ??= lineIndex(text))(offset);
}

/** Nesting so deep that the parser ran out of stack: refused, like an alias bomb. */
function tooDeep(text: string): FailedDocument {
  return textFailure(text, 0, 'the document nests too deeply to be read (thousands of levels): a charter needs a few levels at most');
}

function describeYamlError(code: string, message: string, text: string, offset: number): string {
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      return quoteHint(text, offset) ?? describeYamlError('', message, text, offset);
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

/** `title: Note: this` → a hint to quote the value, with the line rewritten. */
function quoteHint(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const entry = /^\s*(?:- )?([^\s:#'"][^:#]*):\s+(.*?)\s*$/.exec(line);
  if (!entry) return undefined;
  const quoted = JSON.stringify(entry[2]);
  return `invalid YAML: a value that contains ": " must be quoted: write ${entry[1]}: ${quoted}`;
}

/**
 * The size of the document as written and once every alias is expanded, in values (a long
 * string weighs one per 64 characters); linear, memoised per anchor.
 */
function countNodes(doc: Document): { written: number; expanded: number } {
  const { isAlias, isMap, isScalar, isSeq } = fullYaml();
  let written = 0;
  // By anchor name, in document order: an alias names the latest anchor before it.
  const anchored = new Map<string, number>();
  const walk = (node: unknown): number => {
    if (isAlias(node)) {
      written++;
      // An alias inside its own anchor has no size yet: yaml refuses such a cycle later on.
      return anchored.get(node.source) ?? 1;
    }
    const value = isScalar(node) ? node.value : undefined;
    let size = 1 + (typeof value === 'string' ? value.length >> 6 : 0);
    written += size;
    if (isMap(node)) for (const pair of node.items) size += walk(pair.key) + walk(pair.value);
    else if (isSeq(node)) for (const item of node.items) size += walk(item);
    const anchor = (node as Node | null)?.anchor;
    if (anchor) anchored.set(anchor, size);
    return size;
  };
  const expanded = walk(doc.contents);
  return { written, expanded };
}

function firstAlias(doc: Document): [number, number] | undefined {
  const { visit } = fullYaml();
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
  if (fullYaml().isScalar(key)) return String(key.value);
  return String(key);
}

function locate(doc: Document, path: string, position: (offset: number) => { line: number; col: number }): Position {
  const { isAlias, isMap, isScalar, isSeq } = fullYaml();
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

/** `locate` for the fast parser's layout: the same walk and the same anchors as `locate` above. */
function locateInLayout(doc: SubsetDocument, path: string, position: (offset: number) => { line: number; col: number }): Position {
  const start: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  let layout = doc.root;
  // The last key and value on the way down; key is absent for sequence items.
  let key: [number, number] | undefined;
  let value: [number, number] | undefined;
  const segments = parsePointer(path);
  let found = segments.length === 0;
  for (let i = 0; i < segments.length; i++) {
    const child = layout === -1 ? undefined : childSpans(doc, layout, segments[i]);
    if (!child) break;
    ({ key, value, layout } = child);
    found = i === segments.length - 1;
  }
  if (path === '' || (!found && value === undefined)) return start;
  const valueIsInline = layout === -1;
  const anchor = (valueIsInline && value) || key || value;
  if (!anchor) return start;
  const from = position(anchor[0]);
  const to = position(value && (valueIsInline || !key) ? value[1] : anchor[1]);
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
