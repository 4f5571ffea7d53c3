import { ruleTable } from './table.js';

ruleTable('review-cadence-missing', [
  { name: 'no review', mutate: (c) => { delete c.term.review; }, expected: [{ path: '/term' }] },
  { name: 'as-needed', mutate: (c) => { c.term.review = 'as-needed'; }, expected: [{ path: '/term/review' }] },
  { name: 'at the root without a term', mutate: (c) => { delete c.term; }, expected: [{ path: '' }] },
]);
