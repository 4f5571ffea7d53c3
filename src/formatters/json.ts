import { escapeJsonControls } from '../core/controls.js';
import { countFindings, type FileResult, type Finding } from '../findings.js';
import { prettyJson, toPieces } from './pieces.js';

/** A JSON string, with no raw control character. */
const quote = (text: string) => escapeJsonControls(JSON.stringify(text));

/**
 * The JSON contract of cli.md: one entry per file, counts, messages sorted by position.
 * Written by hand, exactly as JSON.stringify(…, null, 2) would (a test holds it to that): a
 * report can hold 350,000 messages, and one template per message is several times faster
 * than stringifying an object each.
 */
export function formatJson(results: readonly FileResult[]): Generator<string> {
  return toPieces(
    (function* () {
      if (results.length === 0) {
        yield '[]\n';
        return;
      }
      for (let i = 0; i < results.length; i++) {
        const { file, findings } = results[i];
        const counts = countFindings(findings);
        yield `${i === 0 ? '[' : ','}\n  {\n    "file": ${quote(file)},\n    "errorCount": ${counts.errorCount},\n    "warningCount": ${counts.warningCount},\n    "infoCount": ${counts.infoCount},\n    "messages": `;
        for (let j = 0; j < findings.length; j++) yield `${j === 0 ? '[' : ','}\n      ${messageJson(findings[j])}`;
        yield findings.length === 0 ? '[]\n  }' : '\n    ]\n  }';
      }
      yield '\n]\n';
    })(),
  );
}

function messageJson(f: Finding): string {
  // An end position is written when there is one, as the contract's optional pair.
  const end = f.endLine === undefined ? '' : `,\n        "endLine": ${f.endLine}${f.endColumn === undefined ? '' : `,\n        "endColumn": ${f.endColumn}`}`;
  return `{\n        "ruleId": ${quote(f.ruleId)},\n        "severity": "${f.severity}",\n        "message": ${quote(f.message)},\n        "path": ${quote(f.path)},\n        "line": ${f.line},\n        "column": ${f.column}${end}\n      }`;
}

/** Pretty JSON and a final line feed, in pieces made as they are written, with no raw control character. */
export function jsonPieces(value: unknown): Generator<string> {
  return toPieces(
    (function* () {
      for (const fragment of prettyJson(value)) yield escapeJsonControls(fragment);
      yield '\n';
    })(),
  );
}
