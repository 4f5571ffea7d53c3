import { joinWords, presentPointer } from './helpers.js';
import type { Rule } from './types.js';

export const reportingMissing: Rule = {
  meta: {
    id: 'reporting-missing',
    severity: 'warning',
    challenge: 'Communication barriers and accountability (CC "Communication Barriers"; SS "Establish Clear Agreements")',
    description: 'Reporting has no cadence or no audience.',
  },
  check({ charter }) {
    const communication = charter.governance?.communication;
    if (communication === undefined) return [];
    const reporting = communication.reporting;
    const missing = [
      ...(reporting?.cadence === undefined ? ['cadence'] : []),
      ...((reporting?.audience ?? []).length === 0 ? ['audience'] : []),
    ];
    if (missing.length === 0) return [];
    return [{ path: presentPointer(charter, 'governance', 'communication', 'reporting'), message: `progress reporting has no ${joinWords(missing, 'or')}: say in 'reporting' how often progress is reported and to whom` }];
  },
};
