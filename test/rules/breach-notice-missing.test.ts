import { ruleTable } from './table.js';

const personal = { purpose: 'p', items: 'i', personal_data: true, legal_basis: 'consent', retention: '2 years', security: 'encrypted' };

ruleTable('breach-notice-missing', [
  { name: 'personal data with no breach notice', mutate: (c) => { c.governance.data_sharing = { ...personal }; }, expected: [{ path: '/governance/data_sharing' }] },
  { name: 'a breach notice period', mutate: (c) => { c.governance.data_sharing = { ...personal, breach_notice_hours: 24 }; }, expected: [] },
  { name: 'a separate data sharing agreement', mutate: (c) => { c.governance.data_sharing = { ...personal, agreement: 'DSA 2025' }; }, expected: [] },
  { name: 'no personal data', mutate: (c) => { c.governance.data_sharing = { ...personal, personal_data: false }; }, expected: [] },
]);
