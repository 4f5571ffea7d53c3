import { ruleTable } from './table.js';

ruleTable('power-concentration', [
  { name: 'one partner holds more than half the seats', mutate: (c) => { c.governance.body.members[0].seats = 3; }, expected: [{ path: '/governance/body/members/0' }] },
  { name: 'exactly half is not more than half', mutate: (c) => { c.governance.body.members[0].seats = 2; }, expected: [] },
  { name: 'observer seats do not count', mutate: (c) => { c.governance.body.members.push({ partner: 'uni', seats: 5, observer: true }); }, expected: [] },
  { name: 'seats over several entries of one partner add up, reported at the first', mutate: (c) => { c.governance.body.members.push({ partner: 'movo', seats: 2 }); }, expected: [{ path: '/governance/body/members/1' }] },
  { name: 'a committee dominated by one partner, at its member entry', mutate: (c) => { c.governance.committees = [{ id: 'dac', name: 'DAC', members: [{ partner: 'city' }, { partner: 'uni', seats: 2 }], decision_making: { rule: 'majority', quorum: 1 }, meetings: { cadence: 'monthly' } }]; }, expected: [{ path: '/governance/committees/0/members/1' }], message: /holds 2 of 3 voting seats in committee 'dac'/ },
]);
