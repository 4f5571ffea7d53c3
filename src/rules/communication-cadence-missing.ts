import { presentPointer } from './helpers.js';
import type { Rule } from './types.js';

export const communicationCadenceMissing: Rule = {
  meta: {
    id: 'communication-cadence-missing',
    severity: 'warning',
    challenge: 'Communication barriers (CC "Communication Barriers"; SS "Build Mutual Trust": regular interactions)',
    description: 'The communication plan has no regular cadence.',
  },
  check({ charter }) {
    const communication = charter.governance?.communication;
    if (communication === undefined || (communication.cadence !== undefined && communication.cadence !== 'as-needed')) return [];
    return [
      {
        path: presentPointer(charter, 'governance', 'communication', 'cadence'),
        message: `the communication plan has ${communication.cadence === 'as-needed' ? "only an 'as-needed' cadence" : 'no cadence'}: set a regular 'cadence' (weekly, biweekly, monthly, …)`,
      },
    ];
  },
};
