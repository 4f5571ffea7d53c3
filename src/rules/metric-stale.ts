import { periodsBefore } from '../core/dates.js';
import { latestMeasurement } from './helpers.js';
import type { Rule } from './types.js';

const PERIOD_WORDS: Record<string, string> = {
  weekly: 'two weeks',
  biweekly: 'four weeks',
  monthly: 'two months',
  quarterly: 'two quarters',
  semiannual: 'a year',
  annual: 'two years',
};

export const metricStale: Rule = {
  meta: {
    id: 'metric-stale',
    severity: 'warning',
    challenge: 'No measure of impact (KS "Measure and Evaluate Impact": progress tracked at the agreed frequency)',
    description: "A metric's latest value is older than two periods of its frequency.",
  },
  check({ charter, today }) {
    return (charter.metrics ?? []).flatMap((metric, index) => {
      const latest = latestMeasurement(metric, index);
      if (latest === undefined || metric.frequency === undefined) return [];
      const limit = periodsBefore(today, metric.frequency, 2);
      if (limit === undefined || latest.as_of >= limit) return [];
      return [
        {
          path: `${latest.path}/as_of`,
          message: `metric '${metric.id}' was last measured on ${latest.as_of}, more than ${PERIOD_WORDS[metric.frequency]} ago for a ${metric.frequency} metric: record its current value, or change its frequency`,
        },
      ];
    });
  },
};
