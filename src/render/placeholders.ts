import { isPlaceholder, walkStrings } from '../core/placeholders.js';

/**
 * In the view, a placeholder's text sits between these two private-use characters, so that
 * every format can show it highlighted wherever a template puts it (Markdown and HTML here;
 * DOCX and PDF through `splitPlaceholders`). A charter's own copies of them become U+FFFD.
 */
export const PLACEHOLDER_START = '\uE000';
export const PLACEHOLDER_END = '\uE001';
const MARKS = /[\uE000\uE001]/g;

/** A copy of the charter with each placeholder value between the marks. */
export function markPlaceholders<T>(charter: T): T {
  // A structured clone keeps keys such as `__proto__` as the plain data they are.
  const copy = structuredClone(charter);
  walkStrings(copy, (text, parent, key) => (parent[key] = text.replace(MARKS, '\uFFFD')), { extensions: true });
  walkStrings(copy, (text, parent, key) => {
    if (isPlaceholder(text)) parent[key] = `${PLACEHOLDER_START}${text}${PLACEHOLDER_END}`;
  });
  return copy;
}

/** A view string as runs of ordinary text and placeholders, for formats that style runs (DOCX). */
export function splitPlaceholders(text: string): { text: string; placeholder: boolean }[] {
  const runs: { text: string; placeholder: boolean }[] = [];
  for (const [i, piece] of text.split(/[\uE000\uE001]/).entries()) {
    if (piece !== '') runs.push({ text: piece, placeholder: i % 2 === 1 });
  }
  return runs;
}

/** Removes the marks: for plain-text places such as document properties. */
export function stripPlaceholderMarks(text: string): string {
  return text.replace(MARKS, '');
}

/**
 * Turns the marks in a rendered agreement into visible markers: in Markdown a warning sign
 * and bold; in HTML a `<mark class="placeholder">`, except inside a tag or the `<title>`,
 * where markup cannot go and the marks are dropped.
 */
export function showPlaceholders(output: string, format: 'md' | 'html'): string {
  if (format === 'md') return output.replace(/\uE000/g, '⚠ **').replace(/\uE001/g, '**');
  return output
    .replace(/<title>[^<]*<\/title>|<[^<>]*>/g, stripPlaceholderMarks)
    .replace(/\uE000/g, '<mark class="placeholder">')
    .replace(/\uE001/g, '</mark>');
}
