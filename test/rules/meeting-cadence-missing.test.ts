import { ruleTable } from './table.js';

ruleTable('meeting-cadence-missing', [
  { name: 'no meetings', mutate: (c) => { delete c.governance.meetings; }, expected: [{ path: '/governance' }] },
  { name: 'as-needed', mutate: (c) => { c.governance.meetings.cadence = 'as-needed'; }, expected: [{ path: '/governance/meetings/cadence' }] },
  { name: 'silent without governance', mutate: (c) => { delete c.governance; }, expected: [] },
  { name: 'a committee that never meets', mutate: (c) => { c.governance.committees = [{ id: 'dac', name: 'DAC', decision_making: { rule: 'majority', quorum: 1 } }]; }, expected: [{ path: '/governance/committees/0' }], message: /^committee 'dac' \(DAC\) has no meeting cadence/ },
  { name: 'a committee that meets as needed, at the cadence', mutate: (c) => { c.governance.committees = [{ id: 'dac', name: 'DAC', decision_making: { rule: 'majority', quorum: 1 }, meetings: { cadence: 'as-needed' } }]; }, expected: [{ path: '/governance/committees/0/meetings/cadence' }], message: /meets only 'as-needed'/ },
  { name: 'meetings without a cadence, at meetings', mutate: (c) => { c.governance.meetings = {}; }, expected: [{ path: '/governance/meetings' }] },
]);
