import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);
import {
  countFindings
} from "./chunk-CT4NQHLN.js";
import "./chunk-MBHNAR3Y.js";

// src/formatters/json.ts
function formatJson(results) {
  return JSON.stringify(
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
        ...f.endLine !== void 0 ? { endLine: f.endLine, endColumn: f.endColumn } : {}
      }))
    })),
    null,
    2
  ) + "\n";
}
export {
  formatJson
};
