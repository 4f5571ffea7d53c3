import { pointer } from '../findings.js';
import type { Rule } from './types.js';

export const termInvalid: Rule = {
  meta: {
    id: 'term-invalid',
    severity: 'error',
    challenge: 'Unclear agreements (SS "Establish Clear Agreements")',
    description: 'The term ends before it starts, or a goal is due outside the term.',
  },
  check({ charter }) {
    const { start, end, open_ended: openEnded } = charter.term ?? {};
    if (start === undefined) return [];
    if (openEnded === true) {
      if (end !== undefined) return [{ path: '/term/end', message: `the term is open-ended but ends on ${end}: remove 'end', or 'open_ended' if the partnership does end` }];
      return charter.goals.flatMap((goal, index) =>
        goal.due !== undefined && goal.due < start
          ? [{ path: pointer('goals', index, 'due'), message: `goal '${goal.id}' is due on ${goal.due}, before the term starts on ${start}` }]
          : [],
      );
    }
    if (end === undefined) return [];
    if (end <= start) return [{ path: '/term/end', message: `the term ends on ${end}, which is not after its start ${start}: fix one of the dates` }];
    return charter.goals.flatMap((goal, index) =>
      goal.due !== undefined && (goal.due < start || goal.due > end)
        ? [{ path: pointer('goals', index, 'due'), message: `goal '${goal.id}' is due on ${goal.due}, outside the term (${start} to ${end})` }]
        : [],
    );
  },
};
