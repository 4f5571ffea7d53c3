// Reports can be larger than one JavaScript string may hold (about 512 MB): formatters give
// their text as pieces, written one after the other.

const PIECE_SIZE = 1 << 20;

/** Gathers text fragments into pieces of about a megabyte; there is always at least one. */
export function toPieces(fragments: Iterable<string>): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const fragment of fragments) {
    current += fragment;
    if (current.length >= PIECE_SIZE) {
      pieces.push(current);
      current = '';
    }
  }
  if (current !== '' || pieces.length === 0) pieces.push(current);
  return pieces;
}

/** Lines, each followed by a line feed, as pieces. */
export function linePieces(lines: Iterable<string>): string[] {
  return toPieces(
    (function* () {
      for (const line of lines) yield `${line}\n`;
    })(),
  );
}

const isContainer = (value: unknown): value is object => value !== null && typeof value === 'object';
const omitted = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** Arrays longer than this are written element by element; anything smaller in one go. */
const LARGE_ARRAY = 1000;

function holdsLargeArray(value: unknown): boolean {
  if (!isContainer(value)) return false;
  if (Array.isArray(value)) return value.length > LARGE_ARRAY || value.some(holdsLargeArray);
  return Object.values(value).some(holdsLargeArray);
}

/** JSON.stringify(value, null, 2), every line after the first indented by `indent`. */
const indented = (value: unknown, indent: string) => (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);

/** Exactly `JSON.stringify(value, null, 2)`, in fragments: one per element of every array that is large or holds one. */
export function* prettyJson(value: unknown, indent = ''): Generator<string> {
  if (!holdsLargeArray(value) || (!Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON === 'function')) {
    yield indented(value, indent);
    return;
  }
  const container = value as object;
  const entries: [string | undefined, unknown][] = Array.isArray(container) ? container.map((item) => [undefined, item]) : Object.entries(container).filter(([, v]) => !omitted(v));
  const inner = `${indent}  `;
  yield Array.isArray(container) ? '[' : '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, item] = entries[i];
    const prefix = `${i === 0 ? '' : ','}\n${inner}${key === undefined ? '' : `${JSON.stringify(key)}: `}`;
    if (holdsLargeArray(item)) {
      yield prefix;
      yield* prettyJson(item, inner);
    } else yield prefix + indented(omitted(item) ? null : item, inner);
  }
  yield `\n${indent}${Array.isArray(container) ? ']' : '}'}`;
}
