import { ruleTable } from './table.js';

ruleTable('signatory-missing', [
  { name: 'a partner without signatory', mutate: (c) => { delete c.partners[0].signatory; }, expected: [{ path: '/partners/0' }] },
  { name: 'off by default for terms of reference', mutate: (c) => { c.form = 'terms-of-reference'; delete c.partners[0].signatory; }, expected: [] },
  { name: 'a config can turn it on for terms of reference', mutate: (c) => { c.form = 'terms-of-reference'; delete c.partners[0].signatory; }, settings: new Map([['signatory-missing', 'warning']]), expected: [{ path: '/partners/0' }] },
]);
