import { presentPointer } from './helpers.js';
import type { Rule } from './types.js';

export const conflictResolutionMissing: Rule = {
  meta: {
    id: 'conflict-resolution-missing',
    severity: 'error',
    challenge: 'No rule for resolving conflicts (KS: "conflict resolution"; SS "Facilitate Open Dialogue")',
    description: 'No escalation ladder for disputes.',
  },
  check({ charter }) {
    const steps = charter.governance?.conflict_resolution?.steps ?? [];
    if (steps.length > 0) return [];
    return [
      {
        path: presentPointer(charter, 'governance', 'conflict_resolution', 'steps'),
        message: "no conflict resolution: add 'governance.conflict_resolution.steps', an escalation ladder from the working level up (e.g. project leads, steering committee, mediator)",
      },
    ];
  },
};
