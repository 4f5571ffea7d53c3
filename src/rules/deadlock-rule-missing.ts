import type { Rule } from './types.js';

export const deadlockRuleMissing: Rule = {
  meta: {
    id: 'deadlock-rule-missing',
    severity: 'warning',
    challenge: 'No rule for resolving conflicts (KS: "frameworks for decision-making … and conflict resolution")',
    description: 'Consensus or unanimity without a tie-break.',
  },
  check({ charter }) {
    const decisions = charter.governance?.decision_making;
    return (decisions?.rule === 'consensus' || decisions?.rule === 'unanimous') && decisions.tie_break === undefined
      ? [{ path: '/governance/decision_making', message: `decisions by ${decisions.rule} can deadlock and no 'tie_break' says what happens then (e.g. "escalate to the partners' executives, then majority vote")` }]
      : [];
  },
};
