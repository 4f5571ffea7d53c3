import { ruleTable } from './table.js';

ruleTable('exit-clause-missing', [
  { name: 'no exit', mutate: (c) => { delete c.governance.exit; }, expected: [{ path: '/governance' }] },
  { name: 'exit without notice days', mutate: (c) => { c.governance.exit = { obligations: 'x' }; }, expected: [{ path: '/governance' }] },
  { name: 'zero notice days is a notice period', mutate: (c) => { c.governance.exit.notice_days = 0; }, expected: [] },
]);
