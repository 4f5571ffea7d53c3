import { ruleTable } from './table.js';

ruleTable('term-invalid', [
  { name: 'end before start', mutate: (c) => { c.term.end = '2024-12-31'; }, expected: [{ path: '/term/end' }] },
  { name: 'end equal to start', mutate: (c) => { c.term.end = c.term.start; }, expected: [{ path: '/term/end' }] },
  { name: 'a goal due after the term', mutate: (c) => { c.goals[0].due = '2029-01-01'; }, expected: [{ path: '/goals/0/due' }] },
  { name: 'goal dates are not checked against an invalid term', mutate: (c) => { c.term.end = '2024-12-31'; c.goals[0].due = '2030-01-01'; }, expected: [{ path: '/term/end' }] },
  { name: 'open-ended: goals are checked against the start only', mutate: (c) => { delete c.term.end; c.term.open_ended = true; c.goals[0].due = '2040-01-01'; c.goals[1].due = '2020-01-01'; }, expected: [{ path: '/goals/1/due' }] },
  { name: 'open-ended with an end contradicts itself', mutate: (c) => { c.term.open_ended = true; }, expected: [{ path: '/term/end' }] },
]);
