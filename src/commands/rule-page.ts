import { Chalk } from 'chalk';
import { wrap } from '../wrap.js';

/** The seed document's sections that rule challenges cite by abbreviation. */
export const SEED_SECTIONS: Readonly<Record<string, string>> = {
  KS: 'Key Steps in Building Partnerships',
  CC: 'Common Challenges',
  SS: 'Solutions and Strategies',
  DP: 'Developing Successful Partnerships',
  IN: 'Introduction',
};

const ABBREVIATION = /\b(KS|CC|SS|DP|IN)\b/g;

/** `KS "Create a Governance Structure"` → `Key Steps in Building Partnerships: "Create a Governance Structure"`. */
export function spellOutSources(text: string): string {
  return text.replace(/\b(KS|CC|SS|DP|IN)\b( ")?/g, (_, abbreviation: string, quote?: string) => `${SEED_SECTIONS[abbreviation]}${quote ? `: "` : ''}`);
}

/** The abbreviations `text` uses, in the legend's order. */
export function sourcesUsed(texts: readonly string[]): string[] {
  const used = new Set(texts.flatMap((t) => [...t.matchAll(ABBREVIATION)].map((m) => m[1])));
  return Object.keys(SEED_SECTIONS).filter((key) => used.has(key));
}

export interface PageOptions {
  width: number;
  color: boolean;
}

/**
 * A rule's docs page (the small Markdown subset docs/rules/ uses) for a terminal: headings
 * set off, paragraphs and list items wrapped to the width, the facts table as
 * `Name: value` lines with the seed's sections spelt out, code blocks indented and unwrapped.
 */
export function formatRulePage(markdown: string, { width, color }: PageOptions): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  // Colour codes take no columns, so styling is applied after wrapping.
  const styled = (line: string) => line.replace(/\*\*([^*]+)\*\*/g, (_, t: string) => c.bold(t)).replace(/`([^`]+)`/g, (_, t: string) => c.cyan(t));
  const plain = (text: string) => text.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/`([^`]+)`/g, '$1');
  const paragraph = (text: string, first = '', rest = first) => {
    const linked = text.replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)');
    return wrap(color ? linked : plain(linked), width, first, rest).map((line) => (color ? styled(line) : line));
  };

  const out: string[] = [];
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length > 0) out.push(...paragraph(buffer.join(' ')), '');
    buffer = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('```')) {
      flush();
      for (i++; i < lines.length && !lines[i].startsWith('```'); i++) out.push(c.dim(`    ${lines[i]}`.trimEnd()));
      out.push('');
    } else if (/^#\s/.test(line)) {
      flush();
      out.push(c.bold(line.slice(2).trim()), '');
    } else if (/^#{2,}\s/.test(line)) {
      flush();
      const heading = line.replace(/^#+\s/, '').trim();
      // Without colour, a rule under the heading sets it off from the text.
      out.push(...(color ? [c.bold.underline(heading)] : [heading, '-'.repeat(heading.length)]), '');
    } else if (line.startsWith('|')) {
      flush();
      const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
      // The header row of the facts table is empty and its rule row is dashes: neither is content.
      if (cells.every((cell) => cell === '' || /^:?-+:?$/.test(cell))) continue;
      const [name, ...values] = cells;
      out.push(...paragraph(`${name}: ${spellOutSources(values.join(' '))}`, '', '  '));
      if (!lines[i + 1]?.startsWith('|')) out.push('');
    } else if (/^\s*[-*]\s/.test(line)) {
      flush();
      out.push(...paragraph(line.replace(/^\s*[-*]\s/, ''), '  - ', '    '));
      if (!/^\s*[-*]\s/.test(lines[i + 1] ?? '')) out.push('');
    } else if (line.trim() === '') flush();
    else buffer.push(line.trim());
  }
  flush();
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
