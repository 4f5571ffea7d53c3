import type { DiffReport } from '../../diff/types.js';

/** The JSON contract documented in docs/diff.md. */
export function formatDiffJson(report: DiffReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
