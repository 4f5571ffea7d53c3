import { joinWords } from './helpers.js';
import type { Rule } from './types.js';

export const termMissing: Rule = {
  meta: {
    id: 'term-missing',
    severity: 'warning',
    challenge: 'Unclear agreements (SS "Establish Clear Agreements")',
    description: 'The charter has no term, or no start or end.',
  },
  check({ charter }) {
    const term = charter.term;
    if (term === undefined) return [{ path: '', message: "the charter has no 'term': set 'term.start' and 'term.end' so partners know how long they commit (or 'term.open_ended: true' for a standing body)" }];
    // A standing body runs until it is dissolved: it needs a start, not an end.
    if (term.open_ended === true) {
      return term.start === undefined ? [{ path: '/term', message: "the open-ended term has no start date: set 'term.start', the day the body was established" }] : [];
    }
    const missing = [...(term.start === undefined ? ['start'] : []), ...(term.end === undefined ? ['end'] : [])];
    return missing.length > 0
      ? [{ path: '/term', message: `the term has no ${joinWords(missing, 'or')} date: partners need to know how long they commit${term.end === undefined ? " (for a standing body with no end, set 'open_ended: true')" : ''}` }]
      : [];
  },
};
