import { ruleTable } from './table.js';

ruleTable('partner-without-goal', [
  { name: 'a partner in no goal', mutate: (c) => { c.goals[1].partners = ['city', 'movo']; c.goals[1].owner = 'city'; c.goals[1].alignment = { city: 'a', movo: 'b' }; }, expected: [{ path: '/partners/2' }] },
  { name: 'owning a goal is enough', mutate: (c) => { c.goals[1].partners = ['city', 'movo']; c.goals[1].alignment = { city: 'a', movo: 'b' }; }, expected: [] },
]);
