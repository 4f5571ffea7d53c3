import type { Charter, DecisionRule, Goal, Governance, Metric, Partner } from '../generated/charter-types.js';
import type { Severity } from '../findings.js';

export type { Charter, DecisionRule, Goal, Governance, Metric, Partner };
export type Committee = NonNullable<Governance['committees']>[number];
export type Member = NonNullable<NonNullable<Governance['body']>['members']>[number];
export type DecisionMaking = NonNullable<Governance['decision_making']>;

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
  committees: Map<string, Indexed<Committee>>;
  /** Today as YYYY-MM-DD (or --today). */
  today: string;
}

export interface Rule {
  meta: RuleMeta;
  /**
   * Off by default when the charter is `form: terms-of-reference`: the rules of a standing
   * body are adopted once, not signed and profiled partner by partner. A config can turn it on.
   */
  agreementOnly?: true;
  check(context: RuleContext): RuleReport[];
}
