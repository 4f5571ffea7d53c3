import { describe, expect, it } from 'vitest';
import { toYaml } from '../helpers.js';
import { baseCharter, lintYaml } from './table.js';

describe('rule schema', () => {
  it.each([
    { name: 'missing required key: at the parent', mutate: (c: any) => delete c.partners[1].sector, path: '/partners/1', message: "the 2nd partner (partners[1]) is missing required key 'sector'" },
    { name: 'unknown key: at the key, with a suggestion', mutate: (c: any) => (c.partners[0].mision = 'x'), path: '/partners/0/mision', message: "unknown key 'mision' in the 1st partner (partners[0]) (did you mean 'mission'?)" },
    { name: 'enum: with the allowed values', mutate: (c: any) => (c.metrics[0].direction = 'down'), path: '/metrics/0/direction', message: "the direction of the 1st metric (metrics[0].direction) 'down' is not one of: increase, decrease, maintain" },
    { name: 'anyOf: one finding, not one per branch', mutate: (c: any) => (c.raci[0].accountable = 7), path: '/raci/0/accountable', message: 'the accountable of the 1st RACI row (raci[0].accountable) must be an id or a list of ids, not the number 7' },
    { name: 'fraction out of range', mutate: (c: any) => (c.governance.decision_making.quorum = 0), path: '/governance/decision_making/quorum', message: "governance.decision_making.quorum must be > 0, not '0'" },
    { name: 'currency code', mutate: (c: any) => (c.partners[0].contributions[0].value = { amount: 5, currency: 'euro' }), path: '/partners/0/contributions/0/value/currency', message: "the value.currency of the 1st contribution (partners[0].contributions[0].value.currency) 'euro' is not an ISO 4217 currency code: use three capital letters such as EUR or USD" },
    { name: 'slug id, with a suggestion', mutate: (c: any) => (c.id = 'Riverside Mobility'), path: '/id', message: "id 'Riverside Mobility' is not a valid id: use lowercase letters, digits and hyphens, at most 63 characters (e.g. 'riverside-mobility')" },
    { name: 'format version', mutate: (c: any) => (c.charter = 2), path: '/charter', message: "charter must be 1, not '2'" },
  ])('$name', ({ mutate, path, message }) => {
    const charter = baseCharter();
    mutate(charter);
    const findings = lintYaml(toYaml(charter));
    expect(findings.map((f) => [f.ruleId, f.path, f.message])).toEqual([['schema', path, message]]);
  });

  it('x- keys are allowed on any object', () => {
    const charter = baseCharter();
    charter['x-internal'] = { owner: 'legal' };
    charter.partners[0]['x-crm-id'] = 42;
    charter.governance['x-note'] = 'kept by render';
    expect(lintYaml(toYaml(charter))).toEqual([]);
  });
});
