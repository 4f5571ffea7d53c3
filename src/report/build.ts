import { addDays, daysBetween } from '../core/dates.js';
import { countFindings, type FileResult, type Finding } from '../findings.js';
import type { Charter } from '../rules/types.js';
import { AREAS, areaOf, type AreaId } from './areas.js';
import { compare, ORG_ID_KEY, sharedPartners } from './partners.js';

/** How far ahead the report looks for commitments falling due and terms ending. */
export const HORIZON_DAYS = 90;

export type Health = 'ok' | 'warning' | 'error';

/** A finding as lint reports it, with the challenge area of rule findings (absent for syntax, schema and suppression findings). */
export type ReportFinding = Pick<Finding, 'ruleId' | 'severity' | 'message' | 'path' | 'line' | 'column'> & { area?: AreaId };

export interface ReportMeasurement {
  value: number | string;
  asOf: string;
}

export interface ReportMetric {
  id: string;
  name: string;
  unit?: string;
  direction?: string;
  baseline?: number;
  target?: number;
  current?: ReportMeasurement;
  history: ReportMeasurement[];
  /** Lint reported `metric-stale` on it. */
  stale: boolean;
}

/** What the report keeps of one charter: made where the charter was parsed (a worker thread), so that only this crosses threads. */
export interface CharterFacts {
  file: string;
  /** False when the file fails to parse or to match the schema: no health marks then. */
  valid: boolean;
  id?: string;
  /** The charter's title, or its file name when it could not be read as a charter. */
  title: string;
  status?: string;
  useCase?: string;
  term?: { start?: string; end?: string; daysLeft?: number };
  /** With the partner's `x-org-id`, when it has one. */
  partners: { id: string; name: string; sector: string; orgId?: string }[];
  /** Every commitment, with its partner's name. */
  commitments: { partner: string; partnerName: string; description: string; due?: string; status?: string }[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** One mark per challenge area, or null for an invalid charter. */
  health: Record<AreaId, Health> | null;
  findings: ReportFinding[];
  metrics: ReportMetric[];
}

export interface CharterSummary extends CharterFacts {
  /** The id of its section in the HTML page: `charter-1`, `charter-2`, … in report order. */
  anchor: string;
}

export interface CommitmentDue {
  charter: string;
  partner: string;
  partnerName: string;
  description: string;
  due: string;
  status?: string;
  /** Negative when overdue. */
  daysLeft: number;
  overdue: boolean;
}

export interface TermEnding {
  charter: string;
  start?: string;
  end: string;
  daysLeft: number;
}

export type Action =
  | { kind: 'error'; charter: string; file: string; line: number; column: number; ruleId: string; message: string }
  | { kind: 'overdue-commitment'; charter: string; partnerName: string; description: string; due: string; daysOverdue: number }
  | { kind: 'term-ending'; charter: string; end: string; daysLeft: number };

export interface PortfolioReport {
  /** The version of this JSON shape. */
  reportVersion: 1;
  today: string;
  horizonDays: number;
  totals: { charters: number; valid: number; errorCount: number; warningCount: number; infoCount: number; partners: number };
  areas: { id: AreaId; name: string; errors: number; warnings: number; infos: number }[];
  charters: CharterSummary[];
  sectors: { sector: string; partners: number }[];
  sharedPartners: { name: string; matchedBy: 'x-org-id' | 'name'; orgId?: string; places: { charter: string; partnerId: string; name: string; sector: string }[] }[];
  commitments: CommitmentDue[];
  terms: TermEnding[];
  actions: Action[];
}

/** Turns what lint found in each charter, and what it read there, into the report's data. */
export function buildReport(facts: readonly CharterFacts[], today: string): PortfolioReport {
  const horizon = addDays(today, HORIZON_DAYS);
  const summaries: CharterSummary[] = facts.map((f, index) => ({ anchor: `charter-${index + 1}`, ...f }));
  const areaCounts = new Map(AREAS.map((a) => [a.id, { id: a.id, name: a.name, errors: 0, warnings: 0, infos: 0 }]));
  const sectorCounts = new Map<string, number>();
  const commitments: CommitmentDue[] = [];
  const terms: TermEnding[] = [];
  for (const summary of summaries) {
    for (const f of summary.findings) {
      const counts = f.area && areaCounts.get(f.area);
      if (counts) counts[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
    }
    for (const p of summary.partners) sectorCounts.set(p.sector, (sectorCounts.get(p.sector) ?? 0) + 1);
    for (const c of summary.commitments) {
      if (c.due === undefined || c.status === 'done' || c.due > horizon) continue;
      const daysLeft = daysBetween(today, c.due);
      commitments.push({ charter: summary.anchor, partner: c.partner, partnerName: c.partnerName, description: c.description, due: c.due, status: c.status, daysLeft, overdue: daysLeft < 0 });
    }
    if (summary.term?.end !== undefined && summary.status !== 'closed') {
      terms.push({ charter: summary.anchor, start: summary.term.start, end: summary.term.end, daysLeft: summary.term.daysLeft! });
    }
  }
  commitments.sort((a, b) => compare(a.due, b.due) || compare(a.charter, b.charter));
  terms.sort((a, b) => compare(a.end, b.end) || compare(a.charter, b.charter));

  const actions: Action[] = [];
  for (const s of summaries) {
    for (const f of s.findings) {
      if (f.severity === 'error') actions.push({ kind: 'error', charter: s.anchor, file: s.file, line: f.line, column: f.column, ruleId: f.ruleId, message: f.message });
    }
  }
  for (const c of commitments) {
    if (c.overdue) actions.push({ kind: 'overdue-commitment', charter: c.charter, partnerName: c.partnerName, description: c.description, due: c.due, daysOverdue: -c.daysLeft });
  }
  for (const t of terms) if (t.daysLeft >= 0 && t.daysLeft <= HORIZON_DAYS) actions.push({ kind: 'term-ending', charter: t.charter, end: t.end, daysLeft: t.daysLeft });

  const totals = summaries.reduce(
    (sum, s) => ({ ...sum, valid: sum.valid + (s.valid ? 1 : 0), errorCount: sum.errorCount + s.errorCount, warningCount: sum.warningCount + s.warningCount, infoCount: sum.infoCount + s.infoCount }),
    { charters: summaries.length, valid: 0, errorCount: 0, warningCount: 0, infoCount: 0, partners: 0 },
  );
  totals.partners = [...sectorCounts.values()].reduce((a, b) => a + b, 0);
  return {
    reportVersion: 1,
    today,
    horizonDays: HORIZON_DAYS,
    totals,
    areas: [...areaCounts.values()],
    charters: summaries,
    sectors: [...sectorCounts].map(([sector, partners]) => ({ sector, partners })).sort((a, b) => b.partners - a.partners || compare(a.sector, b.sector)),
    sharedPartners: sharedPartners(summaries.map((s) => s.partners)).map((g) => ({ ...g, places: g.places.map((p) => ({ ...p, charter: summaries[p.charter].anchor })) })),
    commitments,
    terms,
    actions,
  };
}

/** What the report needs of one linted charter (`charter` is undefined when it failed to parse or match the schema). */
export function summariseCharter(result: FileResult, charter: Charter | undefined, today: string): CharterFacts {
  const findings: ReportFinding[] = result.findings.map((f) => {
    const area = areaOf(f.ruleId);
    return { ruleId: f.ruleId, severity: f.severity, message: f.message, path: f.path, line: f.line, column: f.column, ...(area ? { area } : {}) };
  });
  const counts = countFindings(result.findings);
  const base = { file: result.file, ...counts, findings };
  if (charter === undefined) {
    return { ...base, valid: false, title: result.file, partners: [], commitments: [], health: null, metrics: [] };
  }
  const health = Object.fromEntries(AREAS.map((a) => [a.id, 'ok'])) as Record<AreaId, Health>;
  for (const f of findings) {
    if (f.area === undefined) continue;
    if (f.severity === 'error') health[f.area] = 'error';
    else if (f.severity === 'warning' && health[f.area] === 'ok') health[f.area] = 'warning';
  }
  // Staleness comes from lint's own finding, so config and suppressions apply to it too.
  const staleMetrics = new Set(findings.filter((f) => f.ruleId === 'metric-stale').map((f) => f.path.split('/')[2]));
  const names = new Map(charter.partners.map((p) => [p.id, p.name]));
  const term = charter.term && {
    start: charter.term.start,
    end: charter.term.end,
    daysLeft: charter.term.end === undefined ? undefined : daysBetween(today, charter.term.end),
  };
  return {
    ...base,
    valid: true,
    id: charter.id,
    title: charter.title,
    status: charter.status ?? 'draft',
    useCase: charter.use_case,
    term,
    partners: charter.partners.map((p) => {
      const orgId = p[ORG_ID_KEY];
      return { id: p.id, name: p.name, sector: p.sector, ...(typeof orgId === 'string' && orgId.trim() !== '' ? { orgId: orgId.trim() } : {}) };
    }),
    commitments: (charter.commitments ?? []).map((c) => ({ partner: c.partner, partnerName: names.get(c.partner) ?? c.partner, description: c.description, due: c.due, status: c.status })),
    health,
    metrics: (charter.metrics ?? []).map((m, i) => ({
      id: m.id,
      name: m.name,
      unit: m.unit,
      direction: m.direction,
      baseline: m.baseline,
      target: m.target,
      current: m.current && { value: m.current.value, asOf: m.current.as_of },
      history: (m.history ?? []).map((h) => ({ value: h.value, asOf: h.as_of })),
      stale: staleMetrics.has(String(i)),
    })),
  };
}
