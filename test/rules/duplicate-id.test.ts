import { ruleTable } from './table.js';

ruleTable('duplicate-id', [
  { name: 'a second partner with the same id', mutate: (c) => { c.partners.push({ ...c.partners[1], name: 'Movo Two' }); }, expected: [{ path: '/partners/3/id' }] },
  { name: 'duplicated goal and metric ids, one finding each at the second', mutate: (c) => { c.goals.push({ ...c.goals[0], title: 'Again' }); c.metrics.push({ ...c.metrics[1] }); }, expected: [{ path: '/goals/2/id' }, { path: '/metrics/2/id' }] },
  { name: 'silent when ids differ only from other lists', mutate: (c) => { c.goals[0].id = 'city'; c.metrics[0].goal = 'city'; c.raci[0].goal = 'city'; }, expected: [] },
  { name: 'two committees with one id', mutate: (c) => { c.governance.committees = [{ id: 'dac', name: 'A', decision_making: { rule: 'majority', quorum: 1 }, meetings: { cadence: 'monthly' } }, { id: 'dac', name: 'B', decision_making: { rule: 'majority', quorum: 1 }, meetings: { cadence: 'monthly' } }]; }, expected: [{ path: '/governance/committees/1/id' }] },
  { name: 'a committee named like a partner or the body', mutate: (c) => { c.governance.committees = [{ id: 'city', name: 'A', decision_making: { rule: 'majority', quorum: 1 }, meetings: { cadence: 'monthly' } }, { id: 'body', name: 'B', decision_making: { rule: 'majority', quorum: 1 }, meetings: { cadence: 'monthly' } }]; }, expected: [{ path: '/governance/committees/0/id' }, { path: '/governance/committees/1/id' }] },
]);
