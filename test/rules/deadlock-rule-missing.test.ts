import { ruleTable } from './table.js';

ruleTable('deadlock-rule-missing', [
  { name: 'consensus without tie-break', mutate: (c) => { delete c.governance.decision_making.tie_break; }, expected: [{ path: '/governance/decision_making' }] },
  { name: 'unanimous without tie-break', mutate: (c) => { c.governance.decision_making = { rule: 'unanimous', quorum: 1 }; }, expected: [{ path: '/governance/decision_making' }] },
  { name: 'majority needs no tie-break', mutate: (c) => { c.governance.decision_making = { rule: 'majority', quorum: 0.5 }; }, expected: [] },
  { name: 'plain English for unanimity', mutate: (c) => { c.governance.decision_making = { rule: 'unanimous', quorum: 1 }; }, expected: [{ path: '/governance/decision_making' }], message: /^decisions by unanimity can deadlock/ },
  { name: 'a committee deciding by unanimity', mutate: (c) => { c.governance.committees = [{ id: 'dac', name: 'DAC', decision_making: { rule: 'unanimous', quorum: 1 }, meetings: { cadence: 'monthly' } }]; }, expected: [{ path: '/governance/committees/0/decision_making' }], message: /in committee 'dac' \(DAC\) can deadlock/ },
  { name: 'a committee with a tie-break', mutate: (c) => { c.governance.committees = [{ id: 'dac', name: 'DAC', decision_making: { rule: 'unanimous', quorum: 1, tie_break: 'refer to the board' }, meetings: { cadence: 'monthly' } }]; }, expected: [] },
]);
