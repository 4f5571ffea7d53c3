import type { Charter } from '../rules/types.js';
import { sameValue } from './compare.js';
import type { Approval, Approver } from './types.js';

/** A supermajority with no threshold in the charter means two thirds, the usual reading. */
export const DEFAULT_SUPERMAJORITY = 2 / 3;

const RULE_WORDS: Record<string, string> = {
  unanimous: 'Unanimous approval',
  consensus: 'Approval by consensus',
  majority: 'Approval by a majority',
  supermajority: 'Approval by a supermajority',
  'lead-partner': 'Approval by the lead partner',
};

/**
 * The approval an amendment needs, read from the charter in force (the old one): its
 * amendment rule, the voting members of its governing body (every partner, one seat each,
 * when it names none) and how many of their seats must approve.
 */
export function requiredApproval(old: Charter, amended: Charter): Approval {
  const governance = old.governance;
  const rule = governance?.amendments?.approval ?? null;
  const appliedRule = rule ?? 'unanimous';
  const names = new Map(old.partners.map((p) => [p.id, p.name]));
  const voters = votingMembers(old, names);
  const votingSeats = voters.reduce((sum, v) => sum + v.seats, 0);
  const decision = governance?.decision_making;
  let approvers = voters;
  let requiredSeats = votingSeats;
  let threshold: number | null = null;
  if (appliedRule === 'majority') requiredSeats = Math.floor(votingSeats / 2) + 1;
  else if (appliedRule === 'supermajority') {
    threshold = decision?.threshold !== undefined && decision.threshold > 0.5 ? decision.threshold : DEFAULT_SUPERMAJORITY;
    requiredSeats = Math.ceil(votingSeats * threshold - 1e-9);
  } else if (appliedRule === 'lead-partner') {
    const lead = decision?.lead ?? governance?.backbone ?? governance?.body?.chair;
    const leader = voters.find((v) => v.partner === lead) ?? (lead !== undefined && names.has(lead) ? { partner: lead, name: names.get(lead) ?? lead, seats: 1 } : undefined);
    approvers = leader ? [leader] : voters;
    requiredSeats = leader ? leader.seats : votingSeats;
  }
  const amendmentRuleChanged = !sameValue(governance?.amendments, amended.governance?.amendments);
  const newRule = amended.governance?.amendments?.approval ?? null;
  return {
    rule,
    process: governance?.amendments?.process ?? null,
    appliedRule,
    threshold,
    body: governance?.body?.name ?? null,
    votingSeats,
    requiredSeats,
    approvers,
    summary: summarise(rule, appliedRule, governance?.body?.name, voters, requiredSeats, votingSeats, threshold, approvers),
    amendmentRuleChanged,
    warning: amendmentRuleChanged
      ? `this amendment also changes how the charter is amended${newRule !== rule ? ` (approval ${rule ?? 'not stated'} → ${newRule ?? 'not stated'})` : ''}: it is adopted under the rule in force (${appliedRule}); the new rule applies only to later amendments`
      : null,
  };
}

function votingMembers(old: Charter, names: Map<string, string>): Approver[] {
  const members = old.governance?.body?.members?.filter((m) => m.observer !== true && names.has(m.partner)) ?? [];
  if (members.length === 0) return old.partners.map((p) => ({ partner: p.id, name: p.name, seats: 1 }));
  const seats = new Map<string, number>();
  for (const m of members) seats.set(m.partner, (seats.get(m.partner) ?? 0) + (m.seats ?? 1));
  return [...seats].map(([partner, count]) => ({ partner, name: names.get(partner) ?? partner, seats: count }));
}

function summarise(rule: string | null, applied: string, body: string | undefined, voters: Approver[], required: number, total: number, threshold: number | null, approvers: Approver[]): string {
  const who = body ? `voting members of the ${body}` : 'partners';
  const seats = (n: number) => `${n} ${n === 1 ? 'seat' : 'seats'}`;
  const base = rule === null ? 'The charter in force does not say how it is amended, so unanimous approval' : (RULE_WORDS[applied] ?? applied);
  switch (applied) {
    case 'majority':
      return `${base}: at least ${required} of the ${seats(total)} held by the ${who}.`;
    case 'supermajority':
      return `${base}: at least ${required} of the ${seats(total)} (${Math.round((threshold ?? DEFAULT_SUPERMAJORITY) * 100)}%) held by the ${who}.`;
    case 'lead-partner':
      return approvers.length === 1 ? `${base}: ${approvers[0].name} approves.` : `${base}, but no lead partner is named: all ${voters.length} ${who} must approve.`;
    case 'consensus':
      return `${base}: none of the ${voters.length} ${who} objects.`;
    default:
      return `${base}: all ${voters.length} ${who} (${seats(total)}) must approve.`;
  }
}
