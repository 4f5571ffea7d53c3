import { ruleTable } from './table.js';

ruleTable('metric-direction-conflict', [
  { name: 'increase with a lower target', mutate: (c) => { c.metrics[1].target = -1; }, expected: [{ path: '/metrics/1/target' }] },
  { name: 'decrease with an equal target', mutate: (c) => { c.metrics[0].target = 120; }, expected: [{ path: '/metrics/0/target' }] },
  { name: 'maintain never conflicts', mutate: (c) => { c.metrics[0].direction = 'maintain'; c.metrics[0].target = 500; }, expected: [] },
  { name: 'a numeric current value fits', mutate: (c) => { c.metrics[0].current = { value: 95.5, as_of: '2026-06-30' }; }, expected: [] },
  { name: 'a text current value where baseline and target are numbers', mutate: (c) => { c.metrics[0].current = { value: 'about 90', as_of: '2026-06-30' }; }, expected: [{ path: '/metrics/0/current/value' }] },
  { name: 'a text current value with only a target', mutate: (c) => { delete c.metrics[0].baseline; c.metrics[0].current = { value: 'n/a', as_of: '2026-06-30' }; }, expected: [{ path: '/metrics/0/current/value' }] },
  { name: 'a qualitative metric may have a text value', mutate: (c) => { delete c.metrics[0].baseline; delete c.metrics[0].target; c.metrics[0].current = { value: 'on track', as_of: '2026-06-30' }; }, expected: [] },
  { name: 'both problems at once', mutate: (c) => { c.metrics[0].target = 130; c.metrics[0].current = { value: 'lower', as_of: '2026-06-30' }; }, expected: [{ path: '/metrics/0/target' }, { path: '/metrics/0/current/value' }] },
]);
