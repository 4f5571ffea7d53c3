import { pointer } from '../findings.js';
import type { Rule } from './types.js';

export const escalationStepUnbounded: Rule = {
  meta: {
    id: 'escalation-step-unbounded',
    severity: 'warning',
    challenge: 'No rule for resolving conflicts (SS "Facilitate Open Dialogue": address conflicts early)',
    description: 'An escalation step has no time limit.',
  },
  check({ charter }) {
    return (charter.governance?.conflict_resolution?.steps ?? []).flatMap((step, index) =>
      step.within_days === undefined
        ? [{ path: pointer('governance', 'conflict_resolution', 'steps', index), message: `escalation step '${step.level}' has no time limit: set 'within_days' so a dispute moves up instead of lingering` }]
        : [],
    );
  },
};
