import type { Rule } from './types.js';

export const decisionRuleMissing: Rule = {
  meta: {
    id: 'decision-rule-missing',
    severity: 'error',
    challenge: 'No rule for decisions (KS "Create a Governance Structure": "frameworks for decision-making")',
    description: 'Governance has no decision rule.',
  },
  check({ charter }) {
    const governance = charter.governance;
    return governance && governance.decision_making?.rule === undefined
      ? [{ path: '/governance', message: "governance has no decision rule: set 'decision_making.rule' to consensus, unanimous, majority, supermajority or lead-partner" }]
      : [];
  },
};
