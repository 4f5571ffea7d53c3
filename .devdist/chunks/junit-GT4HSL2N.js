import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);
import {
  countFindings
} from "./chunk-CT4NQHLN.js";
import "./chunk-MBHNAR3Y.js";

// src/formatters/xml.ts
function escapeXml(text) {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

// src/formatters/junit.ts
var describe = (f) => `${f.line}:${f.column} ${f.severity} ${f.message} (${f.ruleId}${f.path ? ` at ${f.path}` : ""})`;
function formatJunit(results) {
  let tests = 0;
  let failures = 0;
  const suites = results.map((result) => {
    const byRule = /* @__PURE__ */ new Map();
    for (const f of result.findings) byRule.set(f.ruleId, [...byRule.get(f.ruleId) ?? [], f]);
    const file = escapeXml(result.file);
    const cases = byRule.size === 0 ? [`    <testcase classname="${file}" name="charter" />`] : [...byRule].map(([ruleId, findings]) => {
      const errors = findings.filter((f) => f.severity === "error");
      const others = findings.filter((f) => f.severity !== "error");
      const body = [
        ...errors.map((f) => `      <failure message="${escapeXml(f.message)}" type="${escapeXml(ruleId)}">${escapeXml(describe(f))}</failure>`),
        ...others.length > 0 ? [`      <system-out>${escapeXml(others.map(describe).join("\n"))}</system-out>`] : []
      ];
      return `    <testcase classname="${file}" name="${escapeXml(ruleId)}">
${body.join("\n")}
    </testcase>`;
    });
    const failed = [...byRule.values()].filter((fs) => fs.some((f) => f.severity === "error")).length;
    tests += cases.length;
    failures += failed;
    const counts = countFindings(result.findings);
    return `  <testsuite name="${file}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0">
    <properties>
      <property name="errors" value="${counts.errorCount}" />
      <property name="warnings" value="${counts.warningCount}" />
    </properties>
${cases.join("\n")}
  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="charter" tests="${tests}" failures="${failures}" errors="0">
${suites.join("\n")}
</testsuites>
`;
}
export {
  formatJunit
};
