import { ruleTable } from './table.js';

ruleTable('governance-excludes-partner', [
  { name: 'a partner missing from the body', mutate: (c) => { c.governance.body.members.pop(); }, expected: [{ path: '/partners/2' }] },
  { name: 'an observer has no vote', mutate: (c) => { c.governance.body.members[1].observer = true; }, expected: [{ path: '/partners/1' }] },
  { name: 'silent without a body', mutate: (c) => { delete c.governance.body; }, expected: [] },
]);
