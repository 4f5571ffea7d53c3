import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);
import {
  version
} from "./chunk-JS4AVLE6.js";
import {
  REPOSITORY_URL,
  allRuleMeta,
  docsUrl
} from "./chunk-OV5TJV5F.js";
import "./chunk-CT4NQHLN.js";
import "./chunk-MBHNAR3Y.js";

// src/formatters/sarif.ts
import { createHash } from "node:crypto";
var LEVEL = { error: "error", warning: "warning", info: "note" };
function ruleName(id) {
  const name = id.split("-").map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  return name.toLowerCase() === id.toLowerCase() ? void 0 : name;
}
var sarifRules = allRuleMeta.map((rule) => ({
  id: rule.id,
  ...ruleName(rule.id) ? { name: ruleName(rule.id) } : {},
  shortDescription: { text: rule.description },
  fullDescription: { text: `${rule.description} Guards against: ${rule.challenge}.` },
  help: {
    text: `${rule.description}
Challenge: ${rule.challenge}.
Documentation: ${docsUrl(rule.id)}`,
    markdown: `${rule.description}

**Challenge:** ${rule.challenge}.

[Documentation of \`${rule.id}\`](${docsUrl(rule.id)})`
  },
  helpUri: docsUrl(rule.id),
  defaultConfiguration: { level: LEVEL[rule.severity] },
  properties: { tags: ["partnership-charter"] }
}));
var ruleIndex = new Map(sarifRules.map((r, i) => [r.id, i]));
function fileUri(file) {
  return file.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function formatSarif(results) {
  const sarifResults = results.flatMap((result) => {
    const seen = /* @__PURE__ */ new Map();
    const toResult = (finding, suppression) => {
      const key = `${finding.ruleId}\0${result.file}\0${finding.path}${finding.path === "" ? `\0${finding.message}` : ""}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      const region = { startLine: finding.line, startColumn: finding.column };
      if (finding.endLine !== void 0 && finding.endColumn !== void 0 && (finding.endLine > finding.line || finding.endColumn > finding.column)) {
        region.endLine = finding.endLine;
        region.endColumn = finding.endColumn;
      }
      return {
        ruleId: finding.ruleId,
        ...ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {},
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(result.file) }, region } }],
        partialFingerprints: { "charterFinding/v1": createHash("sha256").update(`${key}\0${occurrence}`).digest("hex").slice(0, 32) },
        ...finding.path !== "" ? { properties: { jsonPointer: finding.path } } : {},
        ...suppression ? { suppressions: [{ kind: "inSource", ...suppression.justification ? { justification: suppression.justification } : {} }] } : {}
      };
    };
    return [...result.findings.map((f) => toResult(f)), ...result.suppressed.map((s) => toResult(s, s))];
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "charter", version, semanticVersion: version, informationUri: REPOSITORY_URL, rules: sarifRules } },
        columnKind: "utf16CodeUnits",
        results: sarifResults
      }
    ]
  };
  return JSON.stringify(log, null, 2) + "\n";
}
export {
  formatSarif
};
