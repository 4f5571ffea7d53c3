import { buildView } from '../render/view.js';
import { clauseNumber, type ClauseNumbering } from '../render/numbering.js';
import type { Charter } from '../rules/types.js';

interface Section {
  title: string;
  /** The section's key in the agreement's clause numbering (src/render/numbering.ts); none for the cover. */
  clause?: string;
  /** Path prefixes (first one or two segments) that belong here. */
  paths: string[];
  /** The numbered part of the section a path falls in, where the agreement numbers parts. */
  part?: (segments: readonly string[]) => string | undefined;
}

const GOVERNANCE_PARTS: Record<string, string> = { body: 'body', backbone: 'backbone', secretariat: 'secretariat', decision_making: 'decisions', meetings: 'meetings' };

/**
 * The agreement's sections, in the order `charter render` prints them: a change is grouped
 * under the section where its clause stands. Unknown governance fields go to Governance,
 * unknown top-level fields to Further provisions.
 */
const SECTIONS: Section[] = [
  { title: 'Cover', paths: ['charter', 'id', 'title', 'status', 'form', 'version', 'use_case', 'summary'] },
  { title: 'Parties', clause: 'parties', paths: ['partners'], part: (s) => s[1] },
  { title: 'Vision', clause: 'vision', paths: ['vision'] },
  { title: 'The challenge', clause: 'challenge', paths: ['challenge'] },
  { title: 'Working across sectors', clause: 'sectors', paths: ['sectors'], part: (s) => s[1] },
  { title: 'Shared goals', clause: 'goals', paths: ['goals'], part: (s) => s[1] },
  { title: 'Roles and responsibilities', clause: 'roles', paths: ['roles'] },
  { title: 'Responsibility matrix', clause: 'raci', paths: ['raci'] },
  { title: 'Governance', clause: 'governance', paths: ['governance'], part: (s) => GOVERNANCE_PARTS[s[1]] },
  { title: 'Committees', clause: 'committees', paths: ['governance/committees'] },
  { title: 'Conflicts of interest', clause: 'conflict-of-interest', paths: ['governance/conflict_of_interest'] },
  { title: 'Communication plan', clause: 'communication', paths: ['governance/communication'] },
  { title: 'Conflict resolution', clause: 'escalation', paths: ['governance/conflict_resolution'], part: (s) => (s[3] === undefined ? undefined : String(Number(s[3]) + 1)) },
  { title: 'Admission of new partners', clause: 'admission', paths: ['governance/admission'] },
  { title: 'Exit', clause: 'exit', paths: ['governance/exit'] },
  { title: 'Dissolution', clause: 'dissolution', paths: ['governance/dissolution'] },
  { title: 'Intellectual property', clause: 'ip', paths: ['governance/ip'] },
  { title: 'Data sharing', clause: 'data-sharing', paths: ['governance/data_sharing'] },
  { title: 'Confidentiality', clause: 'confidentiality', paths: ['governance/confidentiality'] },
  { title: 'Measuring impact', clause: 'metrics', paths: ['metrics'] },
  { title: 'Commitments', clause: 'commitments', paths: ['commitments'] },
  { title: 'Risks', clause: 'risks', paths: ['risks'] },
  { title: 'Term', clause: 'term', paths: ['term'] },
  { title: 'Legal nature', clause: 'legal-nature', paths: ['agreement'] },
  { title: 'Amendments', clause: 'amendments', paths: ['governance/amendments'] },
  { title: 'Further provisions', clause: 'extensions', paths: [] },
];

const byPath = new Map(SECTIONS.flatMap((section) => section.paths.map((path) => [path, section] as const)));
const FURTHER = SECTIONS[SECTIONS.length - 1];

function sectionFor(segments: readonly string[]): Section {
  return byPath.get(segments.slice(0, 2).join('/')) ?? byPath.get(segments[0] ?? '') ?? FURTHER;
}

/** Section titles in agreement order. */
export const SECTION_ORDER = SECTIONS.map((s) => s.title);

/** The section of a change at these path segments. */
export function sectionOf(segments: readonly string[]): string {
  return sectionFor(segments).title;
}

/** Clause numbers of the agreement rendered from a charter. */
export function clausesOf(charter: Charter): ClauseNumbering {
  return buildView(charter).clauses;
}

/**
 * The clause a change at these path segments amends: its number in the agreement in force,
 * or, for a clause only the amendment creates, in the amended agreement; null for the cover.
 */
export function clauseOf(segments: readonly string[], inForce: ClauseNumbering, amended: ClauseNumbering): string | null {
  const section = sectionFor(segments);
  if (section.clause === undefined) return null;
  const part = section.part?.(segments);
  const number = (numbering: ClauseNumbering, p?: string) => clauseNumber(numbering, section.clause as string, p);
  return (part !== undefined ? (number(inForce, part) ?? number(amended, part)) : undefined) ?? number(inForce) ?? number(amended) ?? null;
}
