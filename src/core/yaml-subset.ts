// A fast parser for the plain subset of YAML that charters are written in: block mappings and
// sequences, one-line plain and quoted scalars, one-line flow collections, literal and folded
// block scalars, comments. Anything else (anchors, aliases, tags, multi-line plain or quoted
// scalars, escapes, tabs, CRs, directives, several documents, duplicate keys, non-string keys,
// every error) returns `undefined`, and the full parser (`yaml`, in load.ts) takes over. The
// differential test (test/core/yaml-subset.test.ts) holds this parser to the same data and the
// same source ranges as `yaml` wherever it accepts a document.

/**
 * The parsed data, and where each collection's children stand in the source, in one flat
 * array (a few bytes per value, nothing per object): a collection's layout starts with a
 * header, its entry count × 2 plus 1 for a mapping; then, in source order, five numbers per
 * mapping entry (key start, key end, value start, value end, the value's own layout or -1
 * for a scalar) or three per sequence item (value start, value end, layout or -1). Offsets
 * are UTF-16 code units, ends exclusive. `root` is the document mapping's layout.
 */
export interface SubsetDocument {
  text: string;
  data: Record<string, unknown>;
  spans: Int32Array;
  root: number;
}

/** Where a child stands: its key (mappings only), its value, and its layout (-1: a scalar). */
export interface ChildSpans {
  key?: [number, number];
  value: [number, number];
  layout: number;
}

/** The child `segment` of the collection whose layout starts at `layout`, or undefined if there is none. */
export function childSpans(doc: SubsetDocument, layout: number, segment: string): ChildSpans | undefined {
  const { spans, text } = doc;
  const header = spans[layout];
  const count = header >> 1;
  if ((header & 1) === 0) {
    const i = /^\d+$/.test(segment) ? Number(segment) : -1;
    if (i < 0 || i >= count) return undefined;
    const e = layout + 1 + 3 * i;
    return { value: [spans[e], spans[e + 1]], layout: spans[e + 2] };
  }
  for (let e = layout + 1; e < layout + 1 + 5 * count; e += 5) {
    if (keyIs(text, spans[e], spans[e + 1], segment)) return { key: [spans[e], spans[e + 1]], value: [spans[e + 2], spans[e + 3]], layout: spans[e + 4] };
  }
  return undefined;
}

/** Whether the key written at start..end is `segment`: plain, or quoted without escapes. */
function keyIs(text: string, start: number, end: number, segment: string): boolean {
  const quote = text.charCodeAt(start);
  if (quote === 34) return text.slice(start + 1, end - 1) === segment;
  if (quote === 39) return text.slice(start + 1, end - 1).replace(/''/g, "'") === segment;
  return end - start === segment.length && text.startsWith(segment, start);
}

const SPACE = 32;
const NEWLINE = 10;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const QUESTION = 63;

/** Thrown (always this one object) when the text leaves the subset. */
const OUTSIDE = { outside: true };

