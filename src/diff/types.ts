import type { Finding } from '../findings.js';

/** How much an amendment changes: `major` who is bound or how decisions are taken, `minor` the work, `editorial` the words. */
export type ChangeClass = 'major' | 'minor' | 'editorial';
export type AmendmentClass = ChangeClass | 'none';
export type ChangeKind = 'added' | 'removed' | 'changed';

export const CLASS_RANK: Record<AmendmentClass, number> = { none: 0, editorial: 1, minor: 2, major: 3 };

/** One difference between the two charters, at a path that names list items by id or key. */
export interface Change {
  class: ChangeClass;
  kind: ChangeKind;
  /** JSON Pointer syntax, with list items named by their id or key (a position only for ordered lists). */
  path: string;
  /** The value in the old charter; null when added. */
  before: unknown;
  /** The value in the new charter; null when removed. */
  after: unknown;
  /** One plain sentence. */
  message: string;
  /** The agreement section the change belongs to (its heading in `charter render`). */
  section: string;
  /**
   * The clause it amends, as `charter render` numbers the agreement in force (`9.3`), or the
   * amended agreement for a clause only the amendment creates; null for the cover.
   */
  clause: string | null;
}

/** One side of the comparison. */
export interface DiffSide {
  /** The file, or `<rev>:<path>`. */
  file: string;
  title: string;
  version: string | null;
}

export interface Approver {
  partner: string;
  name: string;
  seats: number;
}

/** What the charter in force (the old one) says about adopting this amendment. */
export interface Approval {
  /** `governance.amendments.approval` of the old charter; null when it has none. */
  rule: string | null;
  /** `governance.amendments.process` of the old charter. */
  process: string | null;
  /** The rule actually applied: the old rule, or `unanimous` when the old charter has none. */
  appliedRule: string;
  /** For supermajority: the fraction of voting seats needed. */
  threshold: number | null;
  /** The governing body whose members vote, when the charter names one. */
  body: string | null;
  votingSeats: number;
  /** Voting seats whose approval adopts the amendment. */
  requiredSeats: number;
  /** The partners whose approval counts, with their seats. */
  approvers: Approver[];
  /** One sentence saying what approval is needed. */
  summary: string;
  /** True when the amendment also changes `governance.amendments`. */
  amendmentRuleChanged: boolean;
  warning: string | null;
}

export interface LintDelta {
  /** Findings of the new charter that the old one did not have (positions in the new file). */
  introduced: Finding[];
  /** Findings of the old charter that the new one no longer has (positions in the old file). */
  resolved: Finding[];
}

/** The whole comparison: what the JSON format prints. */
export interface DiffReport {
  from: DiffSide;
  to: DiffSide;
  class: AmendmentClass;
  suggestedVersion: string;
  /** True when the new charter's `version` is already the suggested one. */
  versionCarried: boolean;
  approval: Approval;
  changes: Change[];
  lint: LintDelta;
}
