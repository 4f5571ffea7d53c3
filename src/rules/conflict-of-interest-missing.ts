import { presentPointer } from './helpers.js';
import type { Rule } from './types.js';

export const conflictOfInterestMissing: Rule = {
  meta: {
    id: 'conflict-of-interest-missing',
    severity: 'warning',
    challenge: 'Trust (SS "Build Mutual Trust"; Partnering Agreement Scorecard: conflicts of interest)',
    description: 'Governance has no conflict-of-interest policy.',
  },
  check({ charter }) {
    const governance = charter.governance;
    if (governance === undefined || governance.conflict_of_interest?.policy !== undefined) return [];
    return [
      {
        path: presentPointer(charter, 'governance', 'conflict_of_interest'),
        message: "no conflict-of-interest policy: set 'conflict_of_interest.policy' (and how members declare interests and step aside) so that funders and suppliers do not vote on their own interests",
      },
    ];
  },
};
