import { pointer } from '../findings.js';
import type { Rule } from './types.js';

export const culturalNormsUndocumented: Rule = {
  meta: {
    id: 'cultural-norms-undocumented',
    severity: 'warning',
    challenge: 'Cultural differences (CC "Cultural Differences": "Variation in organizational cultures and sector norms")',
    description: "A sector's norms and how to bridge them are not written down.",
  },
  check({ charter }) {
    const firstPartner = new Map<string, number>();
    charter.partners.forEach((p, index) => {
      if (!firstPartner.has(p.sector)) firstPartner.set(p.sector, index);
    });
    return [...firstPartner].flatMap(([sector, index]) => {
      const profile = charter.sectors?.[sector as keyof NonNullable<typeof charter.sectors>] as { norms?: string[]; bridging?: string[] } | undefined;
      if ((profile?.norms ?? []).length > 0 && (profile?.bridging ?? []).length > 0) return [];
      return [
        {
          path: pointer('partners', index),
          message: `the ${sector} sector's working norms are not documented: add 'sectors.${sector}' with at least one 'norms' and one 'bridging' entry`,
        },
      ];
    });
  },
};
