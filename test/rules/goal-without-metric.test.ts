import { ruleTable } from './table.js';

ruleTable('goal-without-metric', [
  { name: 'a goal nobody measures', mutate: (c) => { c.metrics.pop(); }, expected: [{ path: '/goals/1' }] },
  { name: 'silent when there are no metrics at all', mutate: (c) => { delete c.metrics; }, expected: [] },
]);
