import { pointer } from '../findings.js';
import type { Rule } from './types.js';

export const goalWithoutMetric: Rule = {
  meta: {
    id: 'goal-without-metric',
    severity: 'error',
    challenge: 'No measure of impact (KS "Measure and Evaluate Impact")',
    description: 'No metric measures this goal.',
  },
  check({ charter }) {
    const metrics = charter.metrics ?? [];
    if (metrics.length === 0) return [];
    const measured = new Set(metrics.map((m) => m.goal));
    return charter.goals.flatMap((goal, index) =>
      measured.has(goal.id)
        ? []
        : [{ path: pointer('goals', index), message: `no metric measures goal '${goal.id}': add a metric with 'goal: ${goal.id}'` }],
    );
  },
};
