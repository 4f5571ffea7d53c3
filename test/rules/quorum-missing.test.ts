import { ruleTable } from './table.js';

ruleTable('quorum-missing', [
  { name: 'a rule without quorum', mutate: (c) => { delete c.governance.decision_making.quorum; }, expected: [{ path: '/governance/decision_making' }] },
  { name: 'silent without a rule', mutate: (c) => { c.governance.decision_making = {}; }, expected: [] },
]);
