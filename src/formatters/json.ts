import { countFindings, type FileResult } from '../findings.js';

/** The JSON contract of cli.md: one entry per file, counts, messages sorted by position. */
export function formatJson(results: readonly FileResult[]): string {
  return (
    JSON.stringify(
      results.map((r) => ({
        file: r.file,
        ...countFindings(r.findings),
        messages: r.findings.map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message,
          path: f.path,
          line: f.line,
          column: f.column,
          ...(f.endLine !== undefined ? { endLine: f.endLine, endColumn: f.endColumn } : {}),
        })),
      })),
      null,
      2,
    ) + '\n'
  );
}
