import type { Charter } from '../generated/charter-types.js';
import { CADENCE, formatDate, headingText, nonEmpty, percent, RULE } from './view.js';

type Governance = NonNullable<Charter['governance']>;
type DecisionMaking = NonNullable<Governance['decision_making']>;
type Members = NonNullable<Governance['body']>['members'];
type WrittenProcedure = NonNullable<DecisionMaking['written_procedure']>;

/** How written decisions between meetings work, in one sentence; undefined when the charter is silent. */
export function writtenProcedureSentence(procedure: WrittenProcedure | undefined): string | undefined {
  if (procedure === undefined) return undefined;
  if (procedure.allowed === false) return 'Decisions are taken only at meetings, not in writing.';
  const conditions = [
    ...(procedure.min_responses !== undefined ? [`a written decision counts only when at least ${percent(procedure.min_responses)} of the voting members have answered`] : []),
    ...(procedure.silence_is_consent === true ? ['a member who does not answer by the deadline is counted as agreeing'] : []),
    ...(procedure.silence_is_consent === false ? ['a member who does not answer is not counted as agreeing'] : []),
  ];
  return `Decisions may also be taken in writing between meetings${conditions.length > 0 ? `: ${conditions.join('; ')}` : ''}.`;
}

/**
 * The parts of the agreement that describe standing bodies: committees, the secretariat,
 * conflicts of interest, written decisions, dissolution, the separate data sharing agreement,
 * an open-ended term, and how terms of reference are adopted.
 */
export function governanceAdditions(charter: Charter, name: (id: string | undefined) => string | undefined) {
  const gov = charter.governance;
  const members = (list: Members) =>
    nonEmpty(list?.map((m) => ({ partner: name(m.partner), seats: m.seats ?? 1, role: m.observer ? 'Observer' : 'Member' })));
  const chair = (id: string | undefined, rotation?: string) => (id === 'rotating' ? `rotating${rotation ? ` (${CADENCE[rotation]})` : ''}` : name(id));
  const decisions = (d: DecisionMaking | undefined) =>
    d && {
      rule: d.rule && RULE[d.rule],
      lead: name(d.lead),
      quorum: percent(d.quorum),
      threshold: percent(d.threshold),
      tieBreak: d.tie_break,
      written: writtenProcedureSentence(d.written_procedure),
    };
  const committees = nonEmpty(
    gov?.committees?.map((c) => ({
      id: c.id,
      name: c.name,
      heading: headingText(c.name),
      mandate: c.mandate,
      members: members(c.members),
      chair: chair(c.chair),
      decisions: decisions(c.decision_making),
      meetings: c.meetings?.cadence && CADENCE[c.meetings.cadence],
    })),
  );
  const coi = gov?.conflict_of_interest;
  const dissolution = gov?.dissolution;
  const adopted = charter.agreement?.adopted;
  return {
    committees,
    secretariat: gov?.secretariat && { name: gov.secretariat.name, host: name(gov.secretariat.hosted_by) },
    writtenProcedure: writtenProcedureSentence(gov?.decision_making?.written_procedure),
    conflictOfInterest: coi && (coi.policy || coi.declaration || coi.recusal !== undefined) ? { policy: coi.policy, declaration: coi.declaration, recusal: coi.recusal } : undefined,
    dissolution: dissolution && (dissolution.process || dissolution.approval || dissolution.decided_by) ? { process: dissolution.process, approval: dissolution.approval && RULE[dissolution.approval], decidedBy: name(dissolution.decided_by) } : undefined,
    dataSharingAgreement: gov?.data_sharing?.agreement,
    // Terms of reference are adopted once by the body, not signed partner by partner; an
    // agreement may record its adoption too, before the partners' signatures.
    adoption: charter.form === 'terms-of-reference' || adopted !== undefined ? { by: adopted?.by, date: formatDate(adopted?.date), termsOfReference: charter.form === 'terms-of-reference' } : undefined,
  };
}
