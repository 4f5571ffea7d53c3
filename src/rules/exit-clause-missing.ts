import { presentPointer } from './helpers.js';
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
    return [
      {
        path: presentPointer(charter, 'governance', 'exit'),
        message: governance.exit
          ? "the exit clause has no notice period: set 'exit.notice_days' (the days of notice a leaving partner gives)"
          : "no exit clause: set 'exit.notice_days' and say what happens to shared data, IP and assets when a partner leaves",
      },
    ];
  },
};
