import type { Rule } from './types.js';

export const escalationLadderShort: Rule = {
  meta: {
    id: 'escalation-ladder-short',
    severity: 'warning',
    challenge: 'No rule for resolving conflicts (SS "Facilitate Open Dialogue": address conflicts early)',
    description: 'The escalation ladder has a single step.',
  },
  check({ charter }) {
    const steps = charter.governance?.conflict_resolution?.steps ?? [];
    return steps.length === 1
      ? [{ path: '/governance/conflict_resolution', message: `the escalation ladder has one step ('${steps[0].level}'): add a step above it so a dispute that the first cannot settle has somewhere to go` }]
      : [];
  },
};
