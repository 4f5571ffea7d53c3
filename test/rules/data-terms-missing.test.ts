import { ruleTable } from './table.js';

ruleTable('data-terms-missing', [
  { name: 'data without data sharing terms, at the first data contribution', mutate: (c) => { c.partners[1].contributions.push({ type: 'data', description: 'trips' }); c.partners[2].contributions.push({ type: 'data', description: 'surveys' }); }, expected: [{ path: '/partners/1/contributions/1' }] },
  { name: 'personal data without legal basis', mutate: (c) => { c.partners[1].contributions.push({ type: 'data', description: 'trips' }); c.governance.data_sharing = { purpose: 'p', personal_data: true, retention: 'r', security: 's' }; }, expected: [{ path: '/governance/data_sharing' }] },
  { name: 'still fires without governance', mutate: (c) => { c.partners[0].contributions[0].type = 'data'; delete c.governance; }, expected: [{ path: '/partners/0/contributions/0' }] },
  { name: 'non-personal data needs no legal basis', mutate: (c) => { c.partners[1].contributions.push({ type: 'data', description: 'trips' }); c.governance.data_sharing = { purpose: 'p', personal_data: false }; }, expected: [] },
  { name: 'gives the count of data contributors', mutate: (c) => { c.partners[1].contributions.push({ type: 'data', description: 'trips' }); c.partners[2].contributions.push({ type: 'data', description: 'surveys' }); }, expected: [{ path: '/partners/1/contributions/1' }], message: /^2 partners contribute data \(the first is 'movo'\)/ },
  { name: 'one contributor is named', mutate: (c) => { c.partners[1].contributions.push({ type: 'data', description: 'trips' }); }, expected: [{ path: '/partners/1/contributions/1' }], message: /^partner 'movo' contributes data but/ },
  { name: 'a separate data sharing agreement carries the terms', mutate: (c) => { c.partners[1].contributions.push({ type: 'data', description: 'trips' }); c.governance.data_sharing = { personal_data: true, agreement: 'DSA of 2025' }; }, expected: [] },
]);
