import { pointer } from '../findings.js';
import { isBlank, joinWords } from './helpers.js';
import type { Rule } from './types.js';

const FIELDS = ['baseline', 'target', 'unit', 'frequency', 'source', 'owner'] as const;

export const metricIncomplete: Rule = {
  meta: {
    id: 'metric-incomplete',
    severity: 'warning',
    challenge: 'No measure of impact (KS "Measure and Evaluate Impact"; USAID indicator reference sheet)',
    description: 'A metric lacks its baseline, target, unit, frequency, source or owner.',
  },
  check({ charter }) {
    return (charter.metrics ?? []).flatMap((metric, index) => {
      const missing = FIELDS.filter((key) => isBlank(metric[key]));
      if (missing.length === 0) return [];
      return [{ path: pointer('metrics', index), message: `metric '${metric.id}' has no ${joinWords(missing, 'or')}: a metric needs all of these to be measured and reported` }];
    });
  },
};
