import { describe, expect, it } from 'vitest';
import { requiredApproval } from '../../src/diff/approval.js';
import { baseCharter } from '../rules/table.js';

type Setup = (c: Record<string, any>) => void;

/** The old charter decides: rule, voting seats, and how many seats must approve. */
const cases: [string, Setup, { appliedRule: string; requiredSeats: number; votingSeats: number; approvers: string[]; summary: RegExp }][] = [
  ['unanimous: every voting member', () => {}, { appliedRule: 'unanimous', requiredSeats: 3, votingSeats: 3, approvers: ['city', 'movo', 'uni'], summary: /^Unanimous approval: all 3 voting members of the Board \(3 seats\) must approve\.$/ }],
  ['majority of seats, counting extra seats', (c) => ((c.governance.amendments.approval = 'majority'), (c.governance.body.members[0].seats = 3)), { appliedRule: 'majority', requiredSeats: 3, votingSeats: 5, approvers: ['city', 'movo', 'uni'], summary: /at least 3 of the 5 seats/ }],
  ['supermajority at the charter threshold', (c) => ((c.governance.amendments.approval = 'supermajority'), (c.governance.decision_making.threshold = 0.75)), { appliedRule: 'supermajority', requiredSeats: 3, votingSeats: 3, approvers: ['city', 'movo', 'uni'], summary: /\(75%\)/ }],
  ['supermajority without a threshold: two thirds', (c) => (c.governance.amendments.approval = 'supermajority'), { appliedRule: 'supermajority', requiredSeats: 2, votingSeats: 3, approvers: ['city', 'movo', 'uni'], summary: /at least 2 of the 3 seats \(67%\)/ }],
  ['observers do not vote', (c) => (c.governance.body.members[2].observer = true), { appliedRule: 'unanimous', requiredSeats: 2, votingSeats: 2, approvers: ['city', 'movo'], summary: /all 2 voting members/ }],
  ['no body: every partner, one seat each', (c) => delete c.governance.body, { appliedRule: 'unanimous', requiredSeats: 3, votingSeats: 3, approvers: ['city', 'movo', 'uni'], summary: /all 3 partners \(3 seats\)/ }],
  ['lead partner: the backbone approves', (c) => (c.governance.amendments.approval = 'lead-partner'), { appliedRule: 'lead-partner', requiredSeats: 1, votingSeats: 3, approvers: ['city'], summary: /City of Riverside approves/ }],
  ['no amendment rule: unanimity', (c) => delete c.governance.amendments, { appliedRule: 'unanimous', requiredSeats: 3, votingSeats: 3, approvers: ['city', 'movo', 'uni'], summary: /does not say how it is amended/ }],
  ['consensus: nobody objects', (c) => (c.governance.amendments.approval = 'consensus'), { appliedRule: 'consensus', requiredSeats: 3, votingSeats: 3, approvers: ['city', 'movo', 'uni'], summary: /none of the 3 voting members of the Board objects/ }],
];

describe('requiredApproval', () => {
  it.each(cases)('%s', (_name, setup, expected) => {
    const old = baseCharter();
    setup(old);
    const approval = requiredApproval(old as never, old as never);
    const { summary: _summary, ...counts } = expected;
    expect({ appliedRule: approval.appliedRule, requiredSeats: approval.requiredSeats, votingSeats: approval.votingSeats, approvers: approval.approvers.map((a) => a.partner) }).toEqual(counts);
    expect(approval.summary).toMatch(expected.summary);
    expect(approval.amendmentRuleChanged).toBe(false);
    expect(approval.warning).toBeNull();
  });

  it("uses the old charter's rule and warns when the amendment changes it", () => {
    const old = baseCharter();
    const amended = baseCharter();
    amended.governance.amendments.approval = 'majority';
    amended.partners.push({ id: 'port', name: 'Port', sector: 'government' });
    amended.governance.body.members.push({ partner: 'port', seats: 5 });
    const approval = requiredApproval(old as never, amended as never);
    expect(approval.appliedRule).toBe('unanimous');
    expect(approval.approvers.map((a) => a.partner)).toEqual(['city', 'movo', 'uni']);
    expect(approval.amendmentRuleChanged).toBe(true);
    expect(approval.warning).toMatch(/approval unanimous → majority.*adopted under the rule in force \(unanimous\)/);
  });
});
