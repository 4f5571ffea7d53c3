import { addDays } from '../core/dates.js';
import { formatDate, formatNumber } from '../render/view.js';
import { AREAS } from './areas.js';
import type { Action, CharterSummary, Health, PortfolioReport } from './build.js';
import { barChart, bulletChart, commitmentAxis, escapeXml as esc, timeline } from './charts.js';
import { ACTIONS_SHOWN, actionText, CHART_ROWS, daysText, plural, sentenceCase } from './text.js';

const MARK: Record<Health, { symbol: string; word: string }> = {
  ok: { symbol: '✓', word: 'no errors or warnings' },
  warning: { symbol: '▲', word: 'warnings' },
  error: { symbol: '✗', word: 'errors' },
};

/**
 * The report as one self-contained HTML page: no script, nothing fetched, prints on A4, light
 * and dark. In pieces, a line or a charter's section each: a page over 1,000 charters is 7 MB,
 * and joining it into one string cost a tenth of the run.
 */
export function reportToHtml(report: PortfolioReport): string[] {
  const titles = new Map(report.charters.map((c) => [c.anchor, c.title]));
  const link = (anchor: string) => `<a href="#${anchor}">${esc(titles.get(anchor) ?? anchor)}</a>`;
  const { totals } = report;
  const heading = `Partnership portfolio: ${plural(totals.charters, 'charter')}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="generator" content="charter">',
    `<title>${esc(heading)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<header>',
    '<p class="kicker">charter report</p>',
    `<h1>${esc(heading)}</h1>`,
    `<p class="meta">As of ${esc(formatDate(report.today)!)}: ${plural(totals.charters, 'charter')} (${totals.valid} valid), ${plural(totals.partners, 'partner seat')}, ${plural(totals.errorCount, 'error')}, ${plural(totals.warningCount, 'warning')}.</p>`,
    '<nav aria-label="Contents"><ul class="toc"><li><a href="#first">What to do first</a></li><li><a href="#portfolio">Portfolio</a></li><li><a href="#glance">At a glance</a></li><li><a href="#shared">Shared partners</a></li><li><a href="#charters">Charters</a></li></ul></nav>',
    '</header>',
    firstSection(report, link),
    portfolioSection(report),
    glanceSection(report, link),
    sharedSection(report, link),
    '<section aria-labelledby="charters">',
    '<h2 id="charters">Charters</h2>',
    ...report.charters.map(charterSection),
    '</section>',
    '</main>',
    '</body>',
    '</html>',
  ].map((line) => `${line}\n`);
}

function firstSection(report: PortfolioReport, link: (anchor: string) => string): string {
  const groups: { kind: Action['kind']; heading: string }[] = [
    { kind: 'error', heading: 'Fix the errors' },
    { kind: 'overdue-commitment', heading: 'Chase overdue commitments' },
    { kind: 'term-ending', heading: `Renew or close terms ending within ${report.horizonDays} days` },
  ];
  const parts = groups.flatMap(({ kind, heading }) => {
    const actions = report.actions.filter((a) => a.kind === kind);
    if (actions.length === 0) return [];
    const shown = actions.slice(0, ACTIONS_SHOWN);
    const more = actions.length - shown.length;
    return [
      `<h3>${esc(heading)} (${actions.length})</h3>`,
      '<ol>',
      ...shown.map((a) => `<li>${link(a.charter)}: ${esc(actionText(a))}</li>`),
      '</ol>',
      more > 0 ? `<p class="meta">and ${more} more: see the charters below.</p>` : '',
    ];
  });
  return [
    '<section aria-labelledby="first">',
    '<h2 id="first">What to do first</h2>',
    ...(parts.length > 0 ? parts : ['<p>Nothing: no errors, no overdue commitments, and no term ends within the next ' + report.horizonDays + ' days.</p>']),
    '</section>',
  ].join('\n');
}

function healthCells(c: CharterSummary): string {
  if (c.health === null) return `<td colspan="${AREAS.length}" class="unchecked">not checked: the file fails ${c.findings.some((f) => f.ruleId === 'yaml-syntax') ? 'to parse' : 'the schema'}</td>`;
  const health = c.health;
  return AREAS.map((a) => {
    const mark = MARK[health[a.id]];
    return `<td class="mark ${health[a.id]}"><span aria-hidden="true">${mark.symbol}</span><span class="visually-hidden">${esc(a.name)}: ${mark.word}</span></td>`;
  }).join('');
}

