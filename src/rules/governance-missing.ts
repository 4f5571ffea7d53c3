import type { Rule } from './types.js';

export const governanceMissing: Rule = {
  meta: {
    id: 'governance-missing',
    severity: 'error',
    challenge: 'No governance structure (KS "Create a Governance Structure")',
    description: 'The charter has no governance section.',
  },
  check({ charter }) {
    return charter.governance === undefined
      ? [{ path: '', message: "the charter has no 'governance': say how decisions are made, how partners communicate and how conflicts are resolved" }]
      : [];
  },
};
