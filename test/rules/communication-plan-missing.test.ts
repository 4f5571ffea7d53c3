import { ruleTable } from './table.js';

ruleTable('communication-plan-missing', [
  { name: 'no communication', mutate: (c) => { delete c.governance.communication; }, expected: [{ path: '/governance' }] },
  { name: 'no channels', mutate: (c) => { delete c.governance.communication.channels; }, expected: [{ path: '/governance/communication' }] },
  { name: 'at the root without governance', mutate: (c) => { delete c.governance; }, expected: [{ path: '' }] },
]);
