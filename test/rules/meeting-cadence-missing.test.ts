import { ruleTable } from './table.js';

ruleTable('meeting-cadence-missing', [
  { name: 'no meetings', mutate: (c) => { delete c.governance.meetings; }, expected: [{ path: '/governance' }] },
  { name: 'as-needed', mutate: (c) => { c.governance.meetings.cadence = 'as-needed'; }, expected: [{ path: '/governance' }] },
  { name: 'silent without governance', mutate: (c) => { delete c.governance; }, expected: [] },
]);
