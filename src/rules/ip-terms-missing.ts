import { firstContributionOf } from './contributions.js';
import type { Rule } from './types.js';

export const ipTermsMissing: Rule = {
  meta: {
    id: 'ip-terms-missing',
    severity: 'error',
    challenge: 'Unclear agreements (SS "Establish Clear Agreements"; Lambert toolkit for research collaborations)',
    description: 'IP or technology is contributed without IP terms.',
  },
  check({ charter }) {
    const contribution = firstContributionOf(charter, ['ip', 'technology']);
    if (contribution === undefined || charter.governance?.ip !== undefined) return [];
    return [
      {
        path: contribution.path,
        message: `partner '${contribution.partner}' contributes ${contribution.type === 'ip' ? 'IP' : 'technology'} but there are no IP terms: add 'governance.ip' (background, foreground, licensing, publication)`,
      },
    ];
  },
};
