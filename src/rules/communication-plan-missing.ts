import { presentPointer } from './helpers.js';
import type { Rule } from './types.js';

export const communicationPlanMissing: Rule = {
  meta: {
    id: 'communication-plan-missing',
    severity: 'error',
    challenge: 'Communication barriers (CC "Communication Barriers")',
    description: 'No communication plan with channels.',
  },
  check({ charter }) {
    if ((charter.governance?.communication?.channels ?? []).length > 0) return [];
    return [
      {
        path: presentPointer(charter, 'governance', 'communication', 'channels'),
        message: "no communication plan: list under 'governance.communication.channels' where partners talk (e.g. monthly partner call, shared workspace)",
      },
    ];
  },
};
