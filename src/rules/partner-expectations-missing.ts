import { pointer } from '../findings.js';
import { describePartner, isBlank } from './helpers.js';
import type { Rule } from './types.js';

export const partnerExpectationsMissing: Rule = {
  meta: {
    id: 'partner-expectations-missing',
    severity: 'warning',
    challenge: 'Misaligned objectives (CC: "Differing goals and expectations among partners")',
    description: 'A partner contributes but states no expectations in return.',
  },
  agreementOnly: true,
  check({ charter }) {
    return charter.partners.flatMap((partner, index) =>
      !isBlank(partner.contributions) && isBlank(partner.expectations)
        ? [{ path: pointer('partners', index), message: `${describePartner(partner)} contributes but expects nothing in return: list its 'expectations' so the benefit is mutual` }]
        : [],
    );
  },
};
