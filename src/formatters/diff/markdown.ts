import { escapeMarkdown as md } from '../../render/escape.js';
import { headingText } from '../../render/view.js';
import type { Finding } from '../../findings.js';
import type { DiffReport } from '../../diff/types.js';
import { bySection, changeCounts, CLASS_MEANING, mdInline, plural, versionSentence } from './common.js';

/** The approval section shared by the pull-request summary and the amendment record. */
export function approvalMarkdown(report: DiffReport): string[] {
  const { approval } = report;
  const out = [md(approval.summary), ''];
  if (approval.approvers.length > 0) {
    out.push(...approval.approvers.map((a) => `- ${md(a.name)} (${plural(a.seats, 'seat')})`), '');
  }
  if (approval.process) out.push(`Amendment process of the charter in force: ${md(approval.process)}`, '');
  if (approval.warning) out.push(`> **Warning:** ${md(approval.warning)}`, '');
  return out;
}

/** A pull-request comment or job summary: class and version, approval, changes by section, lint delta. */
export function formatDiffMarkdown(report: DiffReport): string {
  const out = [`# Charter diff: ${md(headingText(report.to.title))}`, ''];
  out.push(`Compared ${md(report.from.file)} with ${md(report.to.file)}.`, '');
  if (report.class === 'none') out.push('**No changes**: the two charters say the same.', '');
  else out.push(`**${report.class.charAt(0).toUpperCase()}${report.class.slice(1)} amendment**, ${changeCounts(report)}: ${CLASS_MEANING[report.class]}.`, '');
  out.push(`Version ${mdInline(versionSentence(report))}.`, '');
  if (report.class !== 'none') {
    out.push('## Approval required', '', ...approvalMarkdown(report));
    out.push('## Changes', '');
    for (const [section, changes] of bySection(report.changes)) {
      out.push(`### ${md(section)}`, '', ...changes.map((c) => `- **${c.class}** ${md(c.message)}`), '');
    }
  }
  const { introduced, resolved } = report.lint;
  out.push('## Lint', '', `${plural(introduced.length, 'finding')} introduced, ${resolved.length} resolved.`, '');
  const row = (label: string, f: Finding) => `| ${label} | ${f.severity} | ${f.line}:${f.column} | ${md(f.message)} | ${md(f.ruleId)} |`;
  if (introduced.length + resolved.length > 0) {
    out.push('| | severity | line | message | rule |', '| --- | --- | --- | --- | --- |');
    out.push(...introduced.map((f) => row('introduced', f)), ...resolved.map((f) => row('resolved', f)), '');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
