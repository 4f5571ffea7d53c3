import { closest, pointer } from '../findings.js';
import { collectReferences, type Reference } from './references.js';
import type { Rule, RuleContext } from './types.js';

/** The ids a reference of this kind may name. */
function knownIds(kind: Reference['kind'], context: RuleContext): Set<string> {
  if (kind === 'partner') return new Set(context.partners.keys());
  if (kind === 'goal') return new Set(context.goals.keys());
  return new Set([...context.partners.keys(), ...context.committees.keys(), ...(context.charter.governance?.body ? ['body'] : [])]);
}

const NAMES: Record<Reference['kind'], { one: string; many: string }> = {
  partner: { one: 'partner', many: 'partners' },
  goal: { one: 'goal', many: 'goals' },
  owner: { one: 'partner or committee', many: 'partners and committees' },
};

export const unknownReference: Rule = {
  meta: {
    id: 'unknown-reference',
    severity: 'error',
    challenge: 'Unclear roles and agreements: a reference to nobody (format: References)',
    description: 'A partner, goal or committee reference names nothing defined in the charter.',
  },
  check(context) {
    const known = new Map<Reference['kind'], Set<string>>();
    const reports = [];
    for (const ref of collectReferences(context.charter)) {
      let ids = known.get(ref.kind);
      if (ids === undefined) known.set(ref.kind, (ids = knownIds(ref.kind, context)));
      if (ids.has(ref.id)) continue;
      const suggestion = closest(ref.id, ids);
      const hint = suggestion ? ` (did you mean '${suggestion}'?)` : ids.size > 0 ? ` (known ${NAMES[ref.kind].many}: ${[...ids].slice(0, 8).join(', ')})` : '';
      reports.push({ path: pointer(...ref.at), message: `${ref.from} names ${NAMES[ref.kind].one} '${ref.id}', which is not defined${hint}` });
    }
    return reports;
  },
};
