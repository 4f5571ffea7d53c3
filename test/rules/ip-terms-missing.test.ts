import { ruleTable } from './table.js';

ruleTable('ip-terms-missing', [
  { name: 'IP without IP terms', mutate: (c) => { c.partners[2].contributions.push({ type: 'ip', description: 'patent' }); }, expected: [{ path: '/partners/2/contributions/1' }] },
  { name: 'technology counts too', mutate: (c) => { c.partners[1].contributions[0].type = 'technology'; }, expected: [{ path: '/partners/1/contributions/0' }] },
  { name: 'silent with IP terms', mutate: (c) => { c.partners[1].contributions[0].type = 'technology'; c.governance.ip = { foreground: 'shared' }; }, expected: [] },
]);
