import { ruleTable } from './table.js';

ruleTable('partner-expectations-missing', [
  { name: 'contributions without expectations', mutate: (c) => { delete c.partners[0].expectations; }, expected: [{ path: '/partners/0' }] },
  { name: 'silent when the partner contributes nothing (another rule reports that)', mutate: (c) => { delete c.partners[0].expectations; delete c.partners[0].contributions; }, expected: [] },
  { name: 'off by default for terms of reference', mutate: (c) => { c.form = 'terms-of-reference'; delete c.partners[0].expectations; }, expected: [] },
  { name: 'on for an explicit agreement', mutate: (c) => { c.form = 'agreement'; delete c.partners[0].expectations; }, expected: [{ path: '/partners/0' }] },
]);
