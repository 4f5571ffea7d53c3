import { describePartner, joinWords } from './helpers.js';
import type { Rule } from './types.js';

export const roleConcentration: Rule = {
  meta: {
    id: 'role-concentration',
    severity: 'warning',
    challenge: 'Trust and resource imbalance (SS "Build Mutual Trust"; KS "Create a Governance Structure")',
    description: 'The partner that chairs the governing body also runs or hosts its secretariat.',
  },
  check({ charter, partners }) {
    const governance = charter.governance;
    const chair = governance?.body?.chair === undefined ? undefined : partners.get(governance.body.chair);
    if (chair === undefined) return [];
    const roles = [
      ...(governance?.backbone === chair.item.id ? ['is the backbone organisation'] : []),
      ...(governance?.secretariat?.hosted_by === chair.item.id ? ['hosts the secretariat'] : []),
    ];
    if (roles.length === 0) return [];
    return [
      {
        path: '/governance/body/chair',
        message: `${describePartner(chair.item)} chairs ${governance?.body?.name ? `the ${governance.body.name}` : 'the governing body'} and ${joinWords(roles)}: the partner that runs the partnership also leads its decisions; give the chair to another partner, or rotate it`,
      },
    ];
  },
};
