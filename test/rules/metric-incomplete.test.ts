import { ruleTable } from './table.js';

ruleTable('metric-incomplete', [
  { name: 'a metric without baseline and source', mutate: (c) => { delete c.metrics[1].baseline; delete c.metrics[1].source; }, expected: [{ path: '/metrics/1' }] },
  { name: 'a baseline of 0 counts as given', mutate: (c) => { c.metrics[0].target = 0; }, expected: [] },
]);
