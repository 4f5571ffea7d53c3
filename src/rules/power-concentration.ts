import { pointer } from '../findings.js';
import { decidingBodies, votingSeats } from './bodies.js';
import type { Rule } from './types.js';

export const powerConcentration: Rule = {
  meta: {
    id: 'power-concentration',
    severity: 'warning',
    challenge: 'Trust (SS "Build Mutual Trust"; resource imbalance between partners)',
    description: "One partner holds more than half of the voting seats of the governing body or a committee.",
  },
  check({ charter }) {
    return decidingBodies(charter).flatMap(({ members, membersAt, committee }) => {
      const { total, byPartner } = votingSeats(members);
      return [...byPartner].flatMap(([partner, { seats, first }]) =>
        seats * 2 > total
          ? [{ path: pointer(...membersAt, first), message: `partner '${partner}' holds ${seats} of ${total} voting seats${committee ? ` in ${committee}` : ''}: no partner should hold more than half, or the others cannot outvote it` }]
          : [],
      );
    });
  },
};
