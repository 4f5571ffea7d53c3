import { ruleTable } from './table.js';

ruleTable('governance-missing', [
  { name: 'no governance: this, plus the two the challenge list names, and no cascade', mutate: (c) => { delete c.governance; }, expected: [{ path: '' }] },
]);
