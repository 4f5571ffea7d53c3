import { ruleTable } from './table.js';

ruleTable('representative-missing', [
  { name: 'a partner without representative', mutate: (c) => { delete c.partners[1].representative; }, expected: [{ path: '/partners/1' }] },
]);
