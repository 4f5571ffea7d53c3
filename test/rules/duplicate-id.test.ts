import { ruleTable } from './table.js';

ruleTable('duplicate-id', [
  { name: 'a second partner with the same id', mutate: (c) => { c.partners.push({ ...c.partners[1], name: 'Movo Two' }); }, expected: [{ path: '/partners/3/id' }] },
  { name: 'duplicated goal and metric ids, one finding each at the second', mutate: (c) => { c.goals.push({ ...c.goals[0], title: 'Again' }); c.metrics.push({ ...c.metrics[1] }); }, expected: [{ path: '/goals/2/id' }, { path: '/metrics/2/id' }] },
  { name: 'silent when ids differ only from other lists', mutate: (c) => { c.goals[0].id = 'city'; c.metrics[0].goal = 'city'; c.raci[0].goal = 'city'; }, expected: [] },
]);
