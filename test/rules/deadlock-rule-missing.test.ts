import { ruleTable } from './table.js';

ruleTable('deadlock-rule-missing', [
  { name: 'consensus without tie-break', mutate: (c) => { delete c.governance.decision_making.tie_break; }, expected: [{ path: '/governance/decision_making' }] },
  { name: 'unanimous without tie-break', mutate: (c) => { c.governance.decision_making = { rule: 'unanimous', quorum: 1 }; }, expected: [{ path: '/governance/decision_making' }] },
  { name: 'majority needs no tie-break', mutate: (c) => { c.governance.decision_making = { rule: 'majority', quorum: 0.5 }; }, expected: [] },
]);
