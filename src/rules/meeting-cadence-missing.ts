import { decidingBodies } from './bodies.js';
import { presentPointer } from './helpers.js';
import type { Rule } from './types.js';

export const meetingCadenceMissing: Rule = {
  meta: {
    id: 'meeting-cadence-missing',
    severity: 'warning',
    challenge: 'Communication barriers (CC "Communication Barriers"; SS "Build Mutual Trust": regular interactions)',
    description: 'The governing body or a committee has no regular meetings.',
  },
  check({ charter }) {
    return decidingBodies(charter).flatMap(({ meetings, at, committee }) => {
      const cadence = meetings?.cadence;
      if (cadence !== undefined && cadence !== 'as-needed') return [];
      const problem = committee
        ? `${committee} ${cadence === 'as-needed' ? "meets only 'as-needed'" : 'has no meeting cadence'}`
        : cadence === 'as-needed' ? "meetings are only 'as-needed'" : 'no meeting cadence';
      return [
        {
          path: presentPointer(charter, ...at, 'meetings', 'cadence'),
          message: `${problem}: set 'meetings.cadence' so ${committee ? 'its members' : 'the partners'} meet regularly (e.g. monthly, quarterly)`,
        },
      ];
    });
  },
};
