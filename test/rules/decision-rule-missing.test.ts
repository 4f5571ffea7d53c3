import { ruleTable } from './table.js';

ruleTable('decision-rule-missing', [
  { name: 'no decision_making', mutate: (c) => { delete c.governance.decision_making; }, expected: [{ path: '/governance' }] },
  { name: 'decision_making without rule', mutate: (c) => { delete c.governance.decision_making.rule; }, expected: [{ path: '/governance/decision_making' }] },
  { name: 'silent when governance is missing', mutate: (c) => { delete c.governance; }, expected: [] },
  { name: 'a committee without a rule, at the committee', mutate: (c) => { c.governance.committees = [{ id: 'dac', name: 'Data Access Committee', meetings: { cadence: 'monthly' } }]; }, expected: [{ path: '/governance/committees/0' }], message: /^committee 'dac' \(Data Access Committee\) has no decision rule/ },
]);
