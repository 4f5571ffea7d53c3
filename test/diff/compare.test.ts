import { describe, expect, it } from 'vitest';
import { compareCharters, stablePath } from '../../src/diff/compare.js';
import { nextVersion } from '../../src/diff/report.js';
import { baseCharter } from '../rules/table.js';

type Expected = { class: string; kind: string; path: string; message?: RegExp }[];
const newPartner = { id: 'port', name: 'Port Authority', sector: 'government', contributions: [{ type: 'data', description: 'Ship movements' }] };

/** One case per change kind: it edits a copy of the base charter, and names the changes the diff must list. */
const cases: [string, (c: Record<string, any>) => void, Expected][] = [
  ['a partner joins', (c) => c.partners.push(newPartner), [{ class: 'major', kind: 'added', path: '/partners/port', message: /^partner 'port' \(Port Authority\) added$/ }]],
  ['a partner leaves', (c) => c.partners.splice(1, 1), [{ class: 'major', kind: 'removed', path: '/partners/movo', message: /partner 'movo' \(Movo Ltd\) removed/ }]],
  ['a partner is renamed (same id)', (c) => (c.partners[1].name = 'Movo Group'), [{ class: 'editorial', kind: 'changed', path: '/partners/movo/name', message: /^partner 'movo' renamed from 'Movo Ltd' to 'Movo Group'$/ }]],
  ['a partner changes sector', (c) => (c.partners[1].sector = 'nonprofit'), [{ class: 'minor', kind: 'changed', path: '/partners/movo/sector' }]],
  ['a contribution is added', (c) => c.partners[0].contributions.push({ type: 'data', description: 'Traffic counts' }), [{ class: 'minor', kind: 'added', path: '/partners/city/contributions/Traffic counts' }]],
  ['a contribution changes type', (c) => (c.partners[0].contributions[0].type = 'in-kind'), [{ class: 'minor', kind: 'changed', path: '/partners/city/contributions/funding from City of Riverside/type' }]],
  ['a representative changes', (c) => (c.partners[0].representative.email = 'new@example.org'), [{ class: 'minor', kind: 'changed', path: '/partners/city/representative/email' }]],
  ['a goal is added', (c) => c.goals.push({ id: 'jobs', title: 'Local jobs', partners: ['city', 'movo'], owner: 'movo' }), [{ class: 'minor', kind: 'added', path: '/goals/jobs' }]],
  ['a goal is removed', (c) => c.goals.splice(1, 1), [{ class: 'minor', kind: 'removed', path: '/goals/evidence' }]],
  ['a goal is retitled', (c) => (c.goals[0].title = 'Safe streets'), [{ class: 'editorial', kind: 'changed', path: '/goals/safety/title', message: /^goal 'safety' retitled from 'Safer streets' to 'Safe streets'$/ }]],
  ['a goal is re-owned', (c) => (c.goals[0].owner = 'movo'), [{ class: 'minor', kind: 'changed', path: '/goals/safety/owner', message: /owner changed from 'city' to 'movo'/ }]],
  ['a goal is re-dated', (c) => (c.goals[0].due = '2028-06-30'), [{ class: 'minor', kind: 'changed', path: '/goals/safety/due' }]],
  ['a goal gains a partner', (c) => c.goals[0].partners.push('uni'), [{ class: 'minor', kind: 'changed', path: '/goals/safety/partners', message: /partners: added 'uni'$/ }]],
  ["a goal's alignment text changes", (c) => (c.goals[0].alignment.movo = 'licence renewal'), [{ class: 'editorial', kind: 'changed', path: '/goals/safety/alignment/movo' }]],
  ["a metric's target moves", (c) => (c.metrics[0].target = 50), [{ class: 'minor', kind: 'changed', path: '/metrics/accidents/target', message: /target changed from 60 to 50/ }]],
  ["a metric's baseline, direction and owner change", (c) => Object.assign(c.metrics[1], { baseline: 1, direction: 'maintain', owner: 'city' }), [
    { class: 'minor', kind: 'changed', path: '/metrics/papers/baseline' },
    { class: 'minor', kind: 'changed', path: '/metrics/papers/direction' },
    { class: 'minor', kind: 'changed', path: '/metrics/papers/owner' },
  ]],
  ['a role gains a responsibility', (c) => c.roles[1].responsibilities.push('insure fleet'), [{ class: 'minor', kind: 'changed', path: '/roles/movo/responsibilities' }]],
  ['a RACI row changes its accountable partner', (c) => (c.raci[0].accountable = 'movo'), [{ class: 'minor', kind: 'changed', path: '/raci/Fleet operation/accountable' }]],
  ['a RACI row is added', (c) => c.raci.push({ activity: 'Evaluation', responsible: ['uni'], accountable: 'uni' }), [{ class: 'minor', kind: 'added', path: '/raci/Evaluation' }]],
  ['the decision rule changes', (c) => (c.governance.decision_making.rule = 'majority'), [{ class: 'major', kind: 'changed', path: '/governance/decision_making/rule', message: /decision-making rule changed from 'consensus' to 'majority'/ }]],
  ['the quorum changes', (c) => (c.governance.decision_making.quorum = 0.5), [{ class: 'major', kind: 'changed', path: '/governance/decision_making/quorum' }]],
  ['a threshold is set', (c) => (c.governance.decision_making.threshold = 0.67), [{ class: 'major', kind: 'added', path: '/governance/decision_making/threshold', message: /threshold set to 0.67/ }]],
  ['the tie-break is reworded', (c) => (c.governance.decision_making.tie_break = 'The chair has a casting vote.'), [{ class: 'major', kind: 'changed', path: '/governance/decision_making/tie_break' }]],
  ['seats change', (c) => (c.governance.body.members[0].seats = 2), [{ class: 'major', kind: 'changed', path: '/governance/body/members/city/seats' }]],
  ['a body member becomes an observer', (c) => (c.governance.body.members[2].observer = true), [{ class: 'major', kind: 'added', path: '/governance/body/members/uni/observer' }]],
  ['the chair changes', (c) => (c.governance.body.chair = 'movo'), [{ class: 'minor', kind: 'changed', path: '/governance/body/chair' }]],
  ['the backbone changes', (c) => (c.governance.backbone = 'uni'), [{ class: 'minor', kind: 'changed', path: '/governance/backbone' }]],
  ['an escalation step gets longer', (c) => (c.governance.conflict_resolution.steps[1].within_days = 45), [{ class: 'minor', kind: 'changed', path: '/governance/conflict_resolution/steps/1/within_days', message: /escalation step 2 within days/ }]],
  ['an escalation step is added at the end', (c) => c.governance.conflict_resolution.steps.push({ level: 'mediation', within_days: 60 }), [{ class: 'minor', kind: 'added', path: '/governance/conflict_resolution/steps/2' }]],
  ['the amendment rule changes', (c) => (c.governance.amendments.approval = 'majority'), [{ class: 'major', kind: 'changed', path: '/governance/amendments/approval' }]],
  ['the exit notice changes', (c) => (c.governance.exit.notice_days = 30), [{ class: 'major', kind: 'changed', path: '/governance/exit/notice_days' }]],
  ['IP terms are added', (c) => (c.governance.ip = { background: 'Each keeps its own.' }), [{ class: 'major', kind: 'added', path: '/governance/ip' }]],
  ['data terms are added', (c) => (c.governance.data_sharing = { purpose: 'Safety research', personal_data: false }), [{ class: 'major', kind: 'added', path: '/governance/data_sharing' }]],
  ['confidentiality is added', (c) => (c.governance.confidentiality = 'Prices stay confidential.'), [{ class: 'major', kind: 'added', path: '/governance/confidentiality' }]],
  ['the meeting cadence changes', (c) => (c.governance.meetings.cadence = 'quarterly'), [{ class: 'minor', kind: 'changed', path: '/governance/meetings/cadence' }]],
  ['the term is extended', (c) => (c.term.end = '2030-12-31'), [{ class: 'major', kind: 'changed', path: '/term/end' }]],
  ['the review cadence changes', (c) => (c.term.review = 'semiannual'), [{ class: 'minor', kind: 'changed', path: '/term/review' }]],
  ['the term is removed', (c) => delete c.term, [{ class: 'major', kind: 'removed', path: '/term' }]],
  ['a commitment is done', (c) => (c.commitments[0].status = 'late'), [{ class: 'minor', kind: 'changed', path: '/commitments/Fleet live/status' }]],
  ['a commitment is re-dated', (c) => (c.commitments[0].due = '2026-06-30'), [{ class: 'minor', kind: 'changed', path: '/commitments/Fleet live/due' }]],
  ['the vision is reworded', (c) => (c.vision = 'Clean and safe streets.'), [{ class: 'editorial', kind: 'changed', path: '/vision' }]],
  ['the title changes', (c) => (c.title = 'Riverside Mobility'), [{ class: 'editorial', kind: 'changed', path: '/title', message: /^title changed from 'Riverside Smart Mobility' to 'Riverside Mobility'$/ }]],
  ['an unknown extension changes (documented default: minor)', (c) => (c['x-budget'] = { total: 5 }), [{ class: 'minor', kind: 'added', path: '/x-budget', message: /^'x-budget' added$/ }]],
  ['a committee is set up with members and a decision rule', (c) => (c.governance.committees = [{ id: 'data', name: 'Data committee', members: [{ partner: 'uni' }], decision_making: { rule: 'majority' } }]), [{ class: 'major', kind: 'added', path: '/governance/committees' }]],
  ['a field the schema does not know yet is diffed too', (c) => (c.governance.secretariat = { partner: 'city' }), [{ class: 'minor', kind: 'added', path: '/governance/secretariat' }]],
];

