import { ruleTable } from './table.js';

ruleTable('partner-without-responsibility', [
  { name: 'no role and no RACI column', mutate: (c) => { c.roles = c.roles.filter((r: any) => r.partner !== 'uni'); }, expected: [{ path: '/partners/2' }] },
  { name: 'a role with an empty responsibility list does not count', mutate: (c) => { c.roles[2].responsibilities = []; }, expected: [{ path: '/partners/2' }] },
  { name: 'being responsible in a RACI row is enough', mutate: (c) => { c.roles = c.roles.filter((r: any) => r.partner !== 'uni'); c.raci[0].responsible.push('uni'); }, expected: [] },
  { name: 'consulted only is not enough', mutate: (c) => { c.roles = c.roles.filter((r: any) => r.partner !== 'uni'); c.raci[0].consulted = ['uni']; }, expected: [{ path: '/partners/2' }] },
]);