function portfolioSection(report: PortfolioReport): string {
  const rows = report.charters.map((c) => {
    const term = c.term?.end === undefined ? '—' : `<span class="nowrap">${esc(formatDate(c.term.end)!)}</span><br><span class="meta">${esc(daysText(c.term.daysLeft!))}</span>`;
    return `<tr><th scope="row"><a href="#${c.anchor}">${esc(c.title)}</a></th><td>${esc(c.status ? sentenceCase(c.status) : '—')}</td><td>${esc(c.useCase ?? '—')}</td><td>${term}</td><td class="number">${c.partners.length}</td><td class="number${c.errorCount > 0 ? ' error' : ''}">${c.errorCount}</td><td class="number${c.warningCount > 0 ? ' warning' : ''}">${c.warningCount}</td>${healthCells(c)}</tr>`;
  });
  return [
    '<section aria-labelledby="portfolio">',
    '<h2 id="portfolio">Portfolio</h2>',
    `<p class="meta">Health per challenge area: <span class="ok">✓</span> no errors or warnings, <span class="warning">▲</span> warnings, <span class="error">✗</span> errors. ${AREAS.map((a) => `${a.short}: ${a.name}`).join('; ')}.</p>`,
    '<div class="scroll" role="region" aria-label="Portfolio table" tabindex="0">',
    '<table class="portfolio">',
    `<caption>Every charter: status, term, partners, lint findings and health per challenge area</caption>`,
    `<thead><tr><th scope="col">Charter</th><th scope="col">Status</th><th scope="col">Use case</th><th scope="col">Term ends</th><th scope="col">Partners</th><th scope="col">Errors</th><th scope="col">Warnings</th>${AREAS.map((a) => `<th scope="col" class="area"><abbr title="${esc(a.name)}">${esc(a.short)}</abbr></th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    '</div>',
    '</section>',
  ].join('\n');
}

