import { closest, type Finding, type SuppressedFinding } from '../findings.js';
import { allRuleMeta } from '../rules/index.js';

/** One `# charter-disable…` comment. */
interface Suppression {
  line: number;
  column: number;
  ruleId: string;
  /** The line it silences, or null for the whole file. */
  target: number | null;
  justification: string;
  used: boolean;
}

const DIRECTIVE = /^(\s*)#\s*charter-disable(-next-line)?\s+([^\r\n]*?)\s*$/;
const knownIds = new Set(allRuleMeta.map((r) => r.id));

function parseSuppressions(text: string): Suppression[] {
  const lines = text.split('\n');
  const out: Suppression[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = DIRECTIVE.exec(lines[i]);
    if (!match) continue;
    const [, indent, nextLine, rest] = match;
    const separator = rest.indexOf('--');
    const ids = (separator === -1 ? rest : rest.slice(0, separator)).split(',').map((s) => s.trim()).filter(Boolean);
    const justification = separator === -1 ? '' : rest.slice(separator + 2).trim();
    let target: number | null = null;
    if (nextLine) {
      // The next line with content: blank lines and comments between are skipped.
      let j = i + 1;
      while (j < lines.length && /^\s*(#.*)?\r?$/.test(lines[j])) j++;
      target = j + 1;
    }
    for (const ruleId of ids) out.push({ line: i + 1, column: indent.length + 1, ruleId, target, justification, used: false });
  }
  return out;
}

/**
 * Applies the suppression comments of a charter: silenced findings move to `suppressed`,
 * and each comment that silenced nothing becomes an `unused-suppression` finding.
 */
export function applySuppressions(text: string, findings: Finding[], unusedSeverity: Finding['severity'] | 'off'): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  if (!text.includes('charter-disable')) return { findings, suppressed: [] };
  const suppressions = parseSuppressions(text);
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const match = suppressions.find((s) => s.ruleId === finding.ruleId && (s.target === null || s.target === finding.line));
    if (match) {
      match.used = true;
      suppressed.push({ ...finding, justification: match.justification });
    } else kept.push(finding);
  }
  if (unusedSeverity !== 'off') {
    for (const s of suppressions) {
      if (s.used) continue;
      const suggestion = knownIds.has(s.ruleId) ? undefined : closest(s.ruleId, knownIds);
      const message = knownIds.has(s.ruleId)
        ? `suppression of '${s.ruleId}' ${s.target === null ? 'in this file' : `on line ${s.target}`} silences nothing: remove the comment`
        : `suppression names unknown rule '${s.ruleId}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`;
      kept.push({ ruleId: 'unused-suppression', severity: unusedSeverity, message, path: '', line: s.line, column: s.column });
    }
  }
  return { findings: kept, suppressed };
}
