import { ruleTable } from './table.js';

ruleTable('raci-accountable-count', [
  { name: 'two accountable partners', mutate: (c) => { c.raci[0].accountable = ['city', 'movo']; }, expected: [{ path: '/raci/0/accountable' }] },
  { name: 'none: points at the row', mutate: (c) => { delete c.raci[0].accountable; }, expected: [{ path: '/raci/0' }] },
  { name: 'an empty list', mutate: (c) => { c.raci[0].accountable = []; }, expected: [{ path: '/raci/0/accountable' }] },
  { name: 'a list of exactly one is fine', mutate: (c) => { c.raci[0].accountable = ['city']; }, expected: [] },
]);
