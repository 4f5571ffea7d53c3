import { presentPointer } from './helpers.js';
import type { Rule } from './types.js';

export const reviewCadenceMissing: Rule = {
  meta: {
    id: 'review-cadence-missing',
    severity: 'warning',
    challenge: 'No measure of impact (KS "Measure and Evaluate Impact"; Partnering Agreement Scorecard: regular review)',
    description: 'The charter is never reviewed on a schedule.',
  },
  check({ charter }) {
    const review = charter.term?.review;
    if (review !== undefined && review !== 'as-needed') return [];
    return [
      {
        path: presentPointer(charter, 'term', 'review'),
        message: `${review === 'as-needed' ? "the charter is reviewed only 'as-needed'" : 'the charter has no review cadence'}: set 'term.review' (e.g. annual) so partners check regularly whether it still holds`,
      },
    ];
  },
};
