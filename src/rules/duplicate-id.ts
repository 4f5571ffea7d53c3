import { pointer } from '../findings.js';
import type { Rule, RuleReport } from './types.js';

const LISTS = ['partners', 'goals', 'metrics'] as const;

/** Reports the second and later items of `items` whose id an earlier item already has. */
function repeatedIds(items: readonly { id: string }[] | undefined, at: (string | number)[], what: string): RuleReport[] {
  const reports: RuleReport[] = [];
  const firstIndex = new Map<string, number>();
  (items ?? []).forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, index);
    else {
      const list = at.join('.');
      reports.push({ path: pointer(...at, index, 'id'), message: `${list}[${index}] reuses the id '${item.id}' of ${list}[${first}]: give each ${what} its own id` });
    }
  });
  return reports;
}

export const duplicateId: Rule = {
  meta: {
    id: 'duplicate-id',
    severity: 'error',
    challenge: 'Unclear agreements: two things with one name (format: unique ids)',
    description: 'Two partners, goals, metrics or committees share an id.',
  },
  check({ charter, partners }) {
    const committees = charter.governance?.committees;
    const reports = [...LISTS.flatMap((list) => repeatedIds(charter[list], [list], list.slice(0, -1))), ...repeatedIds(committees, ['governance', 'committees'], 'committee')];
    // A goal's owner may name a partner or a committee, so their ids must not collide either.
    committees?.forEach((committee, index) => {
      if (partners.has(committee.id) || committee.id === 'body') {
        const clash = committee.id === 'body' ? 'the governing body' : `partner '${committee.id}'`;
        reports.push({ path: pointer('governance', 'committees', index, 'id'), message: `committee id '${committee.id}' is also the id of ${clash}: an owner '${committee.id}' would be ambiguous; rename the committee` });
      }
    });
    return reports;
  },
};
