import { ruleTable } from './table.js';

ruleTable('decision-rule-missing', [
  { name: 'no decision_making', mutate: (c) => { delete c.governance.decision_making; }, expected: [{ path: '/governance' }] },
  { name: 'decision_making without rule', mutate: (c) => { delete c.governance.decision_making.rule; }, expected: [{ path: '/governance' }] },
  { name: 'silent when governance is missing', mutate: (c) => { delete c.governance; }, expected: [] },
]);
