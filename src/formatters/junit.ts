import { countFindings, type FileResult, type Finding } from '../findings.js';
import { escapeXml } from './xml.js';

const describe = (f: Finding) => `${f.line}:${f.column} ${f.severity} ${f.message} (${f.ruleId}${f.path ? ` at ${f.path}` : ''})`;

/**
 * JUnit XML: a testsuite per file, a testcase per (file, rule) that reported something, a
 * failure per error; warnings and infos go to the testcase's system-out. A clean file gets
 * one passing testcase named "charter", so CI systems see that it was checked.
 */
export function formatJunit(results: readonly FileResult[]): string {
  let tests = 0;
  let failures = 0;
  const suites = results.map((result) => {
    const byRule = new Map<string, Finding[]>();
    for (const f of result.findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
    const file = escapeXml(result.file);
    const cases =
      byRule.size === 0
        ? [`    <testcase classname="${file}" name="charter" />`]
        : [...byRule].map(([ruleId, findings]) => {
            const errors = findings.filter((f) => f.severity === 'error');
            const others = findings.filter((f) => f.severity !== 'error');
            const body = [
              ...errors.map((f) => `      <failure message="${escapeXml(f.message)}" type="${escapeXml(ruleId)}">${escapeXml(describe(f))}</failure>`),
              ...(others.length > 0 ? [`      <system-out>${escapeXml(others.map(describe).join('\n'))}</system-out>`] : []),
            ];
            return `    <testcase classname="${file}" name="${escapeXml(ruleId)}">\n${body.join('\n')}\n    </testcase>`;
          });
    const failed = [...byRule.values()].filter((fs) => fs.some((f) => f.severity === 'error')).length;
    tests += cases.length;
    failures += failed;
    const counts = countFindings(result.findings);
    return `  <testsuite name="${file}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0">\n    <properties>\n      <property name="errors" value="${counts.errorCount}" />\n      <property name="warnings" value="${counts.warningCount}" />\n    </properties>\n${cases.join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="charter" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
