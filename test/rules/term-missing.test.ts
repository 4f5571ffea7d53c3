import { ruleTable } from './table.js';

ruleTable('term-missing', [
  { name: 'no term', mutate: (c) => { delete c.term; }, expected: [{ path: '' }] },
  { name: 'no end', mutate: (c) => { delete c.term.end; }, expected: [{ path: '/term' }] },
]);
