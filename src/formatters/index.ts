import type { Counts, FileResult } from '../findings.js';

export interface FormatOptions {
  color: boolean;
  /** The terminal's width: stylish wraps its messages to it. */
  width?: number;
  /** The counts before --quiet hid warnings from the list; the summary always tells all. */
  totals?: Counts;
}

/** The report as pieces whose concatenation is the text, made as they are written: any number of findings fits (see pieces.ts). */
export type Formatter = (results: readonly FileResult[], options: FormatOptions) => Iterable<string>;

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'junit', 'github'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Formatters load on demand: a run pays only for the ones it prints. */
export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).formatStylish;
    case 'json':
      return (await import('./json.js')).formatJson;
    case 'sarif':
      return (await import('./sarif.js')).formatSarif;
    case 'junit':
      return (await import('./junit.js')).formatJunit;
    case 'github':
      return (await import('./github.js')).formatGithub;
  }
}
