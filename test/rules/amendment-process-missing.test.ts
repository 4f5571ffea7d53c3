import { ruleTable } from './table.js';

ruleTable('amendment-process-missing', [
  { name: 'no amendments', mutate: (c) => { delete c.governance.amendments; }, expected: [{ path: '/governance' }] },
]);
