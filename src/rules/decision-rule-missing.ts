import { decidingBodies } from './bodies.js';
import { presentPointer } from './helpers.js';
import type { Rule } from './types.js';

export const decisionRuleMissing: Rule = {
  meta: {
    id: 'decision-rule-missing',
    severity: 'error',
    challenge: 'No rule for decisions (KS "Create a Governance Structure": "frameworks for decision-making")',
    description: 'Governance, or a committee, has no decision rule.',
  },
  check({ charter }) {
    return decidingBodies(charter)
      .filter((body) => body.decisions?.rule === undefined)
      .map((body) => ({
        path: presentPointer(charter, ...body.at, 'decision_making'),
        message: `${body.committee ?? 'governance'} has no decision rule: set 'decision_making.rule' to consensus, unanimous, majority, supermajority or lead-partner`,
      }));
  },
};
