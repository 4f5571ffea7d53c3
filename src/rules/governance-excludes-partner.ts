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
    const governance = charter.governance;
    const body = governance?.body;
    if (body === undefined) return [];
    const members = body.members ?? [];
    const voting = new Set(members.filter((m) => m.observer !== true).map((m) => m.partner));
    const observing = new Set(members.filter((m) => m.observer === true).map((m) => m.partner));
    const bodyName = body.name ? `the ${body.name}` : 'the governing body';
    return charter.partners.flatMap((partner, index) => {
      if (voting.has(partner.id)) return [];
      if (!observing.has(partner.id)) {
        return [{ path: pointer('partners', index), message: `${describePartner(partner)} has no voting seat on ${bodyName}: add it to 'governance.body.members'` }];
      }
      // A backbone that serves the body without voting is a choice written down, not an exclusion.
      if (partner.id === governance?.backbone) return [];
      return [{ path: pointer('partners', index), message: `${describePartner(partner)} sits on ${bodyName} only as an observer, without a vote: drop 'observer: true' from its seat if it should vote` }];
    });
  },
};
