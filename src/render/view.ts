import type { Charter, Goal, Partner } from '../generated/charter-types.js';
import { numberClauses } from './numbering.js';
import { collectExtensions } from './extensions.js';
import { governanceAdditions } from './governance-view.js';
import { markPlaceholders } from './placeholders.js';
import { agreementWording } from './wording.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-01-01` → `1 January 2025`, as people write dates in an agreement. */
export function formatDate(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/** `{amount: 850000, currency: EUR}` → `EUR 850,000`: deterministic, whatever the locale (en-US grouping, the code, not a symbol). */
export function formatMoney(value: { amount: number; currency: string } | undefined): string | undefined {
  if (value === undefined) return undefined;
  // Cents are shown only when there are any.
  const digits = Math.round((value.amount % 1) * 100) % 100 === 0 ? 0 : 2;
  return `${value.currency} ${groupThousands(roundDecimal(value.amount, digits))}`;
}

/**
 * `n` with `digits` decimals, rounded half up on its shortest decimal form (2.675 → 2.68), as
 * Intl.NumberFormat rounds: Intl itself takes 25 ms to load its data on first use, a tenth
 * of a render. A test holds the two equal.
 */
function roundDecimal(n: number, digits: number): string {
  const text = String(Math.abs(n));
  if (text.includes('e')) return n.toFixed(digits);
  const [whole, fraction = ''] = text.split('.');
  let kept = whole + fraction.slice(0, digits).padEnd(digits, '0');
  if (fraction.length > digits && fraction.charCodeAt(digits) >= 53 /* '5' */) {
    // Add one in the last kept place, carrying through nines.
    const places = kept.split('');
    let i = places.length - 1;
    while (i >= 0 && places[i] === '9') places[i--] = '0';
    if (i < 0) places.unshift('1');
    else places[i] = String(Number(places[i]) + 1);
    kept = places.join('');
  }
  const sign = n < 0 ? '-' : '';
  return digits === 0 ? sign + kept : `${sign}${kept.slice(0, -digits)}.${kept.slice(-digits)}`;
}

export function formatNumber(n: number | undefined): string | undefined {
  return n === undefined ? undefined : groupThousands(String(n));
}

/** `1234567.5` → `1,234,567.5`. */
function groupThousands(decimal: string): string {
  const [whole, fraction] = decimal.split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
}

export const percent = (fraction: number | undefined) => (fraction === undefined ? undefined : `${Math.round(fraction * 1000) / 10}%`);

export const CADENCE: Record<string, string> = {
  weekly: 'weekly',
  biweekly: 'every two weeks',
  monthly: 'monthly',
  quarterly: 'quarterly',
  semiannual: 'twice a year',
  annual: 'once a year',
  'as-needed': 'as needed',
};

export const RULE: Record<string, string> = {
  consensus: 'consensus (a decision stands when no partner objects)',
  unanimous: 'unanimity (every voting partner agrees)',
  majority: 'majority vote',
  supermajority: 'supermajority vote',
  'lead-partner': 'the lead partner, after consulting the others',
};

const SECTOR: Record<string, string> = {
  government: 'Government',
  business: 'Business',
  academia: 'Academia',
  nonprofit: 'Nonprofit',
  philanthropy: 'Philanthropy',
  community: 'Community',
  multilateral: 'Multilateral',
  healthcare: 'Healthcare',
  education: 'Education',
};

export const nonEmpty = <T>(list: T[] | undefined): T[] | undefined => (list && list.length > 0 ? list : undefined);
const sentenceCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const TRAILING_PUNCTUATION = new Set([...' \t\n\r.,;:!?。，；：！']);
/** Headings drop trailing punctuation, which Markdown linters and typographers both dislike (a scan, not a regex that backtracks). */
export const headingText = (s: string) => {
  let end = s.length;
  while (end > 0 && (TRAILING_PUNCTUATION.has(s[end - 1]) || /\s/.test(s[end - 1]))) end--;
  // Spaces around a heading break its Markdown (MD009, MD019), and so does trailing
  // punctuation (MD026): a title of nothing else has no heading of its own.
  return s.slice(0, end).trim() || '(untitled)';
};

type EscalationStep = NonNullable<NonNullable<NonNullable<Charter['governance']>['conflict_resolution']>['steps']>[number];

/** One rung of the ladder as a sentence that says from when its days run and what happens next. */
function escalationSentence(step: EscalationStep, previous: EscalationStep | undefined): string {
  // "the project leads", "the Steering Committee", but "mediation", "expert determination".
  const bare = /^(?:the|a|an|each|any|every|one|two|three)\s|^\p{L}+(?:tion|ment)\b|(?:tion|ment)$|^\P{L}/iu.test(step.level);
  const level = bare ? step.level : `the ${step.level}`;
  const where = `${level}${step.by ? ` (${step.by})` : ''}`;
  if (previous === undefined) return `First, the dispute goes to ${where}${step.within_days ? `, to be resolved within ${step.within_days} days of it being raised in writing` : ''}.`;
  const unresolved = previous.within_days ? 'If it is not resolved within that time' : 'If it is not resolved at that step';
  return `${unresolved}, it goes to ${where}${step.within_days ? `, to be resolved within ${step.within_days} days of being referred` : ''}.`;
}

/**
 * Governing law as a phrase after "governed by", written as the charter writes it without
 * doubling it: `Laws of the State of Oregon` → `the laws of the State of Oregon`, `English law`
 * → `English law`, `Belgium` → `the laws of Belgium`.
 */
export function governingLawPhrase(law: string): string {
  const text = law.trim();
  const laws = /^(?:the\s+)?(laws?)\s+of\s+/i.exec(text);
  if (laws) return `the ${laws[1].toLowerCase()} of ${text.slice(laws[0].length)}`;
  if (/\blaws?$/i.test(text) || /^\P{L}/u.test(text)) return text;
  return `the laws of ${text}`;
}

export interface ViewOptions {
  /** Mark the agreement as a draft whatever the charter's status. */
  draft?: boolean;
  /** YYYY-MM-DD: the date a draft says it was rendered on. */
  renderedOn?: string;
  /** The paper printed on (HTML print, PDF, DOCX); A4 unless told. */
  paper?: Paper;
}

export type Paper = 'a4' | 'letter';

/**
 * The agreement as the templates (and the DOCX and PDF writers) see it, with its clause
 * numbers. Each `TODO` placeholder's text sits between PLACEHOLDER_START and PLACEHOLDER_END
 * (see placeholders.ts): a format shows it highlighted, never as ordinary text.
 */
export function buildView(charter: Charter, options: ViewOptions = {}) {
  const content = buildContent(markPlaceholders(charter));
  const clauses = numberClauses(content);
  const draft = options.draft === true || (charter.status ?? 'draft') === 'draft';
  return {
    ...content,
    clauses,
    wording: agreementWording(content, clauses),
    draft: draft ? { renderedOn: formatDate(options.renderedOn) } : undefined,
    // As CSS's @page size names it.
    paper: options.paper === 'letter' ? 'letter' : 'A4',
  };
}

/**
 * The charter as the templates see it: references resolved to names, dates and money
 * written as people write them, and a section present only when the charter has it.
 */
function buildContent(charter: Charter) {
  const partnersById = new Map<string, Partner>();
  for (const p of charter.partners) if (!partnersById.has(p.id)) partnersById.set(p.id, p);
  const name = (id: string | undefined) => (id === undefined ? undefined : (partnersById.get(id)?.name ?? id));
  const names = (ids: string | string[] | undefined) => {
    const list = ids === undefined ? [] : Array.isArray(ids) ? ids : [ids];
    return list.length > 0 ? list.map((id) => name(id)!).join(', ') : undefined;
  };
  const goalsById = new Map<string, Goal>(charter.goals.map((g) => [g.id, g]));
  const gov = charter.governance;
  const term = charter.term;

  const parties = charter.partners.map((p, index) => ({
    id: p.id,
    number: index + 1,
    name: p.name,
    heading: headingText(p.name),
    sector: SECTOR[p.sector] ?? p.sector,
    type: p.type,
    mission: p.mission,
    representative: p.representative && {
      name: p.representative.name,
      role: p.representative.role,
      email: p.representative.email,
      authority: p.representative.authority,
    },
    contributions: nonEmpty(
      p.contributions?.map((c) => ({ type: sentenceCase(c.type.replace('-', ' ')), description: c.description, value: formatMoney(c.value) })),
    ),
    expectations: nonEmpty(p.expectations),
    strengths: nonEmpty(p.strengths),
    limitations: nonEmpty(p.limitations),
    motivations: nonEmpty(p.motivations),
    signatory: { name: p.signatory?.name, title: p.signatory?.title },
  }));

  const goals = charter.goals.map((g, index) => ({
    id: g.id,
    number: index + 1,
    title: g.title,
    heading: headingText(g.title),
    description: g.description,
    owner: name(g.owner),
    partners: names(g.partners),
    due: formatDate(g.due),
    alignment: nonEmpty(Object.entries(g.alignment ?? {}).map(([id, text]) => ({ partner: name(id), text }))),
  }));

  const sectors = nonEmpty(
    Object.entries(charter.sectors ?? {})
      .filter(([key]) => !key.startsWith('x-'))
      .map(([key, profile]) => {
        const p = profile as { norms?: string[]; constraints?: string[]; bridging?: string[] };
        return { key, sector: SECTOR[key] ?? key, norms: nonEmpty(p.norms), constraints: nonEmpty(p.constraints), bridging: nonEmpty(p.bridging) };
      }),
  );

  const decisions = gov?.decision_making;
  const governance = gov && {
    body: gov.body && {
      name: gov.body.name ?? 'Governing body',
      members: nonEmpty(gov.body.members?.map((m) => ({ partner: name(m.partner), seats: m.seats ?? 1, role: m.observer ? 'Observer' : 'Member' }))),
      chair: gov.body.chair === 'rotating' ? `rotating${gov.body.rotation ? ` (${CADENCE[gov.body.rotation]})` : ''}` : name(gov.body.chair),
    },
    backbone: name(gov.backbone),
    decisions: decisions && {
      rule: decisions.rule && RULE[decisions.rule],
      lead: name(decisions.lead),
      quorum: percent(decisions.quorum),
      threshold: percent(decisions.threshold),
      tieBreak: decisions.tie_break,
    },
    meetings: gov.meetings?.cadence && CADENCE[gov.meetings.cadence],
  };
  const communication = gov?.communication && {
    channels: nonEmpty(gov.communication.channels),
    cadence: gov.communication.cadence && CADENCE[gov.communication.cadence],
    reportingCadence: gov.communication.reporting?.cadence && CADENCE[gov.communication.reporting.cadence],
    audience: nonEmpty(gov.communication.reporting?.audience)?.join(', '),
    languages: nonEmpty(gov.communication.languages)?.join(', '),
  };
  const steps = gov?.conflict_resolution?.steps ?? [];
  const escalation = nonEmpty(steps.map((s, index) => ({ step: index + 1, level: s.level, days: s.within_days, by: s.by, sentence: escalationSentence(s, steps[index - 1]) })));
  const dataSharing = gov?.data_sharing && {
    purpose: gov.data_sharing.purpose,
    items: gov.data_sharing.items,
    personalData: gov.data_sharing.personal_data === undefined ? undefined : gov.data_sharing.personal_data ? 'Yes' : 'No',
    legalBasis: gov.data_sharing.legal_basis,
    controllers: names(gov.data_sharing.controllers),
    retention: gov.data_sharing.retention,
    security: gov.data_sharing.security,
    breachNoticeHours: gov.data_sharing.breach_notice_hours,
  };

  const metrics = nonEmpty(
    charter.metrics?.map((m) => ({
      name: m.name,
      goal: m.goal === undefined ? undefined : (goalsById.get(m.goal)?.title ?? m.goal),
      baseline: formatNumber(m.baseline),
      target: formatNumber(m.target),
      current: m.current && { value: typeof m.current.value === 'number' ? formatNumber(m.current.value) : m.current.value, asOf: formatDate(m.current.as_of) },
      unit: m.unit,
      direction: m.direction && sentenceCase(m.direction),
      frequency: m.frequency && sentenceCase(CADENCE[m.frequency]),
      owner: name(m.owner),
      source: m.source,
    })),
  );

  const raci = nonEmpty(
    charter.raci?.map((r) => ({
      activity: r.activity,
      responsible: names(r.responsible),
      accountable: names(r.accountable),
      consulted: names(r.consulted),
      informed: names(r.informed),
    })),
  );
  const roles = nonEmpty(charter.roles?.map((r) => ({ partner: name(r.partner), role: r.role, responsibilities: nonEmpty(r.responsibilities) })));


  return {
    title: charter.title,
    heading: headingText(charter.title),
    status: sentenceCase(charter.status ?? 'draft'),
    version: charter.version,
    // Without a start date the charter takes effect when the last partner signs.
    effectiveDate: formatDate(term?.start) ?? 'the date of the last signature',
    summary: charter.summary,
    vision: charter.vision,
    challenge: charter.challenge && (charter.challenge.statement || nonEmpty(charter.challenge.focus)) ? { statement: charter.challenge.statement, focus: nonEmpty(charter.challenge.focus)?.join(', ') } : undefined,
    parties,
    sectors,
    goals,
    roles,
    raci,
    governance,
    communication,
    escalation,
    // Always printed: without a rule of its own, the charter changes only in writing by all partners.
    amendments: { process: gov?.amendments?.process, approval: gov?.amendments?.approval && RULE[gov.amendments.approval] },
    admission: gov?.admission,
    exit: gov?.exit && { noticeDays: gov.exit.notice_days, obligations: gov.exit.obligations, assets: gov.exit.assets },
    ip: gov?.ip && (gov.ip.background || gov.ip.foreground || gov.ip.licensing || gov.ip.publication) ? gov.ip : undefined,
    dataSharing,
    confidentiality: gov?.confidentiality,
    metrics,
    // The current-value column appears only when some metric has been measured.
    metricsMeasured: charter.metrics?.some((m) => m.current !== undefined),
    commitments: nonEmpty(charter.commitments?.map((c) => ({ partner: name(c.partner), description: c.description, due: formatDate(c.due), status: c.status && sentenceCase(c.status.replace('-', ' ')) }))),
    risks: nonEmpty(charter.risks?.map((r) => ({ challenge: r.challenge && sentenceCase(r.challenge.replace(/-/g, ' ')), description: r.description, mitigation: r.mitigation, owner: name(r.owner) }))),
    term: term && (term.start || term.end || term.review || term.open_ended) ? { start: formatDate(term.start), end: formatDate(term.end), review: term.review && CADENCE[term.review], openEnded: term.open_ended === true } : undefined,
    // The legal-nature clause is always printed; a charter silent on it is not binding.
    agreement: {
      binding: charter.agreement?.binding === true,
      governingLaw: charter.agreement?.governing_law && governingLawPhrase(charter.agreement.governing_law),
      related: nonEmpty(charter.agreement?.related),
    },
    extensions: collectExtensions(charter),
    ...governanceAdditions(charter, name),
  };
}

export type AgreementContent = ReturnType<typeof buildContent>;
export type AgreementView = ReturnType<typeof buildView>;
