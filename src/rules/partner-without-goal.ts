import { pointer } from '../findings.js';
import { describePartner } from './helpers.js';
import type { Rule } from './types.js';

export const partnerWithoutGoal: Rule = {
  meta: {
    id: 'partner-without-goal',
    severity: 'warning',
    challenge: 'Misaligned objectives (KS "Identify Common Goals"; CC "Misaligned Objectives")',
    description: "A partner shares no goal and owns none.",
  },
  check({ charter }) {
    const engaged = new Set<string>();
    for (const goal of charter.goals) {
      goal.partners?.forEach((id) => engaged.add(id));
      if (goal.owner) engaged.add(goal.owner);
    }
    return charter.partners.flatMap((partner, index) =>
      engaged.has(partner.id)
        ? []
        : [{ path: pointer('partners', index), message: `${describePartner(partner)} shares no goal and owns none: add it to the 'partners' of the goals it pursues` }],
    );
  },
};
