import type { Rule } from './types.js';

export const breachNoticeMissing: Rule = {
  meta: {
    id: 'breach-notice-missing',
    severity: 'warning',
    challenge: 'Unclear agreements (SS "Establish Clear Agreements"; UK ICO data sharing code: breach notification)',
    description: 'Personal data is shared with no breach-notification period.',
  },
  check({ charter }) {
    const terms = charter.governance?.data_sharing;
    if (terms?.personal_data !== true || terms.breach_notice_hours !== undefined || terms.agreement !== undefined) return [];
    return [
      {
        path: '/governance/data_sharing',
        message: "personal data is shared but no one has to report a data breach within a set time: set 'breach_notice_hours' (e.g. 24), or name the data sharing agreement that does under 'agreement'",
      },
    ];
  },
};
