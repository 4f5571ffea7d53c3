import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, TODAY, toYaml } from '../helpers.js';

const SECTORS = ['government', 'healthcare', 'academia', 'nonprofit', 'community', 'business'] as const;

/**
 * The terms of reference of a standing steering group with 18 members, as such documents
 * are written: no partner profiles, no signatories, no end date, no expectations.
 */
function steeringGroup(): Record<string, any> {
  const partners = Array.from({ length: 18 }, (_, i) => ({
    id: `member-${i + 1}`,
    name: `Member organisation ${i + 1}`,
    sector: SECTORS[i % SECTORS.length],
    contributions: [{ type: i % 3 === 0 ? 'data' : 'expertise', description: `Contribution of member ${i + 1}` }],
    representative: { name: `Representative ${i + 1}`, role: 'Director', email: `rep${i + 1}@example.org`, authority: true },
  }));
  const ids = partners.map((p) => p.id);
  return {
    charter: 1,
    id: 'outbreak-data-steering-group',
    title: 'Outbreak Data Steering Group',
    form: 'terms-of-reference',
    vision: 'Outbreak data reaches those who act on it within days.',
    term: { start: '2003-06-01', open_ended: true, review: 'annual' },
    agreement: { adopted: { by: 'the Steering Group', date: '2024-02-01' } },
    sectors: Object.fromEntries(SECTORS.map((s) => [s, { norms: [`${s} norm`], bridging: [`${s} bridge`] }])),
    partners,
    goals: [{ id: 'timely-data', title: 'Data within 48 hours', partners: ids, owner: 'dac', alignment: Object.fromEntries(ids.map((id) => [id, 'faster response'])) }],
    roles: ids.map((id) => ({ partner: id, responsibilities: ['share surveillance data'] })),
    governance: {
      body: { name: 'Steering Group', members: ids.map((partner) => ({ partner })), chair: 'rotating', rotation: 'annual' },
      secretariat: { name: 'Steering Group Secretariat', hosted_by: 'member-1' },
      conflict_of_interest: { policy: 'Members declare interests; a conflicted member does not vote.', recusal: true },
      decision_making: { rule: 'majority', quorum: 0.5, written_procedure: { allowed: true, silence_is_consent: false, min_responses: 0.5 } },
      meetings: { cadence: 'quarterly' },
      committees: [
        {
          id: 'dac',
          name: 'Data Access Committee',
          members: ids.slice(0, 5).map((partner) => ({ partner })),
          decision_making: { rule: 'unanimous', quorum: 1, tie_break: 'Refer to the Steering Group.' },
          meetings: { cadence: 'monthly' },
        },
      ],
      communication: { channels: ['quarterly meeting'], cadence: 'monthly', reporting: { cadence: 'annual', audience: ['the public'] } },
      conflict_resolution: { steps: [{ level: 'chair', within_days: 14 }, { level: 'Steering Group', within_days: 60 }] },
      amendments: { process: 'By the Steering Group.', approval: 'supermajority' },
      exit: { notice_days: 90 },
      dissolution: { process: 'The Steering Group winds up.', approval: 'supermajority' },
      data_sharing: { purpose: 'Outbreak response', personal_data: true, agreement: 'the Outbreak Data Sharing Agreement' },
    },
    metrics: [{ id: 'hours', name: 'Hours to data', goal: 'timely-data', unit: 'hours', baseline: 240, target: 48, direction: 'decrease', frequency: 'quarterly', source: 'Secretariat log', owner: 'member-1' }],
    commitments: [{ partner: 'member-2', description: 'Weekly feed', due: '2025-01-31', status: 'done' }],
  };
}

function lintJson(charter: Record<string, any>, ...args: string[]) {
  const file = join(tempDir(), 'steering.charter.yaml');
  writeFileSync(file, toYaml(charter));
  const { code, stdout } = runCli(['lint', file, '--format', 'json', '--today', TODAY, ...args]);
  return { code, messages: JSON.parse(stdout)[0].messages as { ruleId: string; path: string }[] };
}

describe('terms of reference of a standing body with 18 members (issue 11, done when)', () => {
  it('lint without a single finding, let alone a per-partner one it cannot act on', () => {
    const { code, messages } = lintJson(steeringGroup());
    expect(messages).toEqual([]);
    expect(code).toBe(0);
  });

  it('as an agreement, the same document is asked for signatories, profiles and an end date', () => {
    const charter = steeringGroup();
    charter.form = 'agreement';
    delete charter.term.open_ended;
    const { messages } = lintJson(charter);
    const count = (id: string) => messages.filter((m) => m.ruleId === id).length;
    expect(count('signatory-missing')).toBe(18);
    expect(count('partner-profile-incomplete')).toBe(18);
    expect(count('partner-expectations-missing')).toBe(18);
    expect(count('term-missing')).toBe(1);
  });

  it('a config turns a per-partner rule back on for terms of reference', () => {
    const { messages } = lintJson(steeringGroup(), '--rule', 'signatory-missing=warning');
    expect(messages.map((m) => m.ruleId)).toEqual(Array(18).fill('signatory-missing'));
  });

  it.each([
    ['conflict-of-interest-missing', (c: any) => { delete c.governance.conflict_of_interest; }, '/governance'],
    ['silent-consent', (c: any) => { c.governance.decision_making.written_procedure.silence_is_consent = true; }, '/governance/decision_making/written_procedure'],
    ['unilateral-dissolution', (c: any) => { c.governance.dissolution.decided_by = 'member-1'; }, '/governance/dissolution'],
    ['role-concentration', (c: any) => { c.governance.body.chair = 'member-1'; }, '/governance/body/chair'],
    ['breach-notice-missing', (c: any) => { delete c.governance.data_sharing.agreement; Object.assign(c.governance.data_sharing, { legal_basis: 'public task', retention: '5 years', security: 'TRE' }); }, '/governance/data_sharing'],
  ])('%s fires on the failure the issue names, and only there', (ruleId, mutate, path) => {
    const charter = steeringGroup();
    mutate(charter);
    const { messages } = lintJson(charter);
    expect(messages.map((m) => `${m.ruleId} ${m.path}`)).toEqual([`${ruleId} ${path}`]);
  });
});
