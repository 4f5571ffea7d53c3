import { ruleTable } from './table.js';

ruleTable('governance-excludes-partner', [
  { name: 'a partner missing from the body', mutate: (c) => { c.governance.body.members.pop(); }, expected: [{ path: '/partners/2' }] },
  { name: 'an observer has no vote', mutate: (c) => { c.governance.body.members[1].observer = true; }, expected: [{ path: '/partners/1' }] },
  { name: 'silent without a body', mutate: (c) => { delete c.governance.body; }, expected: [] },
  { name: 'an observer is told it sits as an observer', mutate: (c) => { c.governance.body.members[1].observer = true; }, expected: [{ path: '/partners/1' }], message: /sits on the Board only as an observer, without a vote/ },
  { name: 'the backbone may serve as an observer', mutate: (c) => { c.governance.body.members[0].observer = true; }, expected: [] },
  { name: 'the backbone with no seat at all is still reported', mutate: (c) => { c.governance.body.members.shift(); }, expected: [{ path: '/partners/0' }], message: /has no voting seat/ },
]);
