import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import type { RuleSetting } from '../../src/core/config.js';
import { TODAY, toYaml } from '../helpers.js';

/** A small charter that lints clean: each rule test breaks it in one place. */
export function baseCharter(): Record<string, any> {
  const partner = (id: string, name: string, sector: string, contribution: string) => ({
    id,
    name,
    sector,
    mission: `${name}'s mission`,
    strengths: ['strength'],
    limitations: ['limitation'],
    motivations: ['motivation'],
    expectations: ['expectation'],
    contributions: [{ type: contribution, description: `${contribution} from ${name}` }],
    representative: { name: `Rep of ${name}`, role: 'lead', email: `${id}@example.org`, authority: true },
    signatory: { name: `Head of ${name}`, title: 'Director' },
  });
  return {
    charter: 1,
    id: 'riverside-mobility',
    title: 'Riverside Smart Mobility',
    vision: 'Clean, safe streets for everyone.',
    term: { start: '2025-01-01', end: '2028-12-31', review: 'annual' },
    sectors: {
      government: { norms: ['annual budget'], bridging: ['shared calendar'] },
      business: { norms: ['quarterly targets'], bridging: ['open-book model'] },
      academia: { norms: ['publication'], bridging: ['review window'] },
    },
    partners: [partner('city', 'City of Riverside', 'government', 'funding'), partner('movo', 'Movo Ltd', 'business', 'staff'), partner('uni', 'Riverside University', 'academia', 'expertise')],
    goals: [
      { id: 'safety', title: 'Safer streets', partners: ['city', 'movo'], owner: 'city', alignment: { city: 'policy', movo: 'licence' }, due: '2027-12-31' },
      { id: 'evidence', title: 'Published evidence', partners: ['uni', 'city'], owner: 'uni', alignment: { uni: 'papers', city: 'evidence' } },
    ],
    roles: [
      { partner: 'city', role: 'lead', responsibilities: ['permits'] },
      { partner: 'movo', responsibilities: ['operate fleet'] },
      { partner: 'uni', responsibilities: ['evaluate'] },
    ],
    raci: [{ activity: 'Fleet operation', goal: 'safety', responsible: ['movo'], accountable: 'city', consulted: ['uni'], informed: [] }],
    governance: {
      body: { name: 'Board', members: [{ partner: 'city', seats: 1 }, { partner: 'movo', seats: 1 }, { partner: 'uni', seats: 1 }], chair: 'uni' },
      backbone: 'city',
      conflict_of_interest: { policy: 'Members declare interests and leave the vote.', recusal: true },
      decision_making: { rule: 'consensus', quorum: 0.75, tie_break: 'The chair decides.' },
      meetings: { cadence: 'monthly' },
      communication: { channels: ['monthly call'], cadence: 'monthly', reporting: { cadence: 'quarterly', audience: ['council'] } },
      conflict_resolution: { steps: [{ level: 'leads', within_days: 10 }, { level: 'board', within_days: 30 }] },
      amendments: { process: 'In writing.', approval: 'unanimous' },
      exit: { notice_days: 90 },
    },
    metrics: [
      { id: 'accidents', name: 'Accidents', goal: 'safety', unit: 'per year', baseline: 120, target: 60, direction: 'decrease', frequency: 'annual', source: 'Police', owner: 'city' },
      { id: 'papers', name: 'Papers', goal: 'evidence', unit: 'papers', baseline: 0, target: 3, direction: 'increase', frequency: 'annual', source: 'Library', owner: 'uni' },
    ],
    commitments: [{ partner: 'movo', description: 'Fleet live', due: '2026-03-31', status: 'done' }],
  };
}

export interface RuleCase {
  name: string;
  /** Breaks the base charter; the YAML is then written by the yaml library. */
  mutate?: (charter: Record<string, any>) => void;
  /** Or: the charter's exact text, when lines matter. */
  yaml?: string;
  /** The findings of this rule, in order: pointer, and line where given. */
  expected: { path: string; line?: number; column?: number; severity?: string }[];
  settings?: Map<string, RuleSetting>;
  /** Every finding's message of this rule must match (wording is part of the product). */
  message?: RegExp;
}

export function lintYaml(text: string, settings?: Map<string, RuleSetting>) {
  return checkText(text, 'test.charter.yaml', { mode: 'lint', today: TODAY, settings }).findings;
}

/** ESLint's RuleTester, for charters: one table per rule. */
export function ruleTable(ruleId: string, cases: RuleCase[]): void {
  describe(`rule ${ruleId}`, () => {
    it('stays silent on the clean base charter', () => {
      expect(lintYaml(toYaml(baseCharter())).filter((f) => f.ruleId === ruleId)).toEqual([]);
    });
    it.each(cases)('$name', (c) => {
      let text = c.yaml;
      if (text === undefined) {
        const charter = baseCharter();
        c.mutate?.(charter);
        text = toYaml(charter);
      }
      const findings = lintYaml(text, c.settings);
      expect(findings.filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax')).toEqual([]);
      const got = findings
        .filter((f) => f.ruleId === ruleId)
        .map((f, i) => {
          const want = c.expected[i] ?? {};
          return {
            path: f.path,
            ...('line' in want ? { line: f.line } : {}),
            ...('column' in want ? { column: f.column } : {}),
            ...('severity' in want ? { severity: f.severity } : {}),
          };
        });
      expect(got).toEqual(c.expected);
      if (c.message) for (const f of findings.filter((f) => f.ruleId === ruleId)) expect(f.message).toMatch(c.message);
    });
  });
}
