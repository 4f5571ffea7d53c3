import { votingSeats } from './bodies.js';
import { describePartner } from './helpers.js';
import type { Rule } from './types.js';

/** Share of votes a supermajority needs when the charter gives no threshold. */
const DEFAULT_SUPERMAJORITY = 2 / 3;

export const unilateralDissolution: Rule = {
  meta: {
    id: 'unilateral-dissolution',
    severity: 'warning',
    challenge: 'Trust and resource imbalance (SS "Build Mutual Trust"; SS "Establish Clear Agreements")',
    description: 'One partner alone can dissolve the partnership.',
  },
  check({ charter, partners }) {
    const governance = charter.governance;
    const dissolution = governance?.dissolution;
    if (dissolution === undefined) return [];
    const path = '/governance/dissolution';
    const decider = dissolution.decided_by === undefined ? undefined : partners.get(dissolution.decided_by);
    if (decider !== undefined) {
      return [{ path, message: `${describePartner(decider.item)} may end the partnership on its own: let the partners decide dissolution together (e.g. 'approval: supermajority')` }];
    }
    const approval = dissolution.approval;
    if (approval === 'lead-partner') {
      return [{ path, message: "dissolution is decided by the lead partner alone: let the partners decide it together (e.g. 'approval: supermajority')" }];
    }
    if (approval !== 'majority' && approval !== 'supermajority') return [];
    const { total, byPartner } = votingSeats(governance?.body?.members);
    const needed = approval === 'majority' ? 0.5 : (governance?.decision_making?.threshold ?? DEFAULT_SUPERMAJORITY);
    for (const [id, { seats }] of byPartner) {
      // A majority needs more than half; a supermajority at least its threshold.
      const passes = approval === 'majority' ? seats / total > needed : seats / total >= needed;
      const partner = partners.get(id);
      if (passes && partner !== undefined) {
        return [{ path, message: `${describePartner(partner.item)} holds ${seats} of ${total} voting seats, enough to pass a ${approval} vote to dissolve the partnership alone: require unanimity, or rebalance the seats` }];
      }
    }
    return [];
  },
};
