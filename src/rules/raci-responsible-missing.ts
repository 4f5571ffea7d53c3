import { presentPointer } from './helpers.js';
import type { Rule } from './types.js';

export const raciResponsibleMissing: Rule = {
  meta: {
    id: 'raci-responsible-missing',
    severity: 'warning',
    challenge: 'Unclear roles (KS "Define Roles and Responsibilities"; RACI: at least one Responsible)',
    description: 'A RACI row names nobody responsible.',
  },
  check({ charter }) {
    return (charter.raci ?? []).flatMap((row, index) =>
      (row.responsible ?? []).length === 0
        ? [{ path: presentPointer(charter, 'raci', index, 'responsible'), message: `raci row '${row.activity}' names nobody responsible: list who does the work under 'responsible'` }]
        : [],
    );
  },
};
