import { ruleTable } from './table.js';

ruleTable('metrics-missing', [
  { name: 'no metrics', mutate: (c) => { delete c.metrics; }, expected: [{ path: '' }] },
  { name: 'an empty list', mutate: (c) => { c.metrics = []; }, expected: [{ path: '' }] },
]);
