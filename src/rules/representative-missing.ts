import { pointer } from '../findings.js';
import { describePartner } from './helpers.js';
import type { Rule } from './types.js';

export const representativeMissing: Rule = {
  meta: {
    id: 'representative-missing',
    severity: 'warning',
    challenge: 'Communication barriers and unclear roles (KS "Define Roles and Responsibilities")',
    description: 'A partner has no representative.',
  },
  check({ charter }) {
    return charter.partners.flatMap((partner, index) =>
      partner.representative === undefined
        ? [{ path: pointer('partners', index), message: `${describePartner(partner)} has no representative: name the person who speaks for it (name, role, email)` }]
        : [],
    );
  },
};
