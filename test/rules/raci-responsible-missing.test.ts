import { ruleTable } from './table.js';

ruleTable('raci-responsible-missing', [
  { name: 'no responsible', mutate: (c) => { delete c.raci[0].responsible; c.raci[0].accountable = 'movo'; }, expected: [{ path: '/raci/0' }] },
  { name: 'an empty list', mutate: (c) => { c.raci[0].responsible = []; c.roles[1].responsibilities = ['x']; }, expected: [{ path: '/raci/0/responsible' }] },
]);
