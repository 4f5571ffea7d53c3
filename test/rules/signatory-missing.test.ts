import { ruleTable } from './table.js';

ruleTable('signatory-missing', [
  { name: 'a partner without signatory', mutate: (c) => { delete c.partners[0].signatory; }, expected: [{ path: '/partners/0' }] },
]);
