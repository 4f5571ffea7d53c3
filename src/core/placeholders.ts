import { pointer } from '../findings.js';

/** A value still to fill in: a string the charter (or `charter init`) left as `TODO…`. */
export interface Placeholder {
  /** JSON Pointer to the value. */
  path: string;
  text: string;
}

export function isPlaceholder(text: string): boolean {
  return text.startsWith('TODO');
}

/** How lint and render name a placeholder: the value, cut short. */
export function placeholderMessage(text: string): string {
  return `placeholder left to fill in: ${JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}…` : text)}`;
}

/**
 * Calls `visit` for every string value in document order, with its place (`parent[key]`) and
 * a function that gives its pointer (built only when asked: a charter has tens of thousands of
 * strings and few placeholders). `x-` extensions are free text, never placeholders, and are
 * skipped unless `extensions` is set. Iterative: a document may nest deeply.
 */
export function walkStrings(
  root: unknown,
  visit: (text: string, parent: Record<string | number, unknown>, key: string | number, path: () => string) => void,
  { extensions = false } = {},
): void {
  if (root === null || typeof root !== 'object') return;
  // One frame per open collection; `segments` holds the keys that lead to the top frame's children.
  const frames: { container: Record<string | number, unknown>; keys: string[] | undefined; next: number }[] = [];
  const segments: (string | number)[] = [];
  const open = (container: object) => frames.push({ container: container as never, keys: Array.isArray(container) ? undefined : Object.keys(container), next: 0 });
  open(root);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1];
    const length = frame.keys === undefined ? (frame.container as unknown as unknown[]).length : frame.keys.length;
    if (frame.next >= length) {
      frames.pop();
      segments.pop();
      continue;
    }
    const key = frame.keys === undefined ? frame.next : frame.keys[frame.next];
    frame.next++;
    if (!extensions && typeof key === 'string' && key.startsWith('x-')) continue;
    const value = frame.container[key];
    if (typeof value === 'string') visit(value, frame.container, key, () => pointer(...segments, key));
    else if (value !== null && typeof value === 'object') {
      segments.push(key);
      open(value);
    }
  }
}

/** Every placeholder of a charter, in document order. */
export function findPlaceholders(charter: unknown): Placeholder[] {
  const found: Placeholder[] = [];
  walkStrings(charter, (text, _parent, _key, path) => {
    if (isPlaceholder(text)) found.push({ path: path(), text });
  });
  return found;
}