function dataTable(caption: string, headers: string[], rows: string[][]): string {
  return [
    '<table class="data">',
    `<caption>${esc(caption)}</caption>`,
    `<thead><tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map(([first, ...rest]) => `<tr><th scope="row">${first}</th>${rest.map((r) => `<td>${r}</td>`).join('')}</tr>`),
    '</tbody>',
    '</table>',
  ].join('\n');
}

/** A chart beside its data table; `stacked` puts a wide table under the chart instead. */
function figure(id: string, heading: string, chart: string, table: string, stacked = false): string {
  return [`<section class="figure" aria-labelledby="${id}">`, `<h3 id="${id}">${esc(heading)}</h3>`, `<div class="figure-body${stacked ? ' stacked' : ''}">`, `<div>${chart}</div>`, `<div>${table}</div>`, '</div>', '</section>'].join('\n');
}

function glanceSection(report: PortfolioReport, link: (anchor: string) => string): string {
  const titles = new Map(report.charters.map((c) => [c.anchor, c.title]));
  const { today, horizonDays } = report;
  const parts: string[] = [];

  const sectorRows = report.sectors.map((s) => ({ label: sentenceCase(s.sector), values: [s.partners] }));
  parts.push(
    figure(
      'chart-sectors',
      'Partners by sector',
      sectorRows.length === 0 ? '' : barChart('svg-sectors', 'Partners by sector across the portfolio', sectorRows.map((r) => `${r.label}: ${r.values[0]}`).join('; ') + '.', sectorRows, [{ className: 'bar', name: 'partners' }]),
      dataTable('Partners by sector (a partner in two charters counts twice)', ['Sector', 'Partners'], report.sectors.map((s) => [esc(sentenceCase(s.sector)), String(s.partners)])),
    ),
  );

  const areaRows = report.areas.map((a) => ({ label: a.name, values: [a.errors, a.warnings] }));
  parts.push(
    figure(
      'chart-areas',
      'Findings by challenge area',
      barChart('svg-areas', 'Lint findings by challenge area', report.areas.map((a) => `${a.name}: ${plural(a.errors, 'error')}, ${plural(a.warnings, 'warning')}`).join('; ') + '.', areaRows, [
        { className: 'bar-error', name: 'errors' },
        { className: 'bar-warning', name: 'warnings' },
      ]),
      dataTable('Findings by challenge area', ['Area', 'Errors', 'Warnings', 'Notes'], report.areas.map((a) => [esc(a.name), String(a.errors), String(a.warnings), String(a.infos)])),
    ),
  );

  const commitments = report.commitments.slice(0, CHART_ROWS);
  const axis = commitmentAxis(commitments.map((c) => c.due), today, horizonDays);
  const overdueCount = report.commitments.filter((c) => c.overdue).length;
  parts.push(
    figure(
      'chart-commitments',
      `Commitments overdue or due within ${horizonDays} days`,
      commitments.length === 0
        ? `<p>No commitment is overdue or due within ${horizonDays} days.</p>`
        : timeline(
            'svg-commitments',
            `Commitments overdue or due by ${formatDate(addDays(today, horizonDays))}`,
            `${plural(report.commitments.length, 'commitment')}: ${overdueCount} overdue (diamonds, left of the line for today), ${report.commitments.length - overdueCount} due within ${horizonDays} days (circles).${report.commitments.length > CHART_ROWS ? ` The ${CHART_ROWS} earliest are drawn.` : ''}`,
            commitments.map((c) => ({ label: `${titles.get(c.charter)}: ${c.partnerName}`, date: c.due, late: c.overdue })),
            axis.from,
            axis.to,
            today,
          ),
      commitments.length === 0
        ? ''
        : dataTable(
            'Commitments overdue or due soon, earliest first',
            ['Charter', 'Partner', 'Commitment', 'Due', 'When'],
            report.commitments.map((c) => [link(c.charter), esc(c.partnerName), esc(c.description), esc(formatDate(c.due)!), `<span class="${c.overdue ? 'error' : ''}">${esc(daysText(c.daysLeft))}</span>`]),
          ),
      true,
    ),
  );

  const terms = report.terms.slice(0, CHART_ROWS);
  const lastEnd = terms.reduce((a, t) => (t.end > a ? t.end : a), addDays(today, 365));
  parts.push(
    figure(
      'chart-terms',
      'Terms ending',
      terms.length === 0
        ? '<p>No charter states when its term ends.</p>'
        : timeline(
            'svg-terms',
            'When each partnership term ends',
            `${plural(report.terms.length, 'term')} with an end date; ${report.terms.filter((t) => t.daysLeft >= 0 && t.daysLeft <= horizonDays).length} end within ${horizonDays} days.${report.terms.length > CHART_ROWS ? ` The ${CHART_ROWS} soonest are drawn.` : ''} Each bar runs from the term's start to its end.`,
            terms.map((t) => ({ label: titles.get(t.charter) ?? t.charter, start: t.start ?? addDays(today, -90), date: t.end })),
            addDays(today, -90),
            lastEnd,
            today,
          ),
      terms.length === 0 ? '' : dataTable('Terms by end date, soonest first', ['Charter', 'Start', 'End', 'When'], report.terms.map((t) => [link(t.charter), esc(formatDate(t.start) ?? '—'), esc(formatDate(t.end)!), esc(daysText(t.daysLeft))])),
    ),
  );

  return ['<section aria-labelledby="glance">', '<h2 id="glance">At a glance</h2>', ...parts, '</section>'].join('\n');
}

function sharedSection(report: PortfolioReport, link: (anchor: string) => string): string {
  const body =
    report.sharedPartners.length === 0
      ? '<p>No partner appears in more than one charter.</p>'
      : dataTable(
          'Partners in more than one charter',
          ['Partner', 'Matched by', 'Charters (partner id, sector)'],
          report.sharedPartners.map((g) => [
            esc(g.name),
            g.matchedBy === 'x-org-id' ? `<code>x-org-id</code> ${esc(g.orgId!)}` : 'name',
            `<ul class="plain">${g.places.map((p) => `<li>${link(p.charter)} (<code>${esc(p.partnerId)}</code>, ${esc(p.sector)})</li>`).join('')}</ul>`,
          ]),
        );
  return [
    '<section aria-labelledby="shared">',
    '<h2 id="shared">Shared partners</h2>',
    '<p class="meta">Partners are the same organisation when they share an <code>x-org-id</code>, or else when their names match once case, accents, punctuation and a leading “the” are ignored.</p>',
    body,
    '</section>',
  ].join('\n');
}

