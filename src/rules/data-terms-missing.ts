import { firstContributionOf } from './contributions.js';
import { joinWords } from './helpers.js';
import type { Rule } from './types.js';

export const dataTermsMissing: Rule = {
  meta: {
    id: 'data-terms-missing',
    severity: 'error',
    challenge: 'Unclear agreements (SS "Establish Clear Agreements"; UK ICO data sharing code)',
    description: 'Data is contributed without data sharing terms.',
  },
  check({ charter }) {
    const contribution = firstContributionOf(charter, ['data']);
    if (contribution === undefined) return [];
    const terms = charter.governance?.data_sharing;
    if (terms === undefined) {
      const contributors = charter.partners.filter((p) => (p.contributions ?? []).some((c) => c.type === 'data')).length;
      const who = contributors === 1 ? `partner '${contribution.partner}' contributes` : `${contributors} partners contribute`;
      const first = contributors === 1 ? '' : ` (the first is '${contribution.partner}')`;
      return [
        {
          path: contribution.path,
          message: `${who} data${first} but there are no data sharing terms: add 'governance.data_sharing' (purpose, items, legal basis, retention, security), or name the separate data sharing agreement under 'data_sharing.agreement'`,
        },
      ];
    }
    // A separate data sharing agreement carries the terms.
    if (terms.personal_data !== true || terms.agreement !== undefined) return [];
    const missing = (['legal_basis', 'retention', 'security'] as const).filter((key) => terms[key] === undefined);
    return missing.length > 0
      ? [{ path: '/governance/data_sharing', message: `personal data is shared without ${joinWords(missing.map((key) => `'${key}'`), 'or')}: say under 'data_sharing' on what legal basis, for how long and how it is protected, or name the data sharing agreement that does under 'agreement'` }]
      : [];
  },
};
