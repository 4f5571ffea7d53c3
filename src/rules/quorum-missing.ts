import type { Rule } from './types.js';

export const quorumMissing: Rule = {
  meta: {
    id: 'quorum-missing',
    severity: 'warning',
    challenge: 'No rule for decisions (KS "Create a Governance Structure")',
    description: 'A decision rule is set but no quorum.',
  },
  check({ charter }) {
    const decisions = charter.governance?.decision_making;
    return decisions?.rule !== undefined && decisions.quorum === undefined
      ? [{ path: '/governance/decision_making', message: `the ${decisions.rule} rule has no quorum: set 'quorum' to the share of voting seats that must be present (e.g. 0.5)` }]
      : [];
  },
};
