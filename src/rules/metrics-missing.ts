import type { Rule } from './types.js';

export const metricsMissing: Rule = {
  meta: {
    id: 'metrics-missing',
    severity: 'error',
    challenge: 'No measure of impact (KS "Measure and Evaluate Impact")',
    description: 'The charter has no metrics.',
  },
  check({ charter }) {
    return (charter.metrics ?? []).length === 0
      ? [{ path: '', message: "the charter has no 'metrics': add at least one metric per goal, with a baseline and a target, to measure progress" }]
      : [];
  },
};
