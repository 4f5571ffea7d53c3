import { ruleTable } from './table.js';

ruleTable('metric-direction-conflict', [
  { name: 'increase with a lower target', mutate: (c) => { c.metrics[1].target = -1; }, expected: [{ path: '/metrics/1/target' }] },
  { name: 'decrease with an equal target', mutate: (c) => { c.metrics[0].target = 120; }, expected: [{ path: '/metrics/0/target' }] },
  { name: 'maintain never conflicts', mutate: (c) => { c.metrics[0].direction = 'maintain'; c.metrics[0].target = 500; }, expected: [] },
]);
