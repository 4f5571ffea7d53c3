import { ruleTable } from './table.js';

ruleTable('communication-cadence-missing', [
  { name: 'no cadence', mutate: (c) => { delete c.governance.communication.cadence; }, expected: [{ path: '/governance/communication' }] },
  { name: 'as-needed', mutate: (c) => { c.governance.communication.cadence = 'as-needed'; }, expected: [{ path: '/governance/communication/cadence' }] },
  { name: 'silent without a communication section', mutate: (c) => { delete c.governance.communication; }, expected: [] },
]);
