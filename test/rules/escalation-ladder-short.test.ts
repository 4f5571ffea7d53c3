import { ruleTable } from './table.js';

ruleTable('escalation-ladder-short', [
  { name: 'one step', mutate: (c) => { c.governance.conflict_resolution.steps.pop(); }, expected: [{ path: '/governance/conflict_resolution' }] },
  { name: 'no steps is conflict-resolution-missing, not this', mutate: (c) => { c.governance.conflict_resolution.steps = []; }, expected: [] },
]);
