import { pointer } from '../findings.js';
import { describePartner } from './helpers.js';
import type { Rule } from './types.js';

export const governanceExcludesPartner: Rule = {
  meta: {
    id: 'governance-excludes-partner',
    severity: 'warning',
    challenge: 'Trust and misaligned objectives (KS "Create a Governance Structure"; SS "Build Mutual Trust")',
    description: 'A partner has no voting seat on the governing body.',
  },
  check({ charter }) {
    const body = charter.governance?.body;
    if (body === undefined) return [];
    const voting = new Set((body.members ?? []).filter((m) => m.observer !== true).map((m) => m.partner));
    return charter.partners.flatMap((partner, index) =>
      voting.has(partner.id)
        ? []
        : [{ path: pointer('partners', index), message: `${describePartner(partner)} has no voting seat on ${body.name ? `the ${body.name}` : 'the governing body'}: add it to 'governance.body.members'` }],
    );
  },
};
