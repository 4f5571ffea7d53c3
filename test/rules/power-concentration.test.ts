import { ruleTable } from './table.js';

ruleTable('power-concentration', [
  { name: 'one partner holds more than half the seats', mutate: (c) => { c.governance.body.members[0].seats = 3; }, expected: [{ path: '/governance/body/members/0' }] },
  { name: 'exactly half is not more than half', mutate: (c) => { c.governance.body.members[0].seats = 2; }, expected: [] },
  { name: 'observer seats do not count', mutate: (c) => { c.governance.body.members.push({ partner: 'uni', seats: 5, observer: true }); }, expected: [] },
  { name: 'seats over several entries of one partner add up, reported at the first', mutate: (c) => { c.governance.body.members.push({ partner: 'movo', seats: 2 }); }, expected: [{ path: '/governance/body/members/1' }] },
]);