/** Characters that may not start a plain scalar (YAML's c-indicators, less - ? : handled apart). */
const NOT_PLAIN_START = new Set([...',[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));
const FLOW_END = new Set([...',[]{}'].map((c) => c.charCodeAt(0)));

// The YAML 1.2 core schema, in the order `yaml` tries its tags.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value under the core schema (the tests in `yaml`'s order, by first character). */
export function resolvePlain(source: string): unknown {
  const first = source.charCodeAt(0);
  if (first === 126 || first === 110 || first === 78) return NULL.test(source) ? null : source;
  if (first === 116 || first === 84 || first === 102 || first === 70) return BOOL.test(source) ? first === 116 || first === 84 : source;
  // Numbers start with a digit, a sign or a dot; everything else is a string.
  if (!((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46)) return source;
  if (INT_OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (INT_HEX.test(source)) return parseInt(source.substring(2), 16);
  if (FLOAT_NAN.test(source)) return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? -Infinity : Infinity;
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}

function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}

class SubsetParser {
  readonly text: string;
  readonly length: number;
  // Finished layouts; and a stack where a collection gathers its entries while its children
  // (parsed in between) gather and file theirs: no array per collection, no map per object.
  spans = new Int32Array(1024);
  used = 0;
  stack = new Int32Array(256);
  top = 0;
  /** The layout of the collection filed last: a collection value's own, right after it is parsed. */
  lastLayout = -1;
  // Set by every value parse: the value's range, the end of its last line (newline included),
  // and where the next line starts.
  valueStart = 0;
  valueEnd = 0;
  lineEnd = 0;
  next = 0;

  constructor(text: string) {
    this.text = text;
    this.length = text.length;
  }

  push(value: number): void {
    if (this.top === this.stack.length) {
      const grown = new Int32Array(2 * this.stack.length);
      grown.set(this.stack);
      this.stack = grown;
    }
    this.stack[this.top++] = value;
  }

  /** The layout of `value` just parsed: its own if it is a collection, else -1. */
  layoutOf(value: unknown): number {
    return value !== null && typeof value === 'object' ? this.lastLayout : -1;
  }

  /** A mapping entry just parsed (its value's range in valueStart..valueEnd). */
  pushEntry(keyStart: number, keyEnd: number, value: unknown): void {
    this.push(keyStart);
    this.push(keyEnd);
    this.pushItem(value);
  }

  /** A sequence item just parsed, or the value part of an entry. */
  pushItem(value: unknown): void {
    this.push(this.valueStart);
    this.push(this.valueEnd);
    this.push(this.layoutOf(value));
  }

  /** Files a finished collection: its header, then its entries from the stack above `base`. */
  record(isMap: boolean, base: number): void {
    const length = this.top - base;
    const need = this.used + 1 + length;
    if (need > this.spans.length) {
      const grown = new Int32Array(Math.max(need, 2 * this.spans.length));
      grown.set(this.spans.subarray(0, this.used));
      this.spans = grown;
    }
    const { spans, stack } = this;
    const at = this.used;
    spans[at] = isMap ? (length / 5) * 2 + 1 : (length / 3) * 2;
    // A plain loop: a subarray view per collection costs more than the copy.
    for (let i = 0; i < length; i++) spans[at + 1 + i] = stack[base + i];
    this.used = need;
    this.top = base;
    this.lastLayout = at;
  }

  /** Offset just past the line that holds `at` (its newline included). */
  endOfLine(at: number): number {
    const nl = this.text.indexOf('\n', at);
    return nl === -1 ? this.length : nl + 1;
  }

  /** Start of the next line from `lineStart` on that is neither blank nor only a comment. */
  nextContentLine(lineStart: number): number {
    const { text, length } = this;
    let p = lineStart;
    while (p < length) {
      let q = p;
      while (text.charCodeAt(q) === SPACE) q++;
      const c = text.charCodeAt(q);
      if (q < length && c !== NEWLINE && c !== HASH) return p;
      p = this.endOfLine(q);
    }
    return length;
  }

  indentAt(lineStart: number): number {
    let q = lineStart;
    while (this.text.charCodeAt(q) === SPACE) q++;
    return q - lineStart;
  }

  isBreakOrSpace(at: number): boolean {
    return at >= this.length || this.text.charCodeAt(at) === SPACE || this.text.charCodeAt(at) === NEWLINE;
  }

  isSequenceItem(at: number): boolean {
    return this.text.charCodeAt(at) === DASH && this.isBreakOrSpace(at + 1);
  }

  /** After a value that ends its line: only spaces and a comment may follow; returns the line end. */
  restOfLine(at: number): number {
    const { text } = this;
    let p = at;
    while (text.charCodeAt(p) === SPACE) p++;
    if (p >= this.length) return this.length;
    const c = text.charCodeAt(p);
    if (c === NEWLINE) return p + 1;
    if (c === HASH && p > at) return this.endOfLine(p);
    throw OUTSIDE;
  }

  parseDocument(): Record<string, unknown> {
    const text = this.text;
    // Outside the subset wholesale: CR line ends, tabs, byte-order marks.
    if (text.indexOf('\r') !== -1 || text.indexOf('\t') !== -1 || text.indexOf('\uFEFF') !== -1) throw OUTSIDE;
    const first = this.nextContentLine(0);
    if (first >= this.length || this.indentAt(first) !== 0) throw OUTSIDE;
    const data = this.parseMapping(0, first);
    if (this.nextContentLine(this.next) < this.length) throw OUTSIDE;
    return data;
  }

  /** A block mapping whose first key starts at `at`, at column `indent`. */
  parseMapping(indent: number, at: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    const base = this.top;
    let p = at;
    let end = at;
    for (;;) {
      const keyStart = p;
      const key = this.parseKey(p);
      if (key === undefined || Object.prototype.hasOwnProperty.call(map, key)) throw OUTSIDE;
      const keyEnd = this.valueEnd;
      const value = this.parseBlockValue(this.next, indent, false);
      setKey(map, key, value);
      this.pushEntry(keyStart, keyEnd, value);
      end = this.lineEnd;
      const q = this.nextContentLine(this.next);
      if (q >= this.length) break;
      const ind = this.indentAt(q);
      if (ind < indent) break;
      if (ind > indent) throw OUTSIDE;
      p = q + ind;
    }
    this.record(true, base);
    this.lineEnd = end;
    return map;
  }

  /** A block sequence whose first `-` is at `at`, at column `indent`. */
  parseSequence(indent: number, at: number): unknown[] {
    const list: unknown[] = [];
    const base = this.top;
    let p = at;
    let end = at;
    for (;;) {
      const item = this.parseBlockValue(p + 1, indent, true);
      list.push(item);
      this.pushItem(item);
      end = this.lineEnd;
      const q = this.nextContentLine(this.next);
      if (q >= this.length) break;
      const ind = this.indentAt(q);
      if (ind < indent) break;
      if (ind > indent) throw OUTSIDE;
      if (!this.isSequenceItem(q + ind)) break;
      p = q + ind;
    }
    this.record(false, base);
    this.lineEnd = end;
    return list;
  }

  /**
   * A mapping key at `at` followed by `:` and a space or line end. Sets valueEnd to the key's
   * end and next to just past the colon; undefined when no key stands there.
   */
  parseKey(at: number): string | undefined {
    const { text } = this;
    const c = text.charCodeAt(at);
    let key: string;
    let p: number;
    if (c === 39 || c === 34) {
      key = this.parseQuoted(at);
      p = this.valueEnd;
      while (text.charCodeAt(p) === SPACE) p++;
      if (text.charCodeAt(p) !== COLON || !this.isBreakOrSpace(p + 1)) return undefined;
      this.next = p + 1;
      return key;
    }
    if (!this.canStartPlain(at, false)) return undefined;
    const end = this.scanPlain(at, false);
    if (!this.stoppedAtColon) return undefined;
    key = text.slice(at, end);
    // Keys that the core schema reads as null, booleans or numbers are left to the full parser.
    if (key.length > 1000 || resolvePlain(key) !== key) throw OUTSIDE;
    this.valueEnd = end;
    this.next = this.colonAt + 1;
    return key;
  }

  canStartPlain(at: number, flow: boolean): boolean {
    const c = this.text.charCodeAt(at);
    if (at >= this.length || c === NEWLINE || c === SPACE || NOT_PLAIN_START.has(c)) return false;
    if (c === DASH || c === QUESTION || c === COLON) {
      const d = this.text.charCodeAt(at + 1);
      return !(this.isBreakOrSpace(at + 1) || (flow && FLOW_END.has(d)));
    }
    return true;
  }

  stoppedAtColon = false;
  colonAt = 0;

  /**
   * Scans a one-line plain scalar from `at`; returns its end (trailing spaces excluded) and
   * notes whether it stopped at a `: ` that makes it a key.
   */
  scanPlain(at: number, flow: boolean): number {
    const { text, length } = this;
    let p = at;
    let end = at;
    this.stoppedAtColon = false;
    while (p < length) {
      const c = text.charCodeAt(p);
      if (c === NEWLINE) break;
      if (c === COLON) {
        const d = text.charCodeAt(p + 1);
        if (this.isBreakOrSpace(p + 1) || (flow && FLOW_END.has(d))) {
          this.stoppedAtColon = true;
          this.colonAt = p;
          break;
        }
      } else if (c === HASH && text.charCodeAt(p - 1) === SPACE) break;
      else if (flow && FLOW_END.has(c)) break;
      if (c !== SPACE) end = p + 1;
      p++;
    }
    return end;
  }

  /** A one-line quoted scalar at `at`, without escapes; sets valueEnd past the closing quote. */
  parseQuoted(at: number): string {
    const { text } = this;
    const quote = text.charCodeAt(at);
    if (quote === 34) {
      let p = at + 1;
      for (;;) {
        const c = text.charCodeAt(p);
        if (p >= this.length || c === NEWLINE || c === 92) throw OUTSIDE;
        if (c === 34) break;
        p++;
      }
      this.valueEnd = p + 1;
      return text.slice(at + 1, p);
    }
    let value = '';
    let from = at + 1;
    for (let p = at + 1; ; p++) {
      const c = text.charCodeAt(p);
      if (p >= this.length || c === NEWLINE) throw OUTSIDE;
      if (c === 39) {
        if (text.charCodeAt(p + 1) !== 39) {
          this.valueEnd = p + 1;
          return value + text.slice(from, p);
        }
        value += text.slice(from, p + 1);
        from = p + 2;
        p++;
      }
    }
  }

  /**
   * The value after a `key:` or a `-` (at `at`, just past the indicator). `indent` is the
   * column of the mapping or sequence that holds it.
   */
  parseBlockValue(at: number, indent: number, inSequence: boolean): unknown {
    const { text } = this;
    let s = at;
    while (text.charCodeAt(s) === SPACE) s++;
    const c = text.charCodeAt(s);
    if (s >= this.length || c === NEWLINE || (c === HASH && s > at)) {
      const lineEnd = this.endOfLine(s);
      const q = this.nextContentLine(lineEnd);
      if (q < this.length) {
        const ind = this.indentAt(q);
        const nested = ind > indent || (ind === indent && !inSequence && this.isSequenceItem(q + ind));
        if (nested) {
          this.valueStart = q + ind;
          const value = this.isSequenceItem(q + ind) ? this.parseSequence(ind, q + ind) : this.parseMapping(ind, q + ind);
          this.valueEnd = this.lineEnd;
          return value;
        }
      }
      this.valueStart = this.valueEnd = s;
      // An empty value ends where it stands, or with the comment after it (as in `yaml`).
      this.lineEnd = c === HASH ? lineEnd : s;
      this.next = lineEnd;
      return null;
    }
    if (c === 124 || c === 62) return this.parseBlockScalar(s, indent);
    let value: unknown;
    if (c === 91 || c === 123) {
      value = this.parseFlow(s);
    } else if (c === 39 || c === 34) {
      value = this.parseQuoted(s);
      let p = this.valueEnd;
      while (text.charCodeAt(p) === SPACE) p++;
      if (text.charCodeAt(p) === COLON) {
        // A quoted key: a compact mapping in a sequence item, an error after a key.
        if (!inSequence) throw OUTSIDE;
        return this.compactMapping(s, at);
      }
    } else if (this.canStartPlain(s, false)) {
      const end = this.scanPlain(s, false);
      if (this.stoppedAtColon) {
        if (!inSequence) throw OUTSIDE;
        return this.compactMapping(s, at);
      }
      value = resolvePlain(text.slice(s, end));
      this.valueEnd = end;
    } else throw OUTSIDE;
    this.valueStart = s;
    this.lineEnd = this.next = this.restOfLine(this.valueEnd);
    // A more-indented line after a one-line value would continue it (or be an error).
    const q = this.nextContentLine(this.next);
    if (q < this.length && this.indentAt(q) > indent) throw OUTSIDE;
    return value;
  }

  /** `- key: value` and the entries below it, aligned with `key`. */
  compactMapping(s: number, at: number): Record<string, unknown> {
    const lineStart = this.text.lastIndexOf('\n', at) + 1;
    const value = this.parseMapping(s - lineStart, s);
    this.valueStart = s;
    this.valueEnd = this.lineEnd;
    return value;
  }

  /** `[a, b]` or `{k: v}` on one line (nested ones too). Sets valueEnd past the bracket. */
  parseFlow(at: number): unknown {
    const { text } = this;
    const isMap = text.charCodeAt(at) === 123;
    const close = isMap ? 125 : 93;
    const map: Record<string, unknown> = {};
    const list: unknown[] = [];
    const base = this.top;
    let p = this.skipSpaces(at + 1);
    if (text.charCodeAt(p) !== close) {
      for (;;) {
        if (isMap) {
          const keyStart = p;
          const key = this.parseFlowNode(p);
          // Keys that the core schema reads as null, booleans or numbers are left to the full parser.
          if (typeof key !== 'string' || Object.prototype.hasOwnProperty.call(map, key)) throw OUTSIDE;
          const keyEnd = this.valueEnd;
          p = this.skipSpaces(keyEnd);
          if (text.charCodeAt(p) !== COLON || text.charCodeAt(p + 1) !== SPACE) throw OUTSIDE;
          p = this.skipSpaces(p + 1);
          const value = this.parseFlowNode(p);
          setKey(map, key, value);
          this.pushEntry(keyStart, keyEnd, value);
        } else {
          const value = this.parseFlowNode(p);
          list.push(value);
          this.pushItem(value);
        }
        p = this.skipSpaces(this.valueEnd);
        const c = text.charCodeAt(p);
        if (c === close) break;
        if (c !== 44) throw OUTSIDE;
        p = this.skipSpaces(p + 1);
        if (text.charCodeAt(p) === close) throw OUTSIDE;
      }
    }
    this.valueEnd = p + 1;
    this.record(isMap, base);
    return isMap ? map : list;
  }

  skipSpaces(at: number): number {
    let p = at;
    while (this.text.charCodeAt(p) === SPACE) p++;
    return p;
  }

  /** One node inside a flow collection. Sets valueStart and valueEnd. */
  parseFlowNode(at: number): unknown {
    const { text } = this;
    const c = text.charCodeAt(at);
    this.valueStart = at;
    if (c === 91 || c === 123) {
      const value = this.parseFlow(at);
      this.valueStart = at;
      return value;
    }
    if (c === 39 || c === 34) return this.parseQuoted(at);
    if (!this.canStartPlain(at, true)) throw OUTSIDE;
    const end = this.scanPlain(at, true);
    const stop = text.charCodeAt(end === at ? at : this.skipSpaces(end));
    // A plain scalar in a flow collection ends at , ] } or a `: ` that introduces its value.
    if (!(FLOW_END.has(stop) || stop === COLON) || stop === 91 || stop === 123) throw OUTSIDE;
    this.valueEnd = end;
    return resolvePlain(text.slice(at, end));
  }

  /** `|` or `>` with optional `-` chomping, then the lines indented below the holder. */
  parseBlockScalar(at: number, indent: number): string {
    const { text, length } = this;
    const folded = text.charCodeAt(at) === 62;
    let p = at + 1;
    const strip = text.charCodeAt(p) === DASH;
    if (strip) p++;
    let lineStart = this.restOfLine(p);
    let lines = 0;
    let contentIndent = -1;
    let lastEnd = lineStart;
    let blankRun = 0;
    let value = '';
    while (lineStart < length) {
      const ind = this.indentAt(lineStart);
      const q = lineStart + ind;
      const lineEnd = this.endOfLine(q);
      if (q >= length || text.charCodeAt(q) === NEWLINE) {
        // A blank line: inside the scalar, unless nothing follows at its indentation.
        // Whitespace beyond the indentation is content; leading blank lines decide nothing.
        if (contentIndent === -1 ? ind > 0 : ind > contentIndent) throw OUTSIDE;
        blankRun++;
        lineStart = lineEnd;
        continue;
      }
      if (contentIndent === -1) {
        if (ind <= indent) break;
        contentIndent = ind;
      } else if (ind < contentIndent) break;
      const content = text.slice(lineStart + contentIndent, text.charCodeAt(lineEnd - 1) === NEWLINE ? lineEnd - 1 : lineEnd);
      if (folded && content.charCodeAt(0) === SPACE) throw OUTSIDE;
      if (lines === 0) value = '\n'.repeat(blankRun);
      else value += folded ? (blankRun === 0 ? ' ' : '\n'.repeat(blankRun)) : '\n'.repeat(blankRun + 1);
      value += content;
      lines++;
      blankRun = 0;
      lastEnd = lineEnd;
      lineStart = lineEnd;
    }
    if (lines === 0) throw OUTSIDE;
    if (!strip) value += '\n';
    this.valueStart = at;
    this.valueEnd = this.lineEnd = this.next = lastEnd;
    return value;
  }
}

/** The data and layout of `text`, or undefined when it needs the full parser. */
export function parseSubset(text: string): SubsetDocument | undefined {
  const parser = new SubsetParser(text);
  try {
    const data = parser.parseDocument();
    return { text, data, spans: parser.spans.subarray(0, parser.used), root: parser.lastLayout };
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    // Deep nesting exhausts the stack: the full parser reports it.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
