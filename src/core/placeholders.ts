import { pointerSegment } from '../findings.js';

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
 * Calls `visit` for every string value in document order, with its pointer and its place
 * (`parent[key]`). `x-` extensions are free text, never placeholders, and are skipped.
 * Iterative: a document may nest deeply.
 */
export function walkStrings(root: unknown, visit: (text: string, path: string, parent: Record<string | number, unknown>, key: string | number) => void): void {
  const stack: [unknown, string, Record<string | number, unknown> | undefined, string | number][] = [[root, '', undefined, '']];
  while (stack.length > 0) {
    const [value, path, parent, key] = stack.pop()!;
    if (typeof value === 'string') {
      if (parent !== undefined) visit(value, path, parent, key);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${path}/${i}`, value as never, i]);
    } else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        if (!keys[i].startsWith('x-')) stack.push([(value as Record<string, unknown>)[keys[i]], `${path}/${pointerSegment(keys[i])}`, value as never, keys[i]]);
      }
    }
  }
}

/** Every placeholder of a charter, in document order. */
export function findPlaceholders(charter: unknown): Placeholder[] {
  const found: Placeholder[] = [];
  walkStrings(charter, (text, path) => {
    if (isPlaceholder(text)) found.push({ path, text });
  });
  return found;
}
