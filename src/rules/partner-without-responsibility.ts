import { pointer } from '../findings.js';
import { describePartner, idList } from './helpers.js';
import type { Rule } from './types.js';

export const partnerWithoutResponsibility: Rule = {
  meta: {
    id: 'partner-without-responsibility',
    severity: 'error',
    challenge: 'Unclear roles (KS "Define Roles and Responsibilities")',
    description: 'A partner has no role with responsibilities and is neither responsible nor accountable in the RACI.',
  },
  check({ charter }) {
    const responsible = new Set<string>();
    for (const role of charter.roles ?? []) if (role.responsibilities.length > 0) responsible.add(role.partner);
    for (const row of charter.raci ?? []) {
      row.responsible?.forEach((id) => responsible.add(id));
      idList(row.accountable).forEach((id) => responsible.add(id));
    }
    return charter.partners.flatMap((partner, index) =>
      responsible.has(partner.id)
        ? []
        : [{ path: pointer('partners', index), message: `${describePartner(partner)} is responsible for nothing: give it a 'roles' entry with responsibilities, or make it responsible or accountable in a 'raci' row` }],
    );
  },
};
