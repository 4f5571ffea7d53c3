import type { Rule } from './types.js';

export const meetingCadenceMissing: Rule = {
  meta: {
    id: 'meeting-cadence-missing',
    severity: 'warning',
    challenge: 'Communication barriers (CC "Communication Barriers"; SS "Build Mutual Trust": regular interactions)',
    description: 'The governing body has no regular meetings.',
  },
  check({ charter }) {
    const governance = charter.governance;
    if (governance === undefined) return [];
    const cadence = governance.meetings?.cadence;
    if (cadence !== undefined && cadence !== 'as-needed') return [];
    return [
      {
        path: '/governance',
        message: `${cadence === 'as-needed' ? "meetings are only 'as-needed'" : 'no meeting cadence'}: set 'meetings.cadence' so the partners meet regularly (e.g. monthly, quarterly)`,
      },
    ];
  },
};
