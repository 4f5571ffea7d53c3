import type { AgreementContent } from './view.js';

/**
 * Clause numbering, computed once per charter and shared by every output format (Markdown,
 * HTML, DOCX, PDF) and by anything that cites a clause: sections are numbered 1, 2, … in the
 * order the agreement prints them, their parts 7.1, 7.2, …; a section the charter lacks is
 * left out and the numbers close up. The cover, the preamble and the signature page are not
 * numbered. Same charter, same numbers.
 */

/** A numbered clause: a section (`7`) or a part of one (`7.1`). */
export interface Clause {
  /** `governance`, or `governance/decisions`, `goals/<goal id>`, `parties/<partner id>`. */
  key: string;
  number: string;
  title: string;
}

export interface ClauseSection extends Clause {
  parts: Clause[];
}

export interface ClauseNumbering {
  /** The numbered sections in print order, each with its numbered parts. */
  sections: ClauseSection[];
  /** Clause number by key: `numbers['governance/decisions'] === '7.2'`. */
  numbers: Record<string, string>;
}

interface PartSpec {
  key: string;
  title: string;
}

interface SectionSpec {
  key: string;
  title: string;
  present: (view: AgreementContent) => boolean;
  parts?: (view: AgreementContent) => PartSpec[];
}

/**
 * Every section an agreement can have, in print order. A new section is one entry here (and
 * its partial): the templates' `{{clause "<key>"}}` and the other formats follow.
 */
const SECTIONS: SectionSpec[] = [
  { key: 'definitions', title: 'Definitions', present: () => true },
  { key: 'parties', title: 'Parties', present: () => true, parts: (v) => v.parties.map((p) => ({ key: p.id, title: p.heading })) },
  { key: 'vision', title: 'Vision', present: () => true },
  { key: 'challenge', title: 'The challenge', present: (v) => v.challenge !== undefined },
  { key: 'sectors', title: 'Working across sectors', present: (v) => v.sectors !== undefined, parts: (v) => (v.sectors ?? []).map((s) => ({ key: s.key, title: s.sector })) },
  { key: 'goals', title: 'Shared goals', present: () => true, parts: (v) => v.goals.map((g) => ({ key: g.id, title: g.heading })) },
  { key: 'roles', title: 'Roles and responsibilities', present: (v) => v.roles !== undefined },
  { key: 'raci', title: 'Responsibility matrix', present: (v) => v.raci !== undefined },
  {
    key: 'governance',
    title: 'Governance',
    present: (v) => v.governance !== undefined,
    parts: (v) => {
      const g = v.governance;
      const parts: PartSpec[] = [];
      if (g?.body) parts.push({ key: 'body', title: g.body.name });
      if (g?.backbone) parts.push({ key: 'backbone', title: 'Secretariat' });
      if (v.secretariat && !g?.backbone) parts.push({ key: 'secretariat', title: 'Secretariat' });
      if (g?.decisions) parts.push({ key: 'decisions', title: 'Decision-making' });
      if (g?.meetings) parts.push({ key: 'meetings', title: 'Meetings' });
      return parts;
    },
  },
  { key: 'committees', title: 'Committees', present: (v) => v.committees !== undefined, parts: (v) => (v.committees ?? []).map((c) => ({ key: c.id, title: c.heading })) },
  { key: 'conflict-of-interest', title: 'Conflicts of interest', present: (v) => v.conflictOfInterest !== undefined },
  { key: 'communication', title: 'Communication plan', present: (v) => v.communication !== undefined },
  { key: 'escalation', title: 'Conflict resolution', present: (v) => v.escalation !== undefined, parts: (v) => (v.escalation ?? []).map((s) => ({ key: String(s.step), title: s.level })) },
  { key: 'admission', title: 'Admission of new partners', present: (v) => v.admission !== undefined },
  { key: 'exit', title: 'Exit', present: (v) => v.exit !== undefined },
  { key: 'dissolution', title: 'Dissolution', present: (v) => v.dissolution !== undefined },
  { key: 'ip', title: 'Intellectual property', present: (v) => v.ip !== undefined },
  { key: 'data-sharing', title: 'Data sharing', present: (v) => v.dataSharing !== undefined },
  { key: 'confidentiality', title: 'Confidentiality', present: (v) => v.confidentiality !== undefined },
  { key: 'metrics', title: 'Measuring impact', present: (v) => v.metrics !== undefined },
  { key: 'commitments', title: 'Commitments', present: (v) => v.commitments !== undefined },
  { key: 'risks', title: 'Risks', present: (v) => v.risks !== undefined },
  { key: 'term', title: 'Term', present: (v) => v.term !== undefined },
  { key: 'legal-nature', title: 'Legal nature', present: () => true },
  { key: 'amendments', title: 'Amendments', present: () => true },
  {
    key: 'general',
    title: 'General provisions',
    present: () => true,
    parts: () => [
      { key: 'notices', title: 'Notices' },
      { key: 'entire-understanding', title: 'Entire understanding' },
      { key: 'counterparts', title: 'Counterparts and electronic signature' },
    ],
  },
  { key: 'extensions', title: 'Further provisions', present: (v) => v.extensions !== undefined },
];

/** The keys of every section there can be: a template that cites another key has a typo. */
export const SECTION_KEYS: readonly string[] = SECTIONS.map((s) => s.key);

/** Numbers the sections and parts present in `view`. */
export function numberClauses(view: AgreementContent): ClauseNumbering {
  const sections: ClauseSection[] = [];
  const numbers: Record<string, string> = {};
  for (const spec of SECTIONS) {
    if (!spec.present(view)) continue;
    const number = String(sections.length + 1);
    const parts = (spec.parts?.(view) ?? []).map((part, index) => ({ key: `${spec.key}/${part.key}`, number: `${number}.${index + 1}`, title: part.title }));
    sections.push({ key: spec.key, number, title: spec.title, parts });
    numbers[spec.key] = number;
    // A repeated id (a lint error the render tolerates) keeps the number of its first use.
    for (const part of parts) numbers[part.key] ??= part.number;
  }
  return { sections, numbers };
}

/**
 * The number of a clause: `clauseNumber(n, 'governance')` → `'7'`, `clauseNumber(n, 'goals', 'energy')`
 * → `'4.2'`; undefined when this charter has no such clause.
 */
export function clauseNumber(numbering: ClauseNumbering, section: string, part?: string | number): string | undefined {
  const key = part === undefined ? section : `${section}/${part}`;
  return Object.hasOwn(numbering.numbers, key) ? numbering.numbers[key] : undefined;
}
