import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, toYaml } from '../helpers.js';
import { baseCharter, lintYaml } from './table.js';

describe('a charter showing each challenge of the seed', () => {
  it('gets exactly the findings the catalogue names, at the right lines, and nothing else', () => {
    const text = readFileSync(join(root, 'test/fixtures/challenges.charter.yaml'), 'utf8');
    const findings = lintYaml(text).map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.path}`);
    expect(findings).toEqual([
      // No measure of impact; vague agreement (no term, no review)
      '1:1 metrics-missing ',
      '1:1 review-cadence-missing ',
      '1:1 term-missing ',
      // Unclear agreements: technology contributed without IP terms
      '28:9 ip-terms-missing /partners/1/contributions/0',
      // Cultural differences: the academic sector's norms are not written down
      '31:5 cultural-norms-undocumented /partners/2',
      // Misaligned objectives
      // (a goal's list or map that exists but falls short is pointed at itself: docs/decisions.md)
      '53:5 goal-not-shared /goals/0/partners',
      // Unclear roles
      '57:5 goal-without-owner /goals/1',
      // Misaligned objectives again
      '60:5 goal-alignment-missing /goals/1/alignment',
      '71:5 raci-accountable-count /raci/0/accountable',
      // Unclear agreements and no rule for conflicts
      '72:1 amendment-process-missing /governance',
      // New with issue 11: nobody has to declare a conflict of interest
      '72:1 conflict-of-interest-missing /governance',
      '72:1 conflict-resolution-missing /governance',
      '72:1 exit-clause-missing /governance',
      '79:3 deadlock-rule-missing /governance/decision_making',
      // Communication barriers
      '84:3 communication-cadence-missing /governance/communication',
      '84:3 reporting-missing /governance/communication',
    ]);
  });
});

describe('how the rules combine', () => {
  it('a schema-invalid charter gets schema findings only', () => {
    const charter = baseCharter();
    delete charter.governance;
    charter.partners[0].sector = 'city-hall';
    expect(lintYaml(toYaml(charter)).map((f) => f.ruleId)).toEqual(['schema']);
  });

  it('a missing governance gives three findings, not a cascade', () => {
    const charter = baseCharter();
    delete charter.governance;
    expect(lintYaml(toYaml(charter)).map((f) => `${f.ruleId} ${f.path}`)).toEqual([
      'communication-plan-missing ',
      'conflict-resolution-missing ',
      'governance-missing ',
    ]);
  });

  it('data and IP terms still fire without governance, at the contribution', () => {
    const charter = baseCharter();
    delete charter.governance;
    charter.partners[1].contributions.push({ type: 'data', description: 'trips' }, { type: 'ip', description: 'routing patent' });
    const ids = lintYaml(toYaml(charter)).map((f) => `${f.ruleId} ${f.path}`);
    expect(ids).toContain('data-terms-missing /partners/1/contributions/1');
    expect(ids).toContain('ip-terms-missing /partners/1/contributions/2');
  });

  it('a broken reference is reported once, and no other rule reports the unknown id', () => {
    const charter = baseCharter();
    charter.goals[0].owner = 'citty';
    charter.raci[0].accountable = 'citty';
    charter.metrics[0].owner = 'citty';
    charter.governance.body.members[0].partner = 'citty';
    const findings = lintYaml(toYaml(charter)).map((f) => `${f.ruleId} ${f.path}`);
    expect(findings.filter((f) => !f.startsWith('unknown-reference'))).toEqual(['governance-excludes-partner /partners/0']);
    expect(findings.filter((f) => f.startsWith('unknown-reference'))).toHaveLength(4);
  });

  it('goal-without-metric needs metrics; with none, metrics-missing alone', () => {
    const charter = baseCharter();
    delete charter.metrics;
    expect(lintYaml(toYaml(charter)).map((f) => f.ruleId)).toEqual(['metrics-missing']);
  });
});
