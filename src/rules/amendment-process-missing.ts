import type { Rule } from './types.js';

export const amendmentProcessMissing: Rule = {
  meta: {
    id: 'amendment-process-missing',
    severity: 'warning',
    challenge: 'Unclear agreements (SS "Establish Clear Agreements")',
    description: 'No process for amending the charter.',
  },
  check({ charter }) {
    return charter.governance !== undefined && charter.governance.amendments === undefined
      ? [{ path: '/governance', message: "no amendment process: add 'amendments' with how changes are proposed and who approves them" }]
      : [];
  },
};
