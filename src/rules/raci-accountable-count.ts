import { pointer } from '../findings.js';
import { idList } from './helpers.js';
import type { Rule } from './types.js';

export const raciAccountableCount: Rule = {
  meta: {
    id: 'raci-accountable-count',
    severity: 'error',
    challenge: 'Unclear roles (KS "Define Roles and Responsibilities"; RACI: exactly one Accountable)',
    description: 'A RACI row does not have exactly one accountable partner.',
  },
  check({ charter }) {
    return (charter.raci ?? []).flatMap((row, index) => {
      const accountable = [...new Set(idList(row.accountable))];
      if (accountable.length === 1) return [];
      const path = row.accountable === undefined ? pointer('raci', index) : pointer('raci', index, 'accountable');
      const problem = accountable.length === 0 ? 'has no accountable partner' : `has ${accountable.length} accountable partners (${accountable.join(', ')})`;
      return [{ path, message: `raci row '${row.activity}' ${problem}: name exactly one partner under 'accountable'` }];
    });
  },
};
