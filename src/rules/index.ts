import { duplicateId } from './duplicate-id.js';
import { unknownReference } from './unknown-reference.js';
import { singleSector } from './single-sector.js';
import { goalNotShared } from './goal-not-shared.js';
import { partnerWithoutGoal } from './partner-without-goal.js';
import { goalAlignmentMissing } from './goal-alignment-missing.js';
import { partnerProfileIncomplete } from './partner-profile-incomplete.js';
import { partnerExpectationsMissing } from './partner-expectations-missing.js';
import { partnerWithoutContribution } from './partner-without-contribution.js';
import { partnerWithoutResponsibility } from './partner-without-responsibility.js';
import { goalWithoutOwner } from './goal-without-owner.js';
import { raciAccountableCount } from './raci-accountable-count.js';
import { raciResponsibleMissing } from './raci-responsible-missing.js';
import { representativeMissing } from './representative-missing.js';
import { governanceMissing } from './governance-missing.js';
import { decisionRuleMissing } from './decision-rule-missing.js';
import { quorumMissing } from './quorum-missing.js';
import { deadlockRuleMissing } from './deadlock-rule-missing.js';
import { governanceExcludesPartner } from './governance-excludes-partner.js';
import { powerConcentration } from './power-concentration.js';
import { conflictResolutionMissing } from './conflict-resolution-missing.js';
import { escalationLadderShort } from './escalation-ladder-short.js';
import { escalationStepUnbounded } from './escalation-step-unbounded.js';
import { communicationPlanMissing } from './communication-plan-missing.js';
import { communicationCadenceMissing } from './communication-cadence-missing.js';
import { meetingCadenceMissing } from './meeting-cadence-missing.js';
import { reportingMissing } from './reporting-missing.js';
import { culturalNormsUndocumented } from './cultural-norms-undocumented.js';
import { metricsMissing } from './metrics-missing.js';
import { goalWithoutMetric } from './goal-without-metric.js';
import { metricIncomplete } from './metric-incomplete.js';
import { metricDirectionConflict } from './metric-direction-conflict.js';
import { metricStale } from './metric-stale.js';
import { reviewCadenceMissing } from './review-cadence-missing.js';
import { commitmentsMissing } from './commitments-missing.js';
import { commitmentOverdue } from './commitment-overdue.js';
import { termMissing } from './term-missing.js';
import { termInvalid } from './term-invalid.js';
import { exitClauseMissing } from './exit-clause-missing.js';
import { amendmentProcessMissing } from './amendment-process-missing.js';
import { signatoryMissing } from './signatory-missing.js';
import { dataTermsMissing } from './data-terms-missing.js';
import { ipTermsMissing } from './ip-terms-missing.js';
import { todoPlaceholder } from './todo-placeholder.js';
import { conflictOfInterestMissing } from './conflict-of-interest-missing.js';
import { silentConsent } from './silent-consent.js';
import { unilateralDissolution } from './unilateral-dissolution.js';
import { roleConcentration } from './role-concentration.js';
import { breachNoticeMissing } from './breach-notice-missing.js';
import type { Rule, RuleMeta } from './types.js';

/** The static registry, in catalogue order (lint-rules.md). */
export const rules: readonly Rule[] = [
  duplicateId,
  unknownReference,
  singleSector,
  goalNotShared,
  partnerWithoutGoal,
  goalAlignmentMissing,
  partnerProfileIncomplete,
  partnerExpectationsMissing,
  partnerWithoutContribution,
  partnerWithoutResponsibility,
  goalWithoutOwner,
  raciAccountableCount,
  raciResponsibleMissing,
  representativeMissing,
  governanceMissing,
  decisionRuleMissing,
  quorumMissing,
  deadlockRuleMissing,
  governanceExcludesPartner,
  powerConcentration,
  roleConcentration,
  conflictOfInterestMissing,
  silentConsent,
  conflictResolutionMissing,
  escalationLadderShort,
  escalationStepUnbounded,
  communicationPlanMissing,
  communicationCadenceMissing,
  meetingCadenceMissing,
  reportingMissing,
  culturalNormsUndocumented,
  metricsMissing,
  goalWithoutMetric,
  metricIncomplete,
  metricDirectionConflict,
  metricStale,
  reviewCadenceMissing,
  commitmentsMissing,
  commitmentOverdue,
  termMissing,
  termInvalid,
  exitClauseMissing,
  amendmentProcessMissing,
  unilateralDissolution,
  signatoryMissing,
  dataTermsMissing,
  breachNoticeMissing,
  ipTermsMissing,
  todoPlaceholder,
];

/**
 * Checks done outside the registry that still have an id, a severity and a docs page:
 * parsing, the schema, and the report on suppressions that silenced nothing.
 */
export const builtinRules: readonly RuleMeta[] = [
  {
    id: 'yaml-syntax',
    severity: 'error',
    challenge: 'A charter everybody can read (the file must be valid YAML 1.2)',
    description: 'The file is not valid YAML: syntax error, duplicate key, alias bomb or not UTF-8.',
  },
  {
    id: 'schema',
    severity: 'error',
    challenge: 'Unclear agreements (SS "Establish Clear Agreements": one agreed format)',
    description: 'The charter does not match the JSON Schema of the format.',
  },
  {
    id: 'unused-suppression',
    severity: 'info',
    challenge: 'Keeping suppressions honest',
    description: 'A charter-disable comment silences nothing, or names an unknown rule.',
  },
];

/** Every rule id a user can see in output, with its metadata. */
export const allRuleMeta: readonly RuleMeta[] = [...builtinRules.slice(0, 2), ...rules.map((r) => r.meta), builtinRules[2]];

/** Rule ids a config or --rule may set: the schema and syntax checks cannot be turned off. */
export const configurableRuleIds: ReadonlySet<string> = new Set([...rules.map((r) => r.meta.id), 'unused-suppression']);
