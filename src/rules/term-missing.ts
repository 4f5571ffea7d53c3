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
    if (term === undefined) return [{ path: '', message: "the charter has no 'term': set 'term.start' and 'term.end' so partners know how long they commit" }];
    const missing = [...(term.start === undefined ? ['start'] : []), ...(term.end === undefined ? ['end'] : [])];
    return missing.length > 0 ? [{ path: '/term', message: `the term has no ${joinWords(missing)} date: partners need to know how long they commit` }] : [];
  },
};
