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

/** Exactly `JSON.stringify(value, null, 2)`, in fragments: one per element of every nested array or object. */
export function* prettyJson(value: unknown, indent = ''): Generator<string> {
  if (!isContainer(value) || (!Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON === 'function')) {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  const entries: [string | undefined, unknown][] = Array.isArray(value) ? value.map((item) => [undefined, omitted(item) ? null : item]) : Object.entries(value).filter(([, v]) => !omitted(v));
  // A container of plain values is small: one fragment, as JSON.stringify writes it.
  if (!entries.some(([, v]) => isContainer(v))) {
    yield JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  yield Array.isArray(value) ? '[' : '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, item] = entries[i];
    yield `${i === 0 ? '' : ','}\n${inner}${key === undefined ? '' : `${JSON.stringify(key)}: `}`;
    yield* prettyJson(item, inner);
  }
  yield `\n${indent}${Array.isArray(value) ? ']' : '}'}`;
}
