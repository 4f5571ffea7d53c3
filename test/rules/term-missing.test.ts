import { ruleTable } from './table.js';

ruleTable('term-missing', [
  { name: 'no term', mutate: (c) => { delete c.term; }, expected: [{ path: '' }] },
  { name: 'no end', mutate: (c) => { delete c.term.end; }, expected: [{ path: '/term' }] },
  { name: 'an open-ended term needs no end', mutate: (c) => { delete c.term.end; c.term.open_ended = true; }, expected: [] },
  { name: 'an open-ended term still needs a start', mutate: (c) => { delete c.term.end; delete c.term.start; c.term.open_ended = true; }, expected: [{ path: '/term' }], message: /open-ended term has no start date/ },
  { name: 'no start or end, in plain English', mutate: (c) => { c.term = { review: 'annual' }; }, expected: [{ path: '/term' }], message: /^the term has no start or end date/ },
]);
