import { pointer } from '../findings.js';
import type { Rule } from './types.js';

export const powerConcentration: Rule = {
  meta: {
    id: 'power-concentration',
    severity: 'warning',
    challenge: 'Trust (SS "Build Mutual Trust"; resource imbalance between partners)',
    description: "One partner holds more than half of the governing body's seats.",
  },
  check({ charter }) {
    const members = charter.governance?.body?.members ?? [];
    const seats = new Map<string, { seats: number; first: number }>();
    let total = 0;
    members.forEach((member, index) => {
      if (member.observer === true) return;
      const count = member.seats ?? 1;
      total += count;
      const entry = seats.get(member.partner) ?? { seats: 0, first: index };
      entry.seats += count;
      seats.set(member.partner, entry);
    });
    return [...seats].flatMap(([partner, { seats: held, first }]) =>
      held * 2 > total
        ? [{ path: pointer('governance', 'body', 'members', first), message: `partner '${partner}' holds ${held} of ${total} voting seats: no partner should hold more than half, or the others cannot outvote it` }]
        : [],
    );
  },
};
