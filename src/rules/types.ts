import type { Charter, Goal, Metric, Partner } from '../generated/charter-types.js';
import type { Severity } from '../findings.js';

export type { Charter, Goal, Metric, Partner };

/** The challenge from the seed document a rule guards against. */
export interface RuleMeta {
  id: string;
  severity: Severity;
  /** The challenge, with the seed section it comes from. */
  challenge: string;
  description: string;
}

/** What a rule reports: where, and what to do about it. Severity and position come later. */
export interface RuleReport {
  path: string;
  message: string;
}

export interface Indexed<T> {
  item: T;
  index: number;
}

/** A schema-valid charter, indexed once so that no rule has to search lists. */
export interface RuleContext {
  charter: Charter;
  partners: Map<string, Indexed<Partner>>;
  goals: Map<string, Indexed<Goal>>;
  metrics: Map<string, Indexed<Metric>>;
  /** Today as YYYY-MM-DD (or --today). */
  today: string;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): RuleReport[];
}
