import { closest } from '../findings.js';
import { collectReferences } from './references.js';
import type { Rule } from './types.js';

export const unknownReference: Rule = {
  meta: {
    id: 'unknown-reference',
    severity: 'error',
    challenge: 'Unclear roles and agreements: a reference to nobody (format: References)',
    description: 'A partner or goal reference names no partner or goal of the charter.',
  },
  check(context) {
    return collectReferences(context.charter)
      .filter((ref) => !(ref.kind === 'partner' ? context.partners : context.goals).has(ref.id))
      .map((ref) => {
        const known = ref.kind === 'partner' ? context.partners : context.goals;
        const suggestion = closest(ref.id, known.keys());
        const hint = suggestion ? ` (did you mean '${suggestion}'?)` : known.size > 0 ? ` (known ${ref.kind}s: ${[...known.keys()].slice(0, 8).join(', ')})` : '';
        return { path: ref.path, message: `${ref.from} names ${ref.kind} '${ref.id}', which is not defined${hint}` };
      });
  },
};
