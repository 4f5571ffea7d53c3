/**
 * Markdown escaping for one value placed in running text, a list item or a table cell:
 * whitespace folds to single spaces (a value never starts a new block); every character
 * Markdown could read as inline syntax is backslash-escaped; what would start a block at the
 * beginning of a value (`-`, `+`, `1.`) is escaped there; and `:`, `@` and `www.` are broken
 * up so that no text becomes an autolink.
 */
export function escapeMarkdown(value: string): string {
  return replaceControlCharacters(value)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~&:@]/g, (c) => `\\${c}`)
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/\b(www)\./gi, '$1\\.');
}

/** Control characters (but tab and line ends) become U+FFFD: no document format wants them raw. */
export function replaceControlCharacters(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD');
}

/** Deep-maps every string of a view through `transform`. */
export function mapStrings<T>(value: T, transform: (text: string) => string): T {
  if (typeof value === 'string') return transform(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, transform)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, transform);
    return out as T;
  }
  return value;
}
