import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);
import {
  severityRank
} from "./chunk-CT4NQHLN.js";
import "./chunk-MBHNAR3Y.js";

// src/formatters/github.ts
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function formatGithub(results) {
  const all = results.flatMap((r) => r.findings.map((f) => ({ file: r.file, f })));
  all.sort((a, b) => severityRank[b.f.severity] - severityRank[a.f.severity]);
  return all.map(({ file, f }) => command(file, f)).join("");
}
function command(file, f) {
  const props = [`file=${escapeProperty(file)}`, `line=${f.line}`];
  const singleLine = f.endLine === void 0 || f.endLine === f.line;
  if (singleLine) {
    props.push(`col=${f.column}`);
    if (f.endColumn !== void 0 && f.endColumn > f.column) props.push(`endColumn=${f.endColumn}`);
  } else props.push(`endLine=${f.endLine}`);
  props.push(`title=${escapeProperty(f.ruleId)}`);
  return `::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(f.message)}
`;
}
var cell = (text) => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ").replace(/</g, "&lt;");
function githubStepSummary(results) {
  const rows = results.flatMap((r) => r.findings.map((f) => `| ${cell(r.file)}:${f.line}:${f.column} | ${f.severity} | \`${f.ruleId}\` | ${cell(f.message)} |`));
  const files = results.length;
  if (rows.length === 0) return `## charter

\u2714 ${files} charter file${files === 1 ? "" : "s"} checked, no problems.

`;
  return `## charter

${rows.length} problem${rows.length === 1 ? "" : "s"} in ${files} charter file${files === 1 ? "" : "s"}.

| Location | Severity | Rule | Message |
| --- | --- | --- | --- |
${rows.join("\n")}

`;
}
export {
  escapeData,
  escapeProperty,
  formatGithub,
  githubStepSummary
};
