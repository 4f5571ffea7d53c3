import type { Rule } from './types.js';

export const singleSector: Rule = {
  meta: {
    id: 'single-sector',
    severity: 'error',
    challenge: 'Not cross-sector (IN: organizations from different sectors)',
    description: 'All partners come from one sector.',
  },
  check({ charter }) {
    const sectors = new Set(charter.partners.map((p) => p.sector));
    if (sectors.size >= 2) return [];
    return [
      {
        path: '/partners',
        message: `every partner is from the ${[...sectors][0]} sector: a cross-sector partnership needs partners from at least two sectors (government, business, academia, nonprofit, …)`,
      },
    ];
  },
};