describe('compareCharters: one change kind per case', () => {
  it.each(cases)('%s', (_name, mutate, expected) => {
    const before = baseCharter();
    const after = baseCharter();
    mutate(after);
    const changes = compareCharters(before, after);
    expect(changes.map((c) => ({ class: c.class, kind: c.kind, path: c.path }))).toEqual(expected.map(({ message: _m, ...rest }) => rest));
    expected.forEach((e, i) => e.message && expect(changes[i].message).toMatch(e.message));
  });
});

describe('what is not a change', () => {
  const unchanged: [string, (c: Record<string, any>) => void][] = [
    ['partners reordered', (c) => c.partners.reverse()],
    ['goals, metrics and RACI rows reordered', (c) => (c.goals.reverse(), c.metrics.reverse(), c.roles.reverse())],
    ["a goal's partners reordered", (c) => c.goals[0].partners.reverse()],
    ['body members reordered', (c) => c.governance.body.members.reverse()],
    ['keys in another order', (c) => {
      for (const target of [c, c.governance, c.partners[0]]) {
        const entries = Object.entries(target).reverse();
        for (const [key] of entries) delete target[key];
        for (const [key, value] of entries) target[key] = value;
      }
    }],
    ['the version bumped (reported on its own)', (c) => (c.version = '2.0.0')],
  ];
  it.each(unchanged)('%s', (_name, mutate) => {
    const after = baseCharter();
    mutate(after);
    expect(compareCharters(baseCharter(), after)).toEqual([]);
  });

  it('an escalation ladder in another order is a change: the order of its steps is its meaning', () => {
    const after = baseCharter();
    after.governance.conflict_resolution.steps.reverse();
    expect(compareCharters(baseCharter(), after).map((c) => c.path)).toEqual(['/governance/conflict_resolution/steps/0/level', '/governance/conflict_resolution/steps/0/within_days', '/governance/conflict_resolution/steps/1/level', '/governance/conflict_resolution/steps/1/within_days']);
  });

  it("committees are matched by id and their members by partner: reordered members, one changed seat", () => {
    const before = baseCharter();
    before.governance.committees = [{ id: 'data', name: 'Data committee', members: [{ partner: 'city' }, { partner: 'uni', seats: 1 }] }];
    const after = structuredClone(before);
    after.governance.committees[0].members = [{ partner: 'uni', seats: 2 }, { partner: 'city' }];
    expect(compareCharters(before, after).map((c) => [c.class, c.path])).toEqual([['major', '/governance/committees/data/members/uni/seats']]);
  });

  it('lists with duplicate keys fall back to positions', () => {
    const before = baseCharter();
    before.roles.push({ partner: 'city', role: 'second role' });
    const after = structuredClone(before);
    after.roles[3].role = 'another role';
    expect(compareCharters(before, after).map((c) => c.path)).toEqual(['/roles/3/role']);
  });
});

describe('stablePath', () => {
  it('names list items by id or key, so a moved item keeps its path', () => {
    const c = baseCharter();
    expect(stablePath('/partners/1/contributions/0/type', c)).toBe('/partners/movo/contributions/staff from Movo Ltd/type');
    expect(stablePath('/governance/conflict_resolution/steps/1', c)).toBe('/governance/conflict_resolution/steps/1');
    expect(stablePath('/raci/0/accountable', c)).toBe('/raci/Fleet operation/accountable');
    expect(stablePath('/goals/9/title', c)).toBe('/goals/9/title');
  });
});

describe('nextVersion', () => {
  it.each([
    ['1.4.2', 'major', '2.0.0'],
    ['1.4.2', 'minor', '1.5.0'],
    ['1.4.2', 'editorial', '1.4.3'],
    ['1.4.2', 'none', '1.4.2'],
    ['2', 'minor', '2.1.0'],
    [undefined, 'major', '2.0.0'],
    ['draft', 'editorial', '1.0.1'],
  ] as const)('%s after a %s amendment is %s', (version, cls, expected) => {
    expect(nextVersion(version, cls)).toBe(expected);
  });
});
