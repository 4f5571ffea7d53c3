import { pointer } from '../findings.js';
import type { Rule } from './types.js';

export const goalWithoutOwner: Rule = {
  meta: {
    id: 'goal-without-owner',
    severity: 'error',
    challenge: 'Unclear roles (KS "Define Roles and Responsibilities")',
    description: 'A goal has no owner.',
  },
  check({ charter }) {
    return charter.goals.flatMap((goal, index) =>
      goal.owner === undefined
        ? [{ path: pointer('goals', index), message: `goal '${goal.id}' has no owner: name the one partner (or committee) accountable for it under 'owner'` }]
        : [],
    );
  },
};
