import { ruleTable } from './table.js';

ruleTable('unilateral-dissolution', [
  { name: 'one partner may dissolve the partnership', mutate: (c) => { c.governance.dissolution = { process: 'x', decided_by: 'city' }; }, expected: [{ path: '/governance/dissolution' }], message: /^partner 'city' \(City of Riverside\) may end the partnership on its own/ },
  { name: 'a majority vote one partner can carry alone', mutate: (c) => { c.governance.body.members[0].seats = 3; c.governance.dissolution = { approval: 'majority' }; }, expected: [{ path: '/governance/dissolution' }] },
  { name: 'a supermajority one partner reaches alone, with the body threshold', mutate: (c) => { c.governance.body.members[0].seats = 3; c.governance.decision_making.threshold = 0.6; c.governance.dissolution = { approval: 'supermajority' }; }, expected: [{ path: '/governance/dissolution' }] },
  { name: 'a supermajority no partner reaches alone (two thirds by default)', mutate: (c) => { c.governance.body.members[0].seats = 3; c.governance.dissolution = { approval: 'supermajority' }; }, expected: [] },
  { name: 'a majority among equals', mutate: (c) => { c.governance.dissolution = { approval: 'majority' }; }, expected: [] },
  { name: 'the lead partner alone', mutate: (c) => { c.governance.dissolution = { approval: 'lead-partner' }; }, expected: [{ path: '/governance/dissolution' }] },
  { name: 'unanimity', mutate: (c) => { c.governance.body.members[0].seats = 5; c.governance.dissolution = { approval: 'unanimous' }; }, expected: [] },
]);
