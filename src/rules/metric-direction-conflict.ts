import { pointer } from '../findings.js';
import type { Rule, RuleReport } from './types.js';

export const metricDirectionConflict: Rule = {
  meta: {
    id: 'metric-direction-conflict',
    severity: 'error',
    challenge: 'No measure of impact (KS "Measure and Evaluate Impact")',
    description: "A metric's target contradicts its direction, or its current value is not a number like its baseline and target.",
  },
  check({ charter }) {
    return (charter.metrics ?? []).flatMap((metric, index) => {
      const reports: RuleReport[] = [];
      const { baseline, target, direction } = metric;
      if (baseline !== undefined && target !== undefined) {
        const conflict = (direction === 'increase' && target <= baseline) || (direction === 'decrease' && target >= baseline);
        if (conflict) {
          reports.push({
            path: pointer('metrics', index, 'target'),
            message: `metric '${metric.id}' should ${direction} but its target ${target} is ${target === baseline ? 'equal to' : direction === 'increase' ? 'below' : 'above'} its baseline ${baseline}: fix the target or the direction`,
          });
        }
      }
      // A text value cannot be compared with a numeric baseline and target, nor charted.
      if ((baseline !== undefined || target !== undefined) && typeof metric.current?.value === 'string') {
        reports.push({
          path: pointer('metrics', index, 'current', 'value'),
          message: `metric '${metric.id}' has a numeric ${baseline !== undefined ? 'baseline' : 'target'} but its current value '${metric.current.value}' is text: write the number${metric.unit ? ` in ${metric.unit}` : ''}`,
        });
      }
      return reports;
    });
  },
};
