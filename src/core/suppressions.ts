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

/** The start of a directive; the rest of its line is read by hand, so that no regex backtracks over a long line. */
const DIRECTIVE_START = /^[ \t]*#[ \t]*charter-disable(-next-line)?(?=[ \t])/;
const knownIds = new Set(allRuleMeta.map((r) => r.id));
/** A line with content: not blank and not only a comment. */
const hasContent = (line: string) => {
  const text = line.trimStart();
  return text !== '' && !text.startsWith('#');
};

/** Every directive of a text, in one pass over its lines (each `-next-line` target found by one backward scan). */
function parseSuppressions(text: string): Suppression[] {
  const lines = text.split('\n');
  // nextContent[i]: the 1-based number of the first line with content at or after line i.
  const nextContent = new Array<number>(lines.length + 1);
  nextContent[lines.length] = lines.length + 1;
  for (let i = lines.length - 1; i >= 0; i--) nextContent[i] = hasContent(lines[i]) ? i + 1 : nextContent[i + 1];
  const out: Suppression[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = DIRECTIVE_START.exec(lines[i]);
    if (!match) continue;
    // The directive ends at the line's end; a lone CR ends it too (YAML reads CR as a line break).
    const cr = lines[i].indexOf('\r', match[0].length);
    const rest = lines[i].slice(match[0].length, cr === -1 ? undefined : cr).trim();
    const separator = rest.indexOf('--');
    const ids = (separator === -1 ? rest : rest.slice(0, separator)).split(',').map((id) => id.trim()).filter(Boolean);
    const justification = separator === -1 ? '' : rest.slice(separator + 2).trim();
    // The next line with content: blank lines and comments between are skipped.
    const target = match[1] ? nextContent[i + 1] : null;
    const column = lines[i].indexOf('#') + 1;
    for (const ruleId of ids) out.push({ line: i + 1, column, ruleId, target, justification, used: false });
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
  // By rule and target line (`*` for the whole file), the first directive first: one lookup per finding.
  const index = new Map<string, Suppression>();
  for (const s of suppressions) {
    const key = `${s.ruleId}\0${s.target ?? '*'}`;
    if (!index.has(key)) index.set(key, s);
  }
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const match = firstOf(index.get(`${finding.ruleId}\0*`), index.get(`${finding.ruleId}\0${finding.line}`));
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

/** The directive written first, when both a whole-file and a next-line one could apply. */
function firstOf(a: Suppression | undefined, b: Suppression | undefined): Suppression | undefined {
  if (!a || !b) return a ?? b;
  return a.line < b.line || (a.line === b.line && a.column <= b.column) ? a : b;
}
