import { ruleTable } from './table.js';

ruleTable('escalation-step-unbounded', [
  { name: 'a step without days', mutate: (c) => { delete c.governance.conflict_resolution.steps[1].within_days; }, expected: [{ path: '/governance/conflict_resolution/steps/1' }] },
]);
