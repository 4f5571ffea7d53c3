import { escapeMarkdown as md } from '../../render/escape.js';
import { headingText } from '../../render/view.js';
import type { DiffReport } from '../../diff/types.js';
import { approvalMarkdown } from './markdown.js';
import { bySection, CLASS_MEANING, mdInline, sentence } from './common.js';

export interface AmendmentOptions {
  /** The amendment's number; without it the heading leaves a blank to fill in. */
  number?: string;
  /** Partners' signatories, by partner id, from both charters. */
  signatories: Map<string, { name?: string; title?: string }>;
}

const BLANK = '\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_';

/**
 * An amendment record to circulate and sign: what changes, in sentences grouped by clause;
 * the approval the charter in force requires; a signature block for each approving partner,
 * and for each partner joining.
 */
export function formatAmendment(report: DiffReport, options: AmendmentOptions): string {
  const title = md(report.from.title);
  const out = [`# Amendment No. ${options.number ? md(options.number) : BLANK} to ${md(headingText(report.from.title))}`, ''];
  // The version the amended charter takes: its own if it moved on, else the suggested one.
  const bumped = report.to.version !== null && report.to.version !== report.from.version;
  const target = bumped ? (report.to.version as string) : report.suggestedVersion;
  const versions = `from version ${mdInline(report.from.version ?? 'unnumbered')} to version ${mdInline(target)}`;
  if (report.class === 'none') {
    out.push(`The proposed text of ${title} says the same as the charter in force: there is nothing to amend.`, '');
    return out.join('\n').replace(/\n+$/, '\n');
  }
  out.push(`The partners to ${title} agree to amend the charter ${versions}, as set out below. This is a ${report.class} amendment: ${CLASS_MEANING[report.class]}.`, '');
  if (!bumped) out.push(`Note: the amended charter still says version ${mdInline(report.to.version ?? 'none')}: set it to ${mdInline(target)} before signing.`, '');
  else if (target !== report.suggestedVersion) out.push(`Note: a ${report.class} amendment suggests version ${mdInline(report.suggestedVersion)}; the amended charter says ${mdInline(target)}.`, '');
  out.push('## Changes', '');
  for (const [section, changes] of bySection(report.changes)) {
    // The section's number is the first part of its clauses' numbers (9 for 9.3).
    const number = changes.find((c) => c.clause !== null)?.clause?.split('.')[0];
    const item = (c: (typeof changes)[number]) => `- ${c.clause?.includes('.') ? `Clause ${c.clause}: ` : ''}${md(sentence(c.message))}${c.class === 'editorial' ? ' (wording)' : ''}`;
    out.push(`### ${number ? `Clause ${number}: ` : ''}${md(section)}`, '', ...changes.map(item), '');
  }
  out.push('## Approval', '', ...approvalMarkdown(report));
  out.push('## Signatures', '');
  let party = 0;
  const block = (heading: string, partner: string) => {
    const who = options.signatories.get(partner) ?? {};
    out.push(`### ${heading}`, '', `Name: ${who.name ? md(who.name) : BLANK}`, '', `Title: ${who.title ? md(who.title) : BLANK}`, '', `Signature: ${BLANK}`, '', `Date: ${BLANK}`, '');
  };
  for (const approver of report.approval.approvers) block(`Approved for party ${++party}: ${md(headingText(approver.name))}`, approver.partner);
  for (const change of report.changes) {
    if (change.kind === 'added' && /^\/partners\/[^/]+$/.test(change.path)) {
      const joining = change.after as { id: string; name: string };
      block(`Accepted by joining party ${++party}: ${md(headingText(joining.name))}`, joining.id);
    }
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
