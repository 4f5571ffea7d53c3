import { ruleTable } from './table.js';

ruleTable('goal-not-shared', [
  { name: 'a goal with one partner', mutate: (c) => { c.goals[1].partners = ['uni']; }, expected: [{ path: '/goals/1/partners' }] },
  { name: 'a goal with no partners list', mutate: (c) => { delete c.goals[0].partners; }, expected: [{ path: '/goals/0' }] },
  { name: 'the same partner twice still counts once', mutate: (c) => { c.goals[1].partners = ['uni', 'uni']; }, expected: [{ path: '/goals/1/partners' }] },
]);
