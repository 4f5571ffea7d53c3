import { ruleTable } from './table.js';

ruleTable('goal-alignment-missing', [
  { name: 'a sharing partner without an alignment entry', mutate: (c) => { delete c.goals[0].alignment.movo; }, expected: [{ path: '/goals/0/alignment' }] },
  { name: 'no alignment at all: one finding for the goal', mutate: (c) => { delete c.goals[1].alignment; }, expected: [{ path: '/goals/1' }] },
  { name: 'an unknown partner is left to unknown-reference', mutate: (c) => { c.goals[0].partners.push('ghost'); }, expected: [] },
]);
