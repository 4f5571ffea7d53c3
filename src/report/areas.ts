/** The challenge areas of the seed document that the report gives a health mark for, in display order. */
export const AREAS = [
  { id: 'alignment', name: 'Alignment', short: 'Align' },
  { id: 'governance', name: 'Governance and decisions', short: 'Gov' },
  { id: 'conflict', name: 'Conflict resolution', short: 'Confl' },
  { id: 'communication', name: 'Communication', short: 'Comm' },
  { id: 'roles', name: 'Roles and accountability', short: 'Roles' },
  { id: 'culture', name: 'Culture', short: 'Cult' },
  { id: 'metrics', name: 'Metrics', short: 'Metr' },
  { id: 'legal', name: 'Legal terms', short: 'Legal' },
] as const;

export type AreaId = (typeof AREAS)[number]['id'];

/**
 * The one table from rule id to challenge area. Every rule of the registry must have a row
 * (a test checks it); parsing, schema and suppression findings belong to no area.
 */
export const RULE_AREA: Readonly<Record<string, AreaId>> = {
  'single-sector': 'alignment',
  'goal-not-shared': 'alignment',
  'partner-without-goal': 'alignment',
  'goal-alignment-missing': 'alignment',
  'partner-profile-incomplete': 'alignment',
  'partner-expectations-missing': 'alignment',

  'governance-missing': 'governance',
  'decision-rule-missing': 'governance',
  'quorum-missing': 'governance',
  'deadlock-rule-missing': 'governance',
  'governance-excludes-partner': 'governance',
  'power-concentration': 'governance',
  'review-cadence-missing': 'governance',
  'silent-consent': 'governance',
  'conflict-of-interest-missing': 'governance',

  'conflict-resolution-missing': 'conflict',
  'escalation-ladder-short': 'conflict',
  'escalation-step-unbounded': 'conflict',

  'communication-plan-missing': 'communication',
  'communication-cadence-missing': 'communication',
  'meeting-cadence-missing': 'communication',
  'reporting-missing': 'communication',

  // Who brings, owns and delivers what: contributions, RACI, representatives, commitments.
  'partner-without-contribution': 'roles',
  'partner-without-responsibility': 'roles',
  'goal-without-owner': 'roles',
  'raci-accountable-count': 'roles',
  'raci-responsible-missing': 'roles',
  'representative-missing': 'roles',
  'role-concentration': 'roles',
  'commitments-missing': 'roles',
  'commitment-overdue': 'roles',

  'cultural-norms-undocumented': 'culture',

  'metrics-missing': 'metrics',
  'goal-without-metric': 'metrics',
  'metric-incomplete': 'metrics',
  'metric-direction-conflict': 'metrics',
  'metric-stale': 'metrics',

  // An agreement too vague or inconsistent to hold anyone to account.
  'term-missing': 'legal',
  'term-invalid': 'legal',
  'exit-clause-missing': 'legal',
  'unilateral-dissolution': 'legal',
  'amendment-process-missing': 'legal',
  'signatory-missing': 'legal',
  'data-terms-missing': 'legal',
  'breach-notice-missing': 'legal',
  'ip-terms-missing': 'legal',
  'duplicate-id': 'legal',
  'unknown-reference': 'legal',
  'todo-placeholder': 'legal',
};

export function areaOf(ruleId: string): AreaId | undefined {
  return Object.hasOwn(RULE_AREA, ruleId) ? RULE_AREA[ruleId] : undefined;
}
