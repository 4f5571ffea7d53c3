/**
 * The agreement's sections, in the order `charter render` prints them: a change is grouped
 * under the section where its clause stands. Keys are the path's first one or two segments.
 */
const SECTIONS: [string, string[]][] = [
  ['Cover', ['charter', 'id', 'title', 'status', 'version', 'use_case', 'summary']],
  ['Parties', ['partners']],
  ['Vision', ['vision']],
  ['The challenge', ['challenge']],
  ['Working across sectors', ['sectors']],
  ['Shared goals', ['goals']],
  ['Roles and responsibilities', ['roles']],
  ['Responsibility matrix', ['raci']],
  ['Governance', ['governance']],
  ['Communication plan', ['governance/communication']],
  ['Conflict resolution', ['governance/conflict_resolution']],
  ['Amendments', ['governance/amendments']],
  ['Admission of new partners', ['governance/admission']],
  ['Exit', ['governance/exit']],
  ['Intellectual property', ['governance/ip']],
  ['Data sharing', ['governance/data_sharing']],
  ['Confidentiality', ['governance/confidentiality']],
  ['Measuring impact', ['metrics']],
  ['Commitments', ['commitments']],
  ['Risks', ['risks']],
  ['Term', ['term']],
  ['Legal nature', ['agreement']],
  ['Further provisions', []],
];

const byKey = new Map(SECTIONS.flatMap(([title, keys]) => keys.map((key) => [key, title] as const)));

/** Section titles in agreement order. */
export const SECTION_ORDER = SECTIONS.map(([title]) => title);

/** The section of a change at these path segments; unknown top-level fields go to "Further provisions". */
export function sectionOf(segments: readonly string[]): string {
  return byKey.get(segments.slice(0, 2).join('/')) ?? byKey.get(segments[0] ?? '') ?? 'Further provisions';
}
