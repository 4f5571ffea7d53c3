import { pointer } from '../findings.js';
import { joinWords } from './helpers.js';
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
      const missing = (['norms', 'bridging'] as const).filter((key) => (profile?.[key] ?? []).length === 0);
      if (missing.length === 0) return [];
      if (profile === undefined) {
        return [{ path: pointer('partners', index), message: `the ${sector} sector's working norms are not documented: add 'sectors.${sector}' with at least one 'norms' and one 'bridging' entry` }];
      }
      // The entry exists: name the key it lacks, where it is.
      return [
        {
          path: pointer('sectors', sector),
          message: `'sectors.${sector}' has no ${joinWords(missing.map((key) => `'${key}'`), 'or')}: add at least one entry ${missing.length === 1 ? `to '${missing[0]}'` : 'to each'} (${missing.map((key) => (key === 'norms' ? 'how the sector works' : 'what the partnership does to bridge it')).join('; ')})`,
        },
      ];
    });
  },
};
