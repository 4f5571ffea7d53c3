/** One `x-` extension as the agreement prints it: a value, or nested entries. */
export interface ExtensionEntry {
  key: string;
  /** Nesting level, 0 at the `x-` key itself: Markdown indents nested lists by it. */
  level: number;
  value?: string;
  entries?: ExtensionEntry[];
}

/** A located `x-` key: where in the charter it stands, and what it holds. */
export interface Extension extends ExtensionEntry {
  /** `Governance › Data sharing`, `Partners › City of Riverside`; undefined at the top level. */
  where?: string;
}

/** Levels of nesting shown; anything deeper is summarised, so a hostile file cannot blow the stack. */
const MAX_DEPTH = 8;
const SUMMARY_LENGTH = 200;

function entry(key: string, value: unknown, depth: number): ExtensionEntry {
  const level = depth;
  if (value === null || value === undefined) return { key, level, value: '—' };
  if (typeof value !== 'object') return { key, level, value: String(value) };
  if (depth >= MAX_DEPTH) {
    const text = JSON.stringify(value);
    return { key, level, value: text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH - 1)}…` : text };
  }
  const children = Array.isArray(value) ? value.map((v, i) => entry(String(i + 1), v, depth + 1)) : Object.entries(value).map(([k, v]) => entry(k, v, depth + 1));
  return children.length > 0 ? { key, level, entries: children } : { key, level, value: '—' };
}

const words = (key: string) => {
  const text = key.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** How a list item is named in a location: its name, title or id, else its number. */
function itemLabel(item: unknown, index: number): string {
  if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
    const { name, title, id, activity } = item as Record<string, unknown>;
    for (const label of [name, title, activity, id]) if (typeof label === 'string' && label.trim() !== '') return label;
  }
  return `no. ${index + 1}`;
}

/**
 * Every `x-` key of the charter, at any depth, in source order, with where it stands. Keys
 * under an `x-` key are its value, not further extensions. Linear in the size of the charter.
 */
export function collectExtensions(charter: object): Extension[] | undefined {
  const found: Extension[] = [];
  const walk = (node: unknown, where: string[]) => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, [...where, itemLabel(item, index)]));
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      // Keys of an id map (a goal's alignment) are partner ids, which may start with "x-".
      if (key === 'alignment') continue;
      if (key.startsWith('x-')) found.push({ ...entry(key.slice(2), value, 0), where: where.length > 0 ? where.join(' › ') : undefined });
      else walk(value, [...where, words(key)]);
    }
  };
  walk(charter, []);
  return found.length > 0 ? found : undefined;
}
