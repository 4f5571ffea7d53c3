import { pointer } from '../findings.js';
import type { Rule } from './types.js';

export const commitmentOverdue: Rule = {
  meta: {
    id: 'commitment-overdue',
    severity: 'warning',
    challenge: 'Trust (SS "Build Mutual Trust": "consistent delivery of commitments")',
    description: 'A commitment is past its due date and not done.',
  },
  check({ charter, today }) {
    return (charter.commitments ?? []).flatMap((commitment, index) =>
      commitment.due !== undefined && commitment.due < today && commitment.status !== 'done'
        ? [{ path: pointer('commitments', index), message: `commitment of '${commitment.partner}' was due on ${commitment.due} and is ${commitment.status === undefined ? 'not marked done' : commitment.status.replace('-', ' ')}: deliver it, mark it done, or agree a new date` }]
        : [],
    );
  },
};
