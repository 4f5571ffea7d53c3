import type { Charter, DecisionMaking, Member } from './types.js';

/** A body that takes decisions: the governing body, or one of the committees. */
export interface DecidingBody {
  /** Pointer segments of the object that holds `decision_making` and `meetings`. */
  at: (string | number)[];
  decisions?: DecisionMaking;
  meetings?: { cadence?: string };
  members?: Member[];
  /** Pointer segments of `members`. */
  membersAt: (string | number)[];
  /** For messages about a committee: "committee 'dac' (Data Access Committee)"; undefined for the governing body. */
  committee?: string;
}

/** The governing body first, then each committee, in source order. */
export function decidingBodies(charter: Charter): DecidingBody[] {
  const governance = charter.governance;
  if (governance === undefined) return [];
  return [
    { at: ['governance'], decisions: governance.decision_making, meetings: governance.meetings, members: governance.body?.members, membersAt: ['governance', 'body', 'members'] },
    ...(governance.committees ?? []).map((committee, index) => ({
      at: ['governance', 'committees', index],
      decisions: committee.decision_making,
      meetings: committee.meetings,
      members: committee.members,
      membersAt: ['governance', 'committees', index, 'members'],
      committee: `committee '${committee.id}' (${committee.name})`,
    })),
  ];
}

/** Voting seats per partner (observers do not vote), with each partner's first member entry. */
export function votingSeats(members: readonly Member[] | undefined): { total: number; byPartner: Map<string, { seats: number; first: number }> } {
  const byPartner = new Map<string, { seats: number; first: number }>();
  let total = 0;
  (members ?? []).forEach((member, index) => {
    if (member.observer === true) return;
    const count = member.seats ?? 1;
    total += count;
    const entry = byPartner.get(member.partner) ?? { seats: 0, first: index };
    entry.seats += count;
    byPartner.set(member.partner, entry);
  });
  return { total, byPartner };
}
