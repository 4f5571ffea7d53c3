import type { Rule } from './types.js';

export const commitmentsMissing: Rule = {
  meta: {
    id: 'commitments-missing',
    severity: 'info',
    challenge: 'Trust (SS "Build Mutual Trust": "consistent delivery of commitments")',
    description: 'The charter lists no commitments.',
  },
  check({ charter }) {
    return (charter.commitments ?? []).length === 0
      ? [{ path: '', message: "the charter lists no 'commitments': concrete deliverables with due dates let partners build trust by delivering them" }]
      : [];
  },
};
