import { pointer } from '../findings.js';
import type { Charter } from './types.js';

/** Pointer to the first contribution, across all partners, whose type is one of `types`. */
export function firstContributionOf(charter: Charter, types: readonly string[]): { path: string; partner: string; type: string } | undefined {
  for (const [p, partner] of charter.partners.entries()) {
    const c = (partner.contributions ?? []).findIndex((contribution) => types.includes(contribution.type));
    if (c !== -1) return { path: pointer('partners', p, 'contributions', c), partner: partner.id, type: partner.contributions![c].type };
  }
  return undefined;
}
