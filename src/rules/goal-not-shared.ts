import { presentPointer } from './helpers.js';
import type { Rule } from './types.js';

export const goalNotShared: Rule = {
  meta: {
    id: 'goal-not-shared',
    severity: 'warning',
    challenge: 'Misaligned objectives (KS "Identify Common Goals"; CC "Misaligned Objectives")',
    description: "A goal's partners list names fewer than two partners.",
  },
  check({ charter }) {
    return charter.goals.flatMap((goal, index) => {
      const count = new Set(goal.partners ?? []).size;
      if (count >= 2) return [];
      return [
        {
          path: presentPointer(charter, 'goals', index, 'partners'),
          message: `goal '${goal.id}' is shared by ${count === 0 ? 'no partner' : 'one partner only'}: list in 'partners' at least two partners who pursue it together`,
        },
      ];
    });
  },
};
