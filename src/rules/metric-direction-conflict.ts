import { pointer } from '../findings.js';
import type { Rule } from './types.js';

export const metricDirectionConflict: Rule = {
  meta: {
    id: 'metric-direction-conflict',
    severity: 'error',
    challenge: 'No measure of impact (KS "Measure and Evaluate Impact")',
    description: "A metric's target contradicts its direction.",
  },
  check({ charter }) {
    return (charter.metrics ?? []).flatMap((metric, index) => {
      const { baseline, target, direction } = metric;
      if (baseline === undefined || target === undefined) return [];
      const conflict = (direction === 'increase' && target <= baseline) || (direction === 'decrease' && target >= baseline);
      if (!conflict) return [];
      return [
        {
          path: pointer('metrics', index, 'target'),
          message: `metric '${metric.id}' should ${direction} but its target ${target} is ${target === baseline ? 'equal to' : direction === 'increase' ? 'below' : 'above'} its baseline ${baseline}: fix the target or the direction`,
        },
      ];
    });
  },
};
