import { ruleTable } from './table.js';

ruleTable('conflict-resolution-missing', [
  { name: 'no conflict resolution', mutate: (c) => { delete c.governance.conflict_resolution; }, expected: [{ path: '/governance' }] },
  { name: 'an empty ladder', mutate: (c) => { c.governance.conflict_resolution.steps = []; }, expected: [{ path: '/governance/conflict_resolution/steps' }] },
  { name: 'at the root without governance', mutate: (c) => { delete c.governance; }, expected: [{ path: '' }] },
]);
