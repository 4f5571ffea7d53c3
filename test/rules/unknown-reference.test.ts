import { ruleTable } from './table.js';

ruleTable('unknown-reference', [
  { name: 'the lead partner of the decision rule must be a partner', mutate: (c) => { c.governance.decision_making = { rule: 'lead-partner', lead: 'citty' }; }, expected: [{ path: '/governance/decision_making/lead'}] },
  { name: 'an existing lead partner is fine', mutate: (c) => { c.governance.decision_making = { rule: 'lead-partner', lead: 'city' }; }, expected: [] },
  { name: 'a goal partner that does not exist, with a suggestion', mutate: (c) => { c.goals[0].partners = ['city', 'movoo']; c.goals[0].alignment = { city: 'x' }; }, expected: [{ path: '/goals/0/partners/1' }] },
  {
    name: 'one finding per broken reference, at the reference line',
    yaml: `charter: 1
id: x
title: X
vision: V
partners:
  - {id: city, name: City, sector: government}
  - {id: movo, name: Movo, sector: business}
goals:
  - id: g1
    title: G
    partners: [city, movo]
    owner: cty
metrics:
  - {id: m1, name: M, goal: g2, owner: nobody}
`,
    expected: [{ path: '/goals/0/owner', line: 12, column: 12 }, { path: '/metrics/0/goal', line: 14, column: 29 }, { path: '/metrics/0/owner', line: 14, column: 40 }],
  },
  { name: 'every kind of reference is checked', mutate: (c) => { c.roles[0].partner = 'x1'; c.raci[0].informed = ['x2']; c.governance.body.chair = 'x3'; c.governance.backbone = 'x4'; c.commitments[0].partner = 'x5'; c.risks = [{ owner: 'x6' }]; c.goals[1].alignment.x7 = 'y'; c.governance.data_sharing = { controllers: ['x8'] }; }, expected: [{ path: '/goals/1/alignment/x7' }, { path: '/roles/0/partner' }, { path: '/raci/0/informed/0' }, { path: '/governance/body/chair' }, { path: '/governance/backbone' }, { path: '/governance/data_sharing/controllers/0' }, { path: '/commitments/0/partner' }, { path: '/risks/0/owner' }] },
  { name: 'a rotating chair is not a reference', mutate: (c) => { c.governance.body.chair = 'rotating'; }, expected: [] },
  { name: 'an owner and an accountable may name a committee or the body', mutate: (c) => { c.governance.committees = [{ id: 'dac', name: 'DAC', decision_making: { rule: 'majority', quorum: 1 }, meetings: { cadence: 'monthly' } }]; c.goals[0].owner = 'dac'; c.raci[0].accountable = 'body'; }, expected: [] },
  { name: 'a misspelt committee owner gets a suggestion', mutate: (c) => { c.governance.committees = [{ id: 'data-access', name: 'DAC', decision_making: { rule: 'majority', quorum: 1 }, meetings: { cadence: 'monthly' } }]; c.goals[0].owner = 'data-acess'; }, expected: [{ path: '/goals/0/owner' }], message: /names partner or committee 'data-acess', which is not defined \(did you mean 'data-access'\?\)/ },
  { name: 'body is no owner without a governing body', mutate: (c) => { delete c.governance.body; c.goals[0].owner = 'body'; }, expected: [{ path: '/goals/0/owner' }] },
  { name: 'committee members and chairs, the secretariat host and the dissolving partner are references', mutate: (c) => { c.governance.committees = [{ id: 'dac', name: 'DAC', members: [{ partner: 'y1' }], chair: 'y2', decision_making: { rule: 'lead-partner', lead: 'y5', quorum: 1 }, meetings: { cadence: 'monthly' } }]; c.governance.secretariat = { name: 'S', hosted_by: 'y3' }; c.governance.dissolution = { decided_by: 'y4' }; }, expected: [{ path: '/governance/committees/0/members/0/partner' }, { path: '/governance/committees/0/chair' }, { path: '/governance/committees/0/decision_making/lead' }, { path: '/governance/secretariat/hosted_by' }, { path: '/governance/dissolution/decided_by' }] },
]);
