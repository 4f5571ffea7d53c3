// Reports can be larger than one JavaScript string may hold (about 512 MB), and a report of
// 350,000 findings held whole costs gigabytes: formatters give their text as a lazy sequence
// of pieces, each written before the next is made. A piece stays under V8's large-object size
// (128 KB, two bytes a character for non-Latin-1 text): larger ones go straight to the old
// generation and wait there for a full collection (50,000-partner charter: 470 MB peak
// with 1 MB pieces, 390 MB with these).

const PIECE_SIZE = 1 << 15;

/** Gathers text fragments into pieces of about 32,000 characters, made as they are asked for; there is always at least one. */
export function* toPieces(fragments: Iterable<string>): Generator<string> {
  // Joined, not appended: `+=` builds a tree of every fragment that is flattened again on write.
  let parts: string[] = [];
  let size = 0;
  let any = false;
  for (const fragment of fragments) {
    parts.push(fragment);
    size += fragment.length;
    if (size >= PIECE_SIZE) {
      any = true;
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  if (size > 0 || !any) yield parts.join('');
}

/** Lines, each followed by a line feed, as pieces. */
export function linePieces(lines: Iterable<string>): Generator<string> {
  return toPieces(
    (function* () {
      for (const line of lines) yield `${line}\n`;
    })(),
  );
}

/** The whole text of a formatter's pieces, for callers that need one string (small reports, tests). */
export function joinPieces(pieces: Iterable<string>): string {
  let text = '';
  for (const piece of pieces) text += piece;
  return text;
}

/**
 * A JSON array whose elements are made one at a time while it is written (`prettyJson` asks
 * `elements()` when it gets there), so that a report never holds a second copy of its findings.
 */
export class LazyArray {
  constructor(readonly elements: () => Iterable<unknown>) {}
}

const isContainer = (value: unknown): value is object => value !== null && typeof value === 'object';
const omitted = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** Arrays longer than this are written element by element; anything smaller in one go. */
const LARGE_ARRAY = 1000;

function holdsLargeArray(value: unknown): boolean {
  if (!isContainer(value)) return false;
  if (value instanceof LazyArray) return true;
  if (Array.isArray(value)) return value.length > LARGE_ARRAY || value.some(holdsLargeArray);
  return Object.values(value).some(holdsLargeArray);
}

/** JSON.stringify(value, null, 2), every line after the first indented by `indent`. */
const indented = (value: unknown, indent: string) => (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);

/**
 * Exactly `JSON.stringify(value, null, 2)` (a LazyArray written as the array of its elements),
 * in fragments: one per element of every array that is large or holds one.
 */
export function* prettyJson(value: unknown, indent = ''): Generator<string> {
  if (!holdsLargeArray(value) || (!Array.isArray(value) && !(value instanceof LazyArray) && typeof (value as { toJSON?: unknown }).toJSON === 'function')) {
    yield indented(value, indent);
    return;
  }
  const inner = `${indent}  `;
  if (value instanceof LazyArray || Array.isArray(value)) {
    let i = 0;
    for (const item of value instanceof LazyArray ? value.elements() : value) {
      yield* element(`${i === 0 ? '[' : ','}\n${inner}`, item, inner);
      i++;
    }
    yield i === 0 ? '[]' : `\n${indent}]`;
    return;
  }
  const entries = Object.entries(value as object).filter(([, v]) => !omitted(v));
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, item] = entries[i];
    yield* element(`${i === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `, item, inner);
  }
  yield `\n${indent}}`;
}

function* element(prefix: string, item: unknown, inner: string): Generator<string> {
  if (holdsLargeArray(item)) {
    yield prefix;
    yield* prettyJson(item, inner);
  } else yield prefix + indented(omitted(item) ? null : item, inner);
}
