import { ruleTable } from './table.js';

// TODAY is 2026-11-27; the base charter's metrics are annual.
ruleTable('metric-stale', [
  { name: 'an annual value measured within two years is fresh', mutate: (c) => { c.metrics[0].current = { value: 100, as_of: '2024-11-27' }; }, expected: [] },
  { name: 'an annual value measured more than two years ago', mutate: (c) => { c.metrics[0].current = { value: 100, as_of: '2024-11-26' }; }, expected: [{ path: '/metrics/0/current/as_of' }] },
  { name: 'quarterly: two quarters is the limit', mutate: (c) => { Object.assign(c.metrics[1], { frequency: 'quarterly', current: { value: 1, as_of: '2026-05-26' } }); }, expected: [{ path: '/metrics/1/current/as_of' }] },
  { name: 'monthly, at the end of a short month', mutate: (c) => { Object.assign(c.metrics[1], { frequency: 'monthly', current: { value: 1, as_of: '2026-09-27' } }); }, expected: [] },
  { name: 'weekly: fourteen days', mutate: (c) => { Object.assign(c.metrics[1], { frequency: 'weekly', current: { value: 1, as_of: '2026-11-12' } }); }, expected: [{ path: '/metrics/1/current/as_of' }] },
  { name: 'without current, the newest history entry counts', mutate: (c) => { c.metrics[0].history = [{ value: 110, as_of: '2023-01-01' }, { value: 100, as_of: '2024-06-30' }, { value: 105, as_of: '2023-12-31' }]; }, expected: [{ path: '/metrics/0/history/1/as_of' }] },
  { name: 'current wins over history', mutate: (c) => { c.metrics[0].history = [{ value: 110, as_of: '2020-01-01' }]; c.metrics[0].current = { value: 90, as_of: '2026-06-30' }; }, expected: [] },
  { name: 'as-needed metrics are never stale', mutate: (c) => { Object.assign(c.metrics[1], { frequency: 'as-needed', current: { value: 1, as_of: '2001-01-01' } }); }, expected: [] },
  { name: 'without a frequency there is no period', mutate: (c) => { delete c.metrics[1].frequency; c.metrics[1].current = { value: 1, as_of: '2001-01-01' }; }, expected: [] },
  { name: 'a metric never measured is not stale', mutate: (c) => { c.metrics[1].frequency = 'weekly'; }, expected: [] },
  { name: 'off in config', mutate: (c) => { c.metrics[0].current = { value: 1, as_of: '2001-01-01' }; }, settings: new Map([['metric-stale', 'off']]), expected: [] },
]);
