import { ruleTable } from './table.js';

ruleTable('reporting-missing', [
  { name: 'no reporting', mutate: (c) => { delete c.governance.communication.reporting; }, expected: [{ path: '/governance/communication' }] },
  { name: 'reporting without audience', mutate: (c) => { c.governance.communication.reporting.audience = []; }, expected: [{ path: '/governance/communication/reporting' }] },
  { name: 'silent without a communication section', mutate: (c) => { delete c.governance.communication; }, expected: [] },
]);
