import { escapeMarkdown as md } from '../../render/escape.js';
import { SECTION_ORDER } from '../../diff/sections.js';
import type { Change, ChangeClass, DiffReport } from '../../diff/types.js';

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Changes grouped by agreement section, sections in agreement order, each group in diff order. */
export function bySection(changes: readonly Change[]): [string, Change[]][] {
  const groups = new Map<string, Change[]>();
  for (const change of changes) {
    const group = groups.get(change.section);
    if (group) group.push(change);
    else groups.set(change.section, [change]);
  }
  return [...groups].sort(([a], [b]) => SECTION_ORDER.indexOf(a) - SECTION_ORDER.indexOf(b));
}

/** `5 changes (2 major, 2 minor, 1 editorial)`. */
export function changeCounts(report: DiffReport): string {
  const count = (cls: ChangeClass) => report.changes.filter((c) => c.class === cls).length;
  if (report.changes.length === 0) return 'no changes';
  return `${plural(report.changes.length, 'change')} (${count('major')} major, ${count('minor')} minor, ${count('editorial')} editorial)`;
}

/** What the version says about the new charter, in one sentence. */
export function versionSentence(report: DiffReport): string {
  const from = report.from.version ?? 'no version';
  if (report.class === 'none') return `${from}, nothing to bump`;
  const carried = report.versionCarried ? 'the new charter carries it' : `the new charter says ${report.to.version ?? 'no version'}: set version: ${report.suggestedVersion}`;
  return `${from} → ${report.suggestedVersion} suggested; ${carried}`;
}

export const CLASS_MEANING: Record<DiffReport['class'], string> = {
  major: 'it changes who is bound by the charter or how decisions are taken',
  minor: 'it changes goals, metrics, roles, responsibilities or commitments',
  editorial: 'it changes wording only, which every partner should still read',
  none: 'the two charters say the same',
};

/** A sentence from a change message: capital first letter, full stop. */
/** Markdown-escaped text for the middle of a line: what would start a block at a line's start stays as it is. */
export function mdInline(text: string): string {
  return md(`x${text}`).slice(1);
}

export function sentence(message: string): string {
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
}
