import { formatDate, formatNumber, headingText } from '../render/view.js';
import { escapeMarkdown as md } from '../render/escape.js';
import { AREAS } from './areas.js';
import type { Action, PortfolioReport } from './build.js';
import { ACTIONS_SHOWN, actionText, daysText, plural, sentenceCase } from './text.js';

const MARK = { ok: 'ok', warning: '▲ warn', error: '✗ error' } as const;

function table(headers: string[], rows: string[][]): string[] {
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
}

/** The report as Markdown for a wiki: the same sections as the page, with tables instead of charts. */
export function reportToMarkdown(report: PortfolioReport): string {
  const titles = new Map(report.charters.map((c) => [c.anchor, c.title]));
  const name = (anchor: string) => md(titles.get(anchor) ?? anchor);
  const { totals } = report;
  const out: string[] = [
    `# Partnership portfolio: ${plural(totals.charters, 'charter')}`,
    '',
    `As of ${formatDate(report.today)}: ${plural(totals.charters, 'charter')} (${totals.valid} valid), ${plural(totals.partners, 'partner seat')}, ${plural(totals.errorCount, 'error')}, ${plural(totals.warningCount, 'warning')}.`,
    '',
    '## What to do first',
    '',
  ];
  const groups: [Action['kind'], string][] = [
    ['error', 'Fix the errors'],
    ['overdue-commitment', 'Chase overdue commitments'],
    ['term-ending', `Renew or close terms ending within ${report.horizonDays} days`],
  ];
  let any = false;
  for (const [kind, heading] of groups) {
    const actions = report.actions.filter((a) => a.kind === kind);
    if (actions.length === 0) continue;
    any = true;
    out.push(`### ${heading} (${actions.length})`, '', ...actions.slice(0, ACTIONS_SHOWN).map((a, i) => `${i + 1}. ${name(a.charter)}: ${md(actionText(a))}`), '');
    if (actions.length > ACTIONS_SHOWN) out.push(`And ${actions.length - ACTIONS_SHOWN} more: see the charters below.`, '');
  }
  if (!any) out.push(`Nothing: no errors, no overdue commitments, and no term ends within the next ${report.horizonDays} days.`, '');

  out.push('## Portfolio', '', `Health per challenge area: ok, ▲ warn (warnings), ✗ error (errors). ${AREAS.map((a) => `${a.short}: ${a.name}`).join('; ')}.`, '');
  out.push(
    ...table(
      ['Charter', 'Status', 'Use case', 'Term ends', 'Partners', 'Errors', 'Warnings', ...AREAS.map((a) => a.short)],
      report.charters.map((c) => [
        md(c.title),
        md(c.status ?? '—'),
        md(c.useCase ?? '—'),
        c.term?.end ? `${formatDate(c.term.end)} (${daysText(c.term.daysLeft!)})` : '—',
        String(c.partners.length),
        String(c.errorCount),
        String(c.warningCount),
        ...AREAS.map((a) => (c.health === null ? 'not checked' : MARK[c.health[a.id]])),
      ]),
    ),
  );

  out.push('## At a glance', '', '### Partners by sector', '', ...table(['Sector', 'Partners'], report.sectors.map((s) => [md(sentenceCase(s.sector)), String(s.partners)])));
  out.push('### Findings by challenge area', '', ...table(['Area', 'Errors', 'Warnings', 'Notes'], report.areas.map((a) => [a.name, String(a.errors), String(a.warnings), String(a.infos)])));
  out.push(`### Commitments overdue or due within ${report.horizonDays} days`, '');
  if (report.commitments.length === 0) out.push('None.', '');
  else out.push(...table(['Charter', 'Partner', 'Commitment', 'Due', 'When'], report.commitments.map((c) => [name(c.charter), md(c.partnerName), md(c.description), formatDate(c.due)!, daysText(c.daysLeft)])));
  out.push('### Terms ending', '');
  if (report.terms.length === 0) out.push('No charter states when its term ends.', '');
  else out.push(...table(['Charter', 'Start', 'End', 'When'], report.terms.map((t) => [name(t.charter), formatDate(t.start) ?? '—', formatDate(t.end)!, daysText(t.daysLeft)])));

  out.push('## Shared partners', '', 'Partners are the same organisation when they share an `x-org-id`, or else when their names match once case, accents, punctuation and a leading "the" are ignored.', '');
  if (report.sharedPartners.length === 0) out.push('No partner appears in more than one charter.', '');
  else out.push(...table(['Partner', 'Matched by', 'Charters'], report.sharedPartners.map((g) => [md(g.name), g.matchedBy === 'x-org-id' ? `x-org-id ${md(g.orgId!)}` : 'name', g.places.map((p) => `${name(p.charter)} (${md(p.partnerId)})`).join(', ')])));

  out.push('## Charters', '');
  for (const c of report.charters) {
    out.push(`### ${md(headingText(c.title))}`, '', `File: ${md(c.file)}${c.valid ? `; status: ${md(c.status ?? 'draft')}` : ''}${c.term?.end ? `; term ends ${formatDate(c.term.end)}` : ''}.`, '');
    if (c.partners.length > 0) out.push(`Partners: ${c.partners.map((p) => `${md(p.name)} (${p.sector})`).join(', ')}.`, '');
    if (c.findings.length === 0) out.push('No findings.', '');
    else out.push(...c.findings.map((f) => `- ${f.severity} line ${f.line}: ${md(f.message)} (${f.ruleId})`), '');
    if (c.metrics.length > 0) {
      const cell = (v: number | string | undefined) => (v === undefined ? '—' : typeof v === 'number' ? formatNumber(v)! : md(v));
      out.push(...table(['Metric', 'Baseline', 'Current', 'Target', 'Unit', 'Measured'], c.metrics.map((m) => [md(m.name), cell(m.baseline), cell(m.current?.value), cell(m.target), md(m.unit ?? '—'), m.current ? `${formatDate(m.current.asOf)}${m.stale ? ' (stale)' : ''}` : m.stale ? 'stale' : '—'])));
    }
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
