import { Chalk } from 'chalk';
import type { Finding } from '../../findings.js';
import type { ChangeClass, DiffReport } from '../../diff/types.js';
import { bySection, changeCounts, plural, versionSentence } from './common.js';

/** Control, bidirectional and line-breaking characters as visible escapes: a value never moves the terminal's cursor. */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase()}}`);
}

/** For people: changes grouped by section, then the class, version, approval and lint delta. */
export function formatDiffStylish(report: DiffReport, options: { color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Record<ChangeClass, (s: string) => string> = { major: c.red, minor: c.yellow, editorial: c.blue };
  const out = [c.underline(`${visible(report.from.file)} → ${visible(report.to.file)}`)];
  for (const [section, changes] of bySection(report.changes)) {
    out.push(c.bold(section));
    for (const change of changes) out.push(`  ${paint[change.class](change.class.padEnd(9))}  ${visible(change.message)}  ${c.dim(visible(change.path))}`);
  }
  out.push('');
  const headline = report.class === 'none' ? c.green('✔ no changes') : c.bold(paint[report.class](`● ${report.class} amendment: ${changeCounts(report)}`));
  out.push(headline, `Version: ${visible(versionSentence(report))}`);
  const { approval } = report;
  // Nothing to adopt, nothing to approve.
  if (report.class !== 'none') {
    out.push(`Approval: ${visible(approval.summary)}`);
    for (const a of approval.approvers) out.push(`  ${visible(a.name)} (${a.partner}, ${plural(a.seats, 'seat')})`);
    if (approval.process) out.push(`  Process: ${visible(approval.process.replace(/\s+/g, ' ').trim())}`);
    if (approval.warning) out.push(c.yellow(`  ⚠ ${visible(approval.warning)}`));
  }
  const { introduced, resolved } = report.lint;
  out.push(`Lint: ${plural(introduced.length, 'finding')} introduced, ${resolved.length} resolved`);
  const row = (sign: string, f: Finding) => {
    const severity = f.severity === 'error' ? c.red('error  ') : f.severity === 'warning' ? c.yellow('warning') : c.blue('info   ');
    return `  ${sign} ${c.dim(`${f.line}:${f.column}`.padEnd(7))} ${severity}  ${visible(f.message)}  ${c.dim(f.ruleId)}`;
  };
  for (const f of introduced) out.push(row(c.red('+'), f));
  for (const f of resolved) out.push(row(c.green('-'), f));
  return out.join('\n') + '\n';
}
