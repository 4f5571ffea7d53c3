import { ruleTable } from './table.js';

ruleTable('role-concentration', [
  { name: 'the chair is the backbone', mutate: (c) => { c.governance.body.chair = 'city'; }, expected: [{ path: '/governance/body/chair' }], message: /^partner 'city' \(City of Riverside\) chairs the Board and is the backbone organisation/ },
  { name: 'the chair hosts the secretariat', mutate: (c) => { c.governance.secretariat = { name: 'Secretariat', hosted_by: 'uni' }; }, expected: [{ path: '/governance/body/chair' }], message: /hosts the secretariat/ },
  { name: 'a rotating chair', mutate: (c) => { c.governance.body.chair = 'rotating'; c.governance.secretariat = { name: 'S', hosted_by: 'city' }; }, expected: [] },
  { name: 'a secretariat hosted by another partner', mutate: (c) => { c.governance.secretariat = { name: 'S', hosted_by: 'movo' }; }, expected: [] },
]);
