import { describePartner, isBlank, presentPointer } from './helpers.js';
import type { Rule } from './types.js';

export const partnerWithoutContribution: Rule = {
  meta: {
    id: 'partner-without-contribution',
    severity: 'error',
    challenge: 'Unclear roles (KS "Define Roles and Responsibilities": "the contributions and expectations of each partner")',
    description: 'A partner has no contributions.',
  },
  check({ charter }) {
    return charter.partners.flatMap((partner, index) =>
      isBlank(partner.contributions)
        ? [{ path: presentPointer(charter, 'partners', index, 'contributions'), message: `${describePartner(partner)} contributes nothing: say what it brings (funding, expertise, data, …) under 'contributions'` }]
        : [],
    );
  },
};
