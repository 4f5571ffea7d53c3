import { ruleTable } from './table.js';

ruleTable('conflict-of-interest-missing', [
  { name: 'no conflict-of-interest section, at governance', mutate: (c) => { delete c.governance.conflict_of_interest; }, expected: [{ path: '/governance' }] },
  { name: 'a section without a policy, at the section', mutate: (c) => { c.governance.conflict_of_interest = { recusal: true }; }, expected: [{ path: '/governance/conflict_of_interest' }] },
  { name: 'silent without governance', mutate: (c) => { delete c.governance; }, expected: [] },
]);
