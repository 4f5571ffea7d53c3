import { decidingBodies } from './bodies.js';
import { decisionsBy } from './helpers.js';
import { pointer } from '../findings.js';
import type { Rule } from './types.js';

export const deadlockRuleMissing: Rule = {
  meta: {
    id: 'deadlock-rule-missing',
    severity: 'warning',
    challenge: 'No rule for resolving conflicts (KS: "frameworks for decision-making … and conflict resolution")',
    description: 'Consensus or unanimity without a tie-break.',
  },
  check({ charter }) {
    return decidingBodies(charter).flatMap(({ decisions, at, committee }) =>
      (decisions?.rule === 'consensus' || decisions?.rule === 'unanimous') && decisions.tie_break === undefined
        ? [{ path: pointer(...at, 'decision_making'), message: `${decisionsBy(decisions.rule)}${committee ? ` in ${committee}` : ''} can deadlock, and no 'tie_break' says what happens then (e.g. "escalate to the partners' executives, then majority vote")` }]
        : [],
    );
  },
};
