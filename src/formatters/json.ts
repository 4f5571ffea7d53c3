import { escapeJsonControls } from '../core/controls.js';
import { countFindings, type FileResult } from '../findings.js';
import { prettyJson, toPieces } from './pieces.js';

/** The JSON contract of cli.md: one entry per file, counts, messages sorted by position. */
export function formatJson(results: readonly FileResult[]): string[] {
  return jsonPieces(
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
  );
}

/** Pretty JSON and a final line feed, in pieces, with no raw control character. */
export function jsonPieces(value: unknown): string[] {
  return toPieces(
    (function* () {
      yield* prettyJson(value);
      yield '\n';
    })(),
  ).map(escapeJsonControls);
}
