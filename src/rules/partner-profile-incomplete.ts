import { pointer } from '../findings.js';
import { describePartner, isBlank, joinWords } from './helpers.js';
import type { Rule } from './types.js';

const PROFILE = ['mission', 'strengths', 'limitations', 'motivations'] as const;

export const partnerProfileIncomplete: Rule = {
  meta: {
    id: 'partner-profile-incomplete',
    severity: 'warning',
    challenge: 'Misaligned objectives (DP: "Understanding each partner\'s strengths, limitations, and motivations")',
    description: 'A partner lacks its mission, strengths, limitations or motivations.',
  },
  agreementOnly: true,
  check({ charter }) {
    return charter.partners.flatMap((partner, index) => {
      const missing = PROFILE.filter((key) => isBlank(partner[key]));
      if (missing.length === 0) return [];
      return [{ path: pointer('partners', index), message: `${describePartner(partner)} has no ${joinWords(missing, 'or')}: say what drives it and what it can and cannot do` }];
    });
  },
};
