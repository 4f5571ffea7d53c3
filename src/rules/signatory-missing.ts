import { pointer } from '../findings.js';
import { describePartner } from './helpers.js';
import type { Rule } from './types.js';

export const signatoryMissing: Rule = {
  meta: {
    id: 'signatory-missing',
    severity: 'warning',
    challenge: 'Unclear agreements (SS "Establish Clear Agreements": formal agreements)',
    description: 'A partner has no signatory.',
  },
  agreementOnly: true,
  check({ charter }) {
    return charter.partners.flatMap((partner, index) =>
      partner.signatory === undefined
        ? [{ path: pointer('partners', index), message: `${describePartner(partner)} has no signatory: name who signs for it (name and title)` }]
        : [],
    );
  },
};
