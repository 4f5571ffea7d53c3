import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import type { Charter } from '../../src/rules/types.js';
import { rules } from '../../src/rules/index.js';
import { AREAS, RULE_AREA } from '../../src/report/areas.js';
import { buildReport, summariseCharter } from '../../src/report/build.js';
import { normaliseName, sharedPartners } from '../../src/report/partners.js';
import { TODAY, toYaml } from '../helpers.js';
import { baseCharter } from '../rules/table.js';

function reportOf(charters: (Record<string, any> | string)[]) {
  const texts = charters.map((c) => (typeof c === 'string' ? c : toYaml(c)));
  const results = texts.map((text, i) => checkText(text, `c${i}.charter.yaml`, { mode: 'lint', today: TODAY }));
  const data = texts.map((_, i) => (results[i].findings.some((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax') ? undefined : (charters[i] as Charter)));
  return buildReport(results.map((r, i) => summariseCharter(r, data[i], TODAY)), TODAY);
}

describe('challenge areas', () => {
  it('gives every rule of the registry an area', () => {
    const missing = rules.map((r) => r.meta.id).filter((id) => !Object.hasOwn(RULE_AREA, id));
    expect(missing).toEqual([]);
  });

  it('maps only to known areas', () => {
    const ids = new Set<string>(AREAS.map((a) => a.id));
    expect(Object.entries(RULE_AREA).filter(([, area]) => !ids.has(area))).toEqual([]);
  });
});

describe('buildReport', () => {
  it('marks each area by its worst finding, and every area of a clean charter ok', () => {
    const broken = baseCharter();
    delete broken.governance.conflict_resolution; // conflict-resolution-missing: error
    delete broken.partners[0].representative; // representative-missing: warning
    const report = reportOf([baseCharter(), broken]);
    expect(Object.values(report.charters[0].health!)).toEqual(AREAS.map(() => 'ok'));
    expect(report.charters[1].health).toMatchObject({ conflict: 'error', roles: 'warning', metrics: 'ok' });
    expect(report.areas.find((a) => a.id === 'conflict')).toMatchObject({ errors: 1, warnings: 0 });
    expect(report.totals).toMatchObject({ charters: 2, valid: 2, errorCount: 1, warningCount: 1 });
  });

  it('keeps a charter that fails the schema, with its errors and no health marks', () => {
    const invalid = baseCharter();
    delete invalid.vision;
    const report = reportOf([invalid, 'title: [unclosed\n', baseCharter()]);
    expect(report.charters.map((c) => [c.valid, c.title, c.health === null])).toEqual([
      [false, 'c0.charter.yaml', true],
      [false, 'c1.charter.yaml', true],
      [true, 'Riverside Smart Mobility', false],
    ]);
    expect(report.charters[0].findings.map((f) => f.ruleId)).toEqual(['schema']);
    expect(report.actions.filter((a) => a.kind === 'error').map((a) => a.charter)).toEqual(['charter-1', 'charter-2']);
  });

  it('lists commitments overdue or due within 90 days, and orders what to do first: errors, overdue, terms', () => {
    const c = baseCharter();
    c.term.end = '2027-01-31';
    c.commitments = [
      { partner: 'movo', description: 'late', due: '2026-11-01', status: 'late' },
      { partner: 'city', description: 'soon', due: '2027-02-20' },
      { partner: 'uni', description: 'later', due: '2027-02-26' },
      { partner: 'uni', description: 'done', due: '2026-01-01', status: 'done' },
    ];
    const broken = baseCharter();
    delete broken.metrics;
    const report = reportOf([c, broken]);
    expect(report.commitments.map((x) => [x.description, x.daysLeft, x.overdue])).toEqual([
      ['late', -26, true],
      ['soon', 85, false],
    ]);
    expect(report.actions.map((a) => a.kind)).toEqual(['error', 'error', 'overdue-commitment', 'term-ending']);
    expect(report.actions.at(-1)).toEqual({ kind: 'term-ending', charter: 'charter-1', end: '2027-01-31', daysLeft: 65 });
  });

  it('marks metrics lint found stale, and carries current values and history', () => {
    const c = baseCharter();
    c.metrics[0].current = { value: 80, as_of: '2020-01-01' };
    c.metrics[1].history = [{ value: 1, as_of: '2026-06-30' }];
    const [summary] = reportOf([c]).charters;
    expect(summary.metrics.map((m) => [m.id, m.stale, m.current, m.history])).toEqual([
      ['accidents', true, { value: 80, asOf: '2020-01-01' }, []],
      ['papers', false, undefined, [{ value: 1, asOf: '2026-06-30' }]],
    ]);
  });
});

describe('shared partners', () => {
  it('normalises names: case, accents, punctuation, "&" and a leading "the"; legal forms stay', () => {
    expect(normaliseName('The City of Riverside.')).toBe(normaliseName('city of  riverside'));
    expect(normaliseName('Université Côte d’Azur')).toBe(normaliseName('universite cote d azur'));
    expect(normaliseName('Smith & Sons')).toBe(normaliseName('Smith and Sons'));
    expect(normaliseName('Movo Ltd')).not.toBe(normaliseName('Movo Limited'));
  });

  it('matches by x-org-id first, by name otherwise, and lists each place once per charter', () => {
    const a = baseCharter();
    const b = baseCharter();
    const c = baseCharter();
    b.partners[0].name = 'the city of riverside';
    b.partners[1]['x-org-id'] = 'LEI-1';
    c.partners[2].name = 'Totally renamed university';
    c.partners[2]['x-org-id'] = 'LEI-1';
    c.partners[0]['x-org-id'] = 'LEI-2';
    c.partners[1].name = 'Someone else';
    const groups = sharedPartners([a, b, c].map((x) => summariseCharter({ file: 'x', findings: [], suppressed: [] }, x as Charter, TODAY).partners));
    const summary = groups.map((g) => [g.matchedBy, g.orgId, g.places.map((p) => `${p.charter}:${p.partnerId}`)]);
    // a's and b's partners carry no id: each joins the one id group that carries its name.
    expect(summary).toEqual([
      ['x-org-id', 'LEI-2', ['0:city', '1:city', '2:city']],
      ['x-org-id', 'LEI-1', ['0:movo', '1:movo', '2:uni']],
      ['name', undefined, ['0:uni', '1:uni']],
    ]);
    expect(groups.some((g) => g.places.length < 2)).toBe(false);
  });
});
