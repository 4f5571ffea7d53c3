import { ruleTable } from './table.js';

ruleTable('quorum-missing', [
  { name: 'a rule without quorum', mutate: (c) => { delete c.governance.decision_making.quorum; }, expected: [{ path: '/governance/decision_making' }] },
  { name: 'silent without a rule', mutate: (c) => { c.governance.decision_making = {}; }, expected: [] },
  { name: 'reads as English for every rule', mutate: (c) => { c.governance.decision_making = { rule: 'lead-partner' }; }, expected: [{ path: '/governance/decision_making' }], message: /^decisions by the lead partner have no quorum/ },
  { name: 'a committee without quorum, at its own decision_making', mutate: (c) => { c.governance.committees = [{ id: 'dac', name: 'DAC', decision_making: { rule: 'majority' }, meetings: { cadence: 'monthly' } }]; }, expected: [{ path: '/governance/committees/0/decision_making' }], message: /^decisions by majority vote in committee 'dac' \(DAC\) have no quorum/ },
  ...(['consensus', 'unanimous', 'majority', 'supermajority', 'lead-partner'] as const).map((rule) => ({
    name: `plain English for ${rule}`,
    mutate: (c: Record<string, any>) => { c.governance.decision_making = { rule, tie_break: 'x' }; },
    expected: [{ path: '/governance/decision_making' }],
    message: /^decisions by (consensus|unanimity|majority vote|supermajority vote|the lead partner) have no quorum: /,
  })),
]);
