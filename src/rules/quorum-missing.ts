import { decidingBodies } from './bodies.js';
import { decisionsBy } from './helpers.js';
import { pointer } from '../findings.js';
import type { Rule } from './types.js';

export const quorumMissing: Rule = {
  meta: {
    id: 'quorum-missing',
    severity: 'warning',
    challenge: 'No rule for decisions (KS "Create a Governance Structure")',
    description: 'A decision rule is set but no quorum.',
  },
  check({ charter }) {
    return decidingBodies(charter).flatMap(({ decisions, at, committee }) =>
      decisions?.rule !== undefined && decisions.quorum === undefined
        ? [{ path: pointer(...at, 'decision_making'), message: `${decisionsBy(decisions.rule)}${committee ? ` in ${committee}` : ''} have no quorum: set 'quorum' to the share of voting seats that must be present (e.g. 0.5)` }]
        : [],
    );
  },
};
