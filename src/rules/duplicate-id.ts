import { pointer } from '../findings.js';
import type { Rule, RuleReport } from './types.js';

const LISTS = ['partners', 'goals', 'metrics'] as const;

export const duplicateId: Rule = {
  meta: {
    id: 'duplicate-id',
    severity: 'error',
    challenge: 'Unclear agreements: two things with one name (format: unique ids)',
    description: 'Two partners, goals or metrics share an id.',
  },
  check({ charter }) {
    const reports: RuleReport[] = [];
    for (const list of LISTS) {
      const firstIndex = new Map<string, number>();
      (charter[list] ?? []).forEach((item, index) => {
        const first = firstIndex.get(item.id);
        if (first === undefined) firstIndex.set(item.id, index);
        else
          reports.push({
            path: pointer(list, index, 'id'),
            message: `${list}[${index}] reuses the id '${item.id}' of ${list}[${first}]: give each ${list.slice(0, -1)} its own id`,
          });
      });
    }
    return reports;
  },
};
