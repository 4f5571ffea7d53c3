import { showControls } from '../core/controls.js';
import { countFindings, type FileResult, type Finding } from '../findings.js';
import { linePieces } from './pieces.js';
import { escapeXml } from './xml.js';

/** Text from the charter or a file name, for XML: control characters visible, markup escaped. */
const xml = (text: string) => escapeXml(showControls(text, { keepTabAndLineFeed: true }));
const describe = (f: Finding) => xml(`${f.line}:${f.column} ${f.severity} ${f.message} (${f.ruleId}${f.path ? ` at ${f.path}` : ''})`);

/**
 * JUnit XML: a testsuite per file, a testcase per (file, rule) that reported something, a
 * failure per error; warnings and infos go to the testcase's system-out. A clean file gets
 * one passing testcase named "charter", so CI systems see that it was checked.
 */
export function formatJunit(results: readonly FileResult[]): Generator<string> {
  let tests = 0;
  let failures = 0;
  // The document is built as lines, and the root element's totals filled in last.
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', ''];
  for (const result of results) {
    const byRule = new Map<string, Finding[]>();
    for (const f of result.findings) {
      const list = byRule.get(f.ruleId);
      if (list) list.push(f);
      else byRule.set(f.ruleId, [f]);
    }
    const file = xml(result.file);
    const failed = [...byRule.values()].filter((fs) => fs.some((f) => f.severity === 'error')).length;
    const cases = Math.max(byRule.size, 1);
    tests += cases;
    failures += failed;
    const counts = countFindings(result.findings);
    lines.push(
      `  <testsuite name="${file}" tests="${cases}" failures="${failed}" errors="0" skipped="0">`,
      '    <properties>',
      `      <property name="errors" value="${counts.errorCount}" />`,
      `      <property name="warnings" value="${counts.warningCount}" />`,
      '    </properties>',
    );
    if (byRule.size === 0) lines.push(`    <testcase classname="${file}" name="charter" />`);
    for (const [ruleId, findings] of byRule) {
      lines.push(`    <testcase classname="${file}" name="${xml(ruleId)}">`);
      for (const f of findings) {
        if (f.severity === 'error') lines.push(`      <failure message="${xml(f.message)}" type="${xml(ruleId)}">${describe(f)}</failure>`);
      }
      const others = findings.filter((f) => f.severity !== 'error');
      others.forEach((f, i) => lines.push(`${i === 0 ? '      <system-out>' : ''}${describe(f)}${i === others.length - 1 ? '</system-out>' : ''}`));
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines[1] = `<testsuites name="charter" tests="${tests}" failures="${failures}" errors="0">`;
  lines.push('</testsuites>');
  return linePieces(lines);
}