function charterSection(c: CharterSummary): string {
  const h = `${c.anchor}-h`;
  const facts = [
    ['File', `<code>${esc(c.file)}</code>`],
    ...(c.valid ? [['Status', esc(sentenceCase(c.status ?? 'draft'))]] : []),
    ...(c.useCase ? [['Use case', esc(c.useCase)]] : []),
    ...(c.term ? [['Term', `${esc(formatDate(c.term.start) ?? '—')} to ${esc(formatDate(c.term.end) ?? '—')}${c.term.daysLeft === undefined ? '' : ` (${esc(daysText(c.term.daysLeft))})`}`]] : []),
    ...(c.partners.length > 0 ? [['Partners', esc(c.partners.map((p) => `${p.name} (${p.sector})`).join(', '))]] : []),
  ];
  const parts = [
    `<section class="charter" id="${c.anchor}" aria-labelledby="${h}">`,
    `<h3 id="${h}">${esc(c.title)}</h3>`,
    `<dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`,
  ];
  if (c.health !== null) {
    const health = c.health;
    parts.push(`<p class="health">${AREAS.map((a) => `<span class="${health[a.id]}"><span aria-hidden="true">${MARK[health[a.id]].symbol}</span> ${esc(a.name)}<span class="visually-hidden">: ${MARK[health[a.id]].word}</span></span>`).join(' ')}</p>`);
  }
  parts.push(`<h4>Findings</h4>`);
  parts.push(
    c.findings.length === 0
      ? '<p>No findings.</p>'
      : `<ul class="findings">${c.findings.map((f) => `<li><span class="sev ${f.severity}">${f.severity}</span> line ${f.line}: ${esc(f.message)} <code>${esc(f.ruleId)}</code></li>`).join('')}</ul>`,
  );
  if (c.metrics.length > 0) {
    parts.push('<h4>Metrics</h4>');
    const chartable = c.metrics.filter((m) => m.baseline !== undefined && m.target !== undefined);
    const charted = chartable.slice(0, CHART_ROWS);
    if (charted.length > 0) {
      parts.push('<p class="meta">Each bar reads baseline → current → target: the grey tick is the baseline, the dark bar the progress to the current value, the red tick the target.</p>');
      parts.push(
        bulletChart(
          `svg-${c.anchor}-metrics`,
          `Metrics of ${c.title}: baseline, current value and target`,
          charted.map((m) => `${m.name}: baseline ${formatNumber(m.baseline)}, current ${typeof m.current?.value === 'number' ? formatNumber(m.current.value) : 'not measured'}, target ${formatNumber(m.target)}${m.unit ? ` ${m.unit}` : ''}`).join('; ') +
            (chartable.length > CHART_ROWS ? `. The first ${CHART_ROWS} of ${chartable.length} are drawn; the table lists all.` : '.'),
          charted.map((m) => ({ label: m.name, baseline: m.baseline!, target: m.target!, current: typeof m.current?.value === 'number' ? m.current.value : undefined, unit: m.unit })),
        ),
      );
    }
    const cell = (v: number | string | undefined) => (v === undefined ? '—' : esc(typeof v === 'number' ? formatNumber(v)! : v));
    parts.push(
      dataTable(
        `Metrics of ${c.title}`,
        ['Metric', 'Baseline', 'Current', 'Target', 'Unit', 'Measured'],
        c.metrics.map((m) => [esc(m.name), cell(m.baseline), cell(m.current?.value), cell(m.target), esc(m.unit ?? '—'), m.current ? `${esc(formatDate(m.current.asOf)!)}${m.stale ? ' <span class="warning">(stale)</span>' : ''}` : m.stale ? '<span class="warning">stale</span>' : '—']),
      ),
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}

const STYLE = `
:root { color-scheme: light dark; --ink: #1d2330; --muted: #4a5466; --rule: #c9d0dc; --accent: #1f4e8c; --paper: #ffffff; --wash: #f3f6fa;
  --ok: #1c6b33; --warning: #8a4b00; --error: #b3261e; --bar: #3a6fb0; --band: #c8d6ea; --track: #e8edf4; --progress: #1d2330; }
@media (prefers-color-scheme: dark) {
  :root { --ink: #e6e9ef; --muted: #aeb6c4; --rule: #3b4352; --accent: #8cb4f0; --paper: #171b22; --wash: #0f1217;
    --ok: #7fd99a; --warning: #ffc466; --error: #ff8f86; --bar: #6f9fe0; --band: #34507a; --track: #262c37; --progress: #e6e9ef; }
}
* { box-sizing: border-box; }
html { background: var(--wash); }
body { margin: 0; color: var(--ink); background: var(--wash); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
main { max-width: 72rem; margin: 1.5rem auto; padding: 2rem 2.5rem; background: var(--paper); }
.kicker { font-weight: 600; font-size: 0.8rem; letter-spacing: 0.08em; text-transform: uppercase; color: var(--accent); margin: 0 0 0.4rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 0.5rem; }
h2 { font-size: 1.35rem; color: var(--accent); border-bottom: 1px solid var(--rule); padding-bottom: 0.2rem; margin: 2rem 0 0.75rem; break-after: avoid; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 0.4rem; break-after: avoid; }
h4 { font-size: 0.95rem; margin: 1rem 0 0.3rem; break-after: avoid; }
a { color: var(--accent); }
code { font-size: 0.9em; }
.meta { color: var(--muted); font-size: 0.9rem; }
.toc { display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; list-style: none; padding: 0; margin: 0.8rem 0 0; }
.ok { color: var(--ok); } .warning { color: var(--warning); } .error { color: var(--error); }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.scroll { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; margin: 0 0 1rem; font-size: 0.85rem; }
caption { text-align: left; font-weight: 600; padding: 0 0 0.3rem; color: var(--muted); }
th, td { border: 1px solid var(--rule); padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
thead th { background: var(--wash); }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
td.mark { text-align: center; font-weight: 700; }
td.unchecked { color: var(--muted); font-style: italic; }
th.area { text-align: center; }
abbr { text-decoration: none; }
ul.plain { list-style: none; margin: 0; padding: 0; }
ul.findings { padding-left: 1.2rem; }
.sev { font-weight: 700; text-transform: uppercase; font-size: 0.75rem; }
.sev.error { color: var(--error); } .sev.warning { color: var(--warning); } .sev.info { color: var(--muted); }
.health span { margin-right: 0.6rem; white-space: nowrap; }
.nowrap { white-space: nowrap; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0 0 0.6rem; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; }
svg.chart { display: block; max-width: 100%; height: auto; margin: 0.4rem 0 0.8rem; font: 12px system-ui, sans-serif; }
svg.chart text { fill: var(--ink); }
svg.chart text.axis { fill: var(--muted); font-size: 11px; }
svg.chart .bar { fill: var(--bar); } svg.chart .bar-error { fill: var(--error); } svg.chart .bar-warning { fill: var(--warning); }
svg.chart .grid { stroke: var(--rule); stroke-width: 1; }
svg.chart .today { stroke: var(--accent); stroke-width: 2; stroke-dasharray: 4 3; }
svg.chart .due { fill: var(--bar); } svg.chart .late { fill: var(--error); }
svg.chart .term { fill: var(--band); } svg.chart .term-end { fill: var(--accent); }
svg.chart .track { fill: var(--track); } svg.chart .band { fill: var(--band); } svg.chart .progress { fill: var(--progress); }
svg.chart .target { fill: var(--error); } svg.chart .baseline { fill: var(--muted); }
table.data { width: auto; min-width: 60%; }
.figure-body { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 1.5rem; align-items: start; }
@media (min-width: 75rem) { .figure-body:not(.stacked) { grid-template-columns: minmax(0, 640px) minmax(0, 1fr); } }
section.charter { border-top: 1px solid var(--rule); margin-top: 1.2rem; }
@page { size: A4; margin: 15mm 12mm 16mm; }
@media print {
  html, body { background: none; }
  body { font-size: 10pt; }
  main { max-width: none; margin: 0; padding: 0; }
  nav { display: none; }
  .scroll { overflow: visible; }
  table.portfolio { font-size: 7.5pt; }
  thead { display: table-header-group; }
  tr, li, svg.chart { break-inside: avoid; }
  section.charter { break-inside: avoid-page; }
}
`;
