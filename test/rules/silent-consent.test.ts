import { ruleTable } from './table.js';

ruleTable('silent-consent', [
  { name: 'silence counts as consent', mutate: (c) => { c.governance.decision_making.written_procedure = { allowed: true, silence_is_consent: true, min_responses: 0.5 }; }, expected: [{ path: '/governance/decision_making/written_procedure' }], message: /^silence counts as consent/ },
  { name: 'written decisions with no minimum of responses', mutate: (c) => { c.governance.decision_making.written_procedure = { allowed: true }; }, expected: [{ path: '/governance/decision_making/written_procedure' }], message: /no 'min_responses'/ },
  { name: 'written decisions with a minimum and no silent consent', mutate: (c) => { c.governance.decision_making.written_procedure = { allowed: true, silence_is_consent: false, min_responses: 0.67 }; }, expected: [] },
  { name: 'written decisions not allowed', mutate: (c) => { c.governance.decision_making.written_procedure = { allowed: false, silence_is_consent: true }; }, expected: [] },
  { name: 'a committee deciding on silence, at its own procedure', mutate: (c) => { c.governance.committees = [{ id: 'dac', name: 'DAC', decision_making: { rule: 'majority', quorum: 1, written_procedure: { silence_is_consent: true } }, meetings: { cadence: 'monthly' } }]; }, expected: [{ path: '/governance/committees/0/decision_making/written_procedure' }], message: /in committee 'dac'/ },
]);
