import { ruleTable } from './table.js';

ruleTable('exit-clause-missing', [
  { name: 'no exit', mutate: (c) => { delete c.governance.exit; }, expected: [{ path: '/governance' }] },
  { name: 'exit without notice days', mutate: (c) => { c.governance.exit = { obligations: 'x' }; }, expected: [{ path: '/governance/exit' }] },
  { name: 'zero notice days is a notice period', mutate: (c) => { c.governance.exit.notice_days = 0; }, expected: [] },
  { name: 'an exit clause without notice says so', mutate: (c) => { c.governance.exit = { assets: 'x' }; }, expected: [{ path: '/governance/exit' }], message: /^the exit clause has no notice period/ },
]);
