import { ruleTable } from './table.js';

ruleTable('single-sector', [
  { name: 'all partners from one sector', mutate: (c) => { for (const p of c.partners) p.sector = 'business'; }, expected: [{ path: '/partners' }] },
  { name: 'silent with two sectors', mutate: (c) => { c.partners[2].sector = 'business'; }, expected: [] },
]);
