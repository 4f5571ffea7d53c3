import { ruleTable } from './table.js';

ruleTable('goal-without-owner', [
  { name: 'a goal without owner', mutate: (c) => { delete c.goals[1].owner; }, expected: [{ path: '/goals/1' }] },
  { name: 'an unknown owner is left to unknown-reference', mutate: (c) => { c.goals[1].owner = 'ghost'; }, expected: [] },
]);
