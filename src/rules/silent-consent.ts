import { pointer } from '../findings.js';
import { decidingBodies } from './bodies.js';
import type { Rule } from './types.js';

export const silentConsent: Rule = {
  meta: {
    id: 'silent-consent',
    severity: 'warning',
    challenge: 'Trust and communication barriers (SS "Build Mutual Trust"; CC "Communication Barriers")',
    description: 'Written decisions can pass on silence, or with no minimum of responses.',
  },
  check({ charter }) {
    return decidingBodies(charter).flatMap(({ decisions, at, committee }) => {
      const procedure = decisions?.written_procedure;
      if (procedure === undefined || procedure.allowed === false) return [];
      const where = committee ? ` in ${committee}` : '';
      const path = pointer(...at, 'decision_making', 'written_procedure');
      if (procedure.silence_is_consent === true) {
        return [{ path, message: `silence counts as consent in written decisions${where}: a decision can pass that most members never saw; set 'silence_is_consent: false' and a 'min_responses' share` }];
      }
      if (procedure.allowed === true && procedure.min_responses === undefined) {
        return [{ path, message: `written decisions${where} are allowed with no 'min_responses': a decision can pass that most members never saw; set the share of voting members who must answer (e.g. 0.5)` }];
      }
      return [];
    });
  },
};
