import type { Rule } from './types.js';

export const exitClauseMissing: Rule = {
  meta: {
    id: 'exit-clause-missing',
    severity: 'warning',
    challenge: 'Unclear agreements (SS "Establish Clear Agreements"; Partnering Agreement Scorecard: exit strategy)',
    description: 'No exit clause with a notice period.',
  },
  check({ charter }) {
    const governance = charter.governance;
    if (governance === undefined || governance.exit?.notice_days !== undefined) return [];
    return [{ path: '/governance', message: "no exit clause: set 'exit.notice_days' and say what happens to shared data, IP and assets when a partner leaves" }];
  },
};
