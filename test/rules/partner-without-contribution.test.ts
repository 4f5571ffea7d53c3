import { ruleTable } from './table.js';

ruleTable('partner-without-contribution', [
  { name: 'no contributions', mutate: (c) => { delete c.partners[2].contributions; }, expected: [{ path: '/partners/2' }] },
  { name: 'an empty list', mutate: (c) => { c.partners[1].contributions = []; }, expected: [{ path: '/partners/1/contributions' }] },
]);
