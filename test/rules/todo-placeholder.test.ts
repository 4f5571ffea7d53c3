import { ruleTable } from './table.js';

ruleTable('todo-placeholder', [
  { name: 'TODO values anywhere', mutate: (c) => { c.vision = 'TODO'; c.partners[0].strengths = ['TODO: list strengths']; }, expected: [{ path: '/vision' }, { path: '/partners/0/strengths/0' }] },
  { name: 'TODO in the middle of a sentence is not a placeholder', mutate: (c) => { c.vision = 'Nothing left TODO.'; }, expected: [] },
  { name: 'x- extensions are not linted', mutate: (c) => { c['x-notes'] = 'TODO later'; }, expected: [] },
  { name: 'points at the value', yaml: 'charter: 1\nid: x\ntitle: X\nvision: TODO describe\npartners:\n  - {id: a, name: A, sector: business}\n  - {id: b, name: B, sector: government}\ngoals:\n  - {id: g, title: G}\n', expected: [{ path: '/vision', line: 4, column: 9 }] },
]);
