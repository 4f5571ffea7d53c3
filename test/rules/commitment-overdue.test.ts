import { ruleTable } from './table.js';

ruleTable('commitment-overdue', [
  { name: 'past due and in progress', mutate: (c) => { c.commitments[0].status = 'in-progress'; }, expected: [{ path: '/commitments/0' }] },
  { name: 'past due without status', mutate: (c) => { delete c.commitments[0].status; }, expected: [{ path: '/commitments/0' }] },
  { name: 'due today is not overdue', mutate: (c) => { c.commitments[0] = { partner: 'movo', description: 'x', due: '2026-11-27', status: 'planned' }; }, expected: [] },
  { name: 'status in words', mutate: (c) => { c.commitments[0].status = 'in-progress'; }, expected: [{ path: '/commitments/0' }], message: /is in progress:/ },
  ...(['planned', 'in-progress', 'late'] as const).map((status) => ({
    name: `plain English for ${status}`,
    mutate: (c: Record<string, any>) => { c.commitments[0].status = status; },
    expected: [{ path: '/commitments/0' }],
    message: /and is (planned|in progress|late): /,
  })),
]);
