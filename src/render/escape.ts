/**
 * Markdown escaping for one value placed in running text, a list item, a heading or a table
 * cell: whitespace folds to single spaces (a value never starts a new block), and a
 * backslash goes only where CommonMark or GitHub Flavored Markdown would otherwise read
 * syntax: inline markup, a block marker at the start of the value, a heading's closing
 * `#`s at its end, a character reference, and the starts of autolinks (`www.`, `scheme://`,
 * `mailto:`, `name@domain`). So `Version 0.1.0`, `Note: see us @ HQ`, `R&D` stay as written.
 */
export function escapeMarkdown(value: string): string {
  return (
    replaceControlCharacters(value)
      .replace(/\s+/g, ' ')
      .trim()
      // Inline syntax anywhere: escapes, code, emphasis, links, HTML and autolinks, table cells, strikethrough.
      .replace(/[\\`*[\]<|~]/g, '\\$&')
      // `_` emphasises only at a word's edge; inside a word (snake_case) it is text.
      .replace(/_/g, (c, at: number, text: string) => (ALPHANUMERIC.test(text[at - 1] ?? '') && ALPHANUMERIC.test(text[at + 1] ?? '') ? c : '\\_'))
      // `&amp;`, `&#38;`: a character reference would be decoded.
      .replace(/&(?=#\d{1,7};|#[xX][\da-fA-F]{1,6};|[A-Za-z][A-Za-z\d]{0,31};)/g, '\\&')
      // Autolinks of GFM (and of linkify): `www.`, a scheme before `//`, `mailto:`/`xmpp:`, an e-mail address.
      .replace(/(www)\./gi, '$1\\.')
      .replace(/([A-Za-z][A-Za-z\d+.-]{0,31}):(?=\/\/)/g, '$1\\:')
      .replace(/\b(mailto|xmpp):/gi, '$1\\:')
      .replace(/(?<=[\w.+-])@(?=[\w-])/g, '\\@')
      // Block markers, at the start only: heading, quote, list item, ordered list, thematic break or setext line.
      .replace(/^(#{1,6})(?= |$)/, '\\$1')
      .replace(/^>/, '\\>')
      .replace(/^([-+])(?= |$)/, '\\$1')
      .replace(/^(\d{1,9})([.)])(?= |$)/, '$1\\$2')
      .replace(/^(?=[-=]+$)/, '\\')
      // A heading's closing sequence: `Title #` would lose its `#`, and markdownlint takes `Title#`
      // for one too (MD020). The whole run, once: not after a backslash or a `#` already escaped above.
      .replace(/(?<![\\#])#+$/, '\\$&')
  );
}

const ALPHANUMERIC = /^[\p{L}\p{N}]$/u;

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
