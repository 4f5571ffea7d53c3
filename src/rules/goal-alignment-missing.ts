import { joinWords, presentPointer } from './helpers.js';
import type { Rule } from './types.js';

export const goalAlignmentMissing: Rule = {
  meta: {
    id: 'goal-alignment-missing',
    severity: 'warning',
    challenge: 'Misaligned objectives (KS: objectives "that align with each partner\'s mission"; CC "Misaligned Objectives")',
    description: "A partner sharing a goal has no entry in the goal's alignment.",
  },
  check({ charter, partners }) {
    return charter.goals.flatMap((goal, index) => {
      const alignment = goal.alignment ?? {};
      const missing = [...new Set(goal.partners ?? [])].filter((id) => partners.has(id) && typeof alignment[id] !== 'string');
      if (missing.length === 0) return [];
      return [
        {
          path: presentPointer(charter, 'goals', index, 'alignment'),
          message: `goal '${goal.id}' does not say how it serves the mission of ${joinWords(missing.map((id) => `'${id}'`))}: add ${missing.length === 1 ? 'an entry' : 'entries'} under 'alignment'`,
        },
      ];
    });
  },
};
