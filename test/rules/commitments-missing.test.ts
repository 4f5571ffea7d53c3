import { ruleTable } from './table.js';

ruleTable('commitments-missing', [
  { name: 'no commitments (info)', mutate: (c) => { delete c.commitments; }, expected: [{ path: '', severity: 'info' }] },
]);
