import { escapeJsonControls } from '../core/controls.js';
import { countFindings, type FileResult, type Finding } from '../findings.js';
import { mappedArray, prettyJson, toPieces } from './pieces.js';

/** The JSON contract of cli.md: one entry per file, counts, messages sorted by position. */
export function formatJson(results: readonly FileResult[]): Generator<string> {
  return jsonPieces(
    mappedArray(results, (r) => ({
      file: r.file,
      ...countFindings(r.findings),
      messages: mappedArray(r.findings, jsonMessage),
    })),
  );
}

function jsonMessage(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    path: f.path,
    line: f.line,
    column: f.column,
    ...(f.endLine !== undefined ? { endLine: f.endLine, endColumn: f.endColumn } : {}),
  };
}

/** Pretty JSON and a final line feed, in pieces made as they are written, with no raw control character. */
export function* jsonPieces(value: unknown): Generator<string> {
  const fragments = (function* () {
    yield* prettyJson(value);
    yield '\n';
  })();
  for (const piece of toPieces(fragments)) yield escapeJsonControls(piece);
}
