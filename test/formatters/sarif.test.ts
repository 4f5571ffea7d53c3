import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv04Module from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir, TODAY } from '../helpers.js';
import { allRuleMeta } from '../../src/rules/index.js';

const sarifSchema = JSON.parse(readFileSync(join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// ajv-draft-04 is CommonJS with a default export.
const Ajv04 = Ajv04Module.default;
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validateSarif = ajv.compile(sarifSchema);
const multitool = join(root, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');

const SUPPRESSED = `charter: 1
id: x
title: X
vision: V
partners:
  # charter-disable-next-line representative-missing -- joins in 2027
  - {id: a, name: A, sector: business}
  - {id: b, name: B, sector: government}
goals:
  - {id: g, title: G}
`;

function sarifFor(args: string[], cwd = root) {
  const { stdout, code } = runCli(['lint', '--format', 'sarif', '--today', TODAY, ...args], { cwd });
  return { log: JSON.parse(stdout), text: stdout, code };
}

describe('SARIF output', () => {
  const dir = tempDir('charter sarif %:, ');
  writeFileSync(join(dir, 'suppressed file.charter.yaml'), SUPPRESSED);
  const flawed = sarifFor(['test/fixtures/challenges.charter.yaml', join(dir, 'suppressed file.charter.yaml')]);
  const clean = sarifFor(['examples/']);

  it('validates against the official SARIF 2.1.0 schema', () => {
    for (const { log } of [flawed, clean]) {
      expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    }
  });

  it('passes Microsoft\'s SARIF validator with the GitHub rules, with no error-level result', () => {
    for (const [name, { text }] of [['flawed', flawed], ['clean', clean]] as const) {
      const input = join(dir, `${name}.sarif`);
      const output = join(dir, `${name}.validation.sarif`);
      writeFileSync(input, text);
      execFileSync(multitool, ['validate', '--rule-kind', 'Gh;Sarif', input, '-o', output], { stdio: 'pipe' });
      const report = JSON.parse(readFileSync(output, 'utf8'));
      const results = report.runs[0].results ?? [];
      // Not even a warning: only notes would be tolerated.
      expect(results.filter((r: any) => r.level !== 'note').map((r: any) => `${r.ruleId} ${r.level ?? 'warning'}: ${r.message?.text ?? ''}`)).toEqual([]);
    }
  });

  it('describes every rule, with an absolute help URL, and points each result at its rule', () => {
    const run = flawed.log.runs[0];
    expect(run.tool.driver.name).toBe('charter');
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    const rules = run.tool.driver.rules;
    // Every rule of the registry, in its order: new rules need no change here.
    expect(rules.map((r: any) => r.id)).toEqual(allRuleMeta.map((r) => r.id));
    for (const rule of rules) {
      expect(rule.helpUri).toMatch(new RegExp(`^https://.*/docs/rules/${rule.id}\\.md$`));
      expect(rule.shortDescription.text).toBeTruthy();
      expect(rule.fullDescription.text).toBeTruthy();
      expect(rule.help.text).toBeTruthy();
      expect(rule.help.markdown).toContain(rule.helpUri);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    for (const result of run.results) {
      expect(rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(result.locations).toHaveLength(1);
      expect(result.locations[0].physicalLocation.artifactLocation.uri).not.toMatch(/^(\/|file:)/);
      expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
  });

  it('places results at the lines of the findings, with relative, encoded URIs', () => {
    const results = flawed.log.runs[0].results;
    const owner = results.find((r: any) => r.ruleId === 'goal-without-owner');
    expect(owner.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'test/fixtures/challenges.charter.yaml' }, region: expect.objectContaining({ startLine: 57, startColumn: 5 }) });
    const suppressedFile = results.filter((r: any) => decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri).endsWith('suppressed file.charter.yaml'));
    expect(suppressedFile.length).toBeGreaterThan(0);
    expect(suppressedFile[0].locations[0].physicalLocation.artifactLocation.uri).toContain('suppressed%20file.charter.yaml');
  });

  it('carries suppressed findings with an inSource suppression and its justification', () => {
    const suppressed = flawed.log.runs[0].results.filter((r: any) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]).toMatchObject({ ruleId: 'representative-missing', suppressions: [{ kind: 'inSource', justification: 'joins in 2027' }] });
  });

  it('keeps fingerprints stable across runs and when lines move', () => {
    const fingerprints = (log: any) => log.runs[0].results.map((r: any) => r.partialFingerprints['charterFinding/v1']);
    const again = sarifFor(['test/fixtures/challenges.charter.yaml', join(dir, 'suppressed file.charter.yaml')]);
    expect(fingerprints(again.log)).toEqual(fingerprints(flawed.log));
    expect(new Set(fingerprints(flawed.log)).size).toBe(flawed.log.runs[0].results.length);
    const fixture = readFileSync(join(root, 'test/fixtures/challenges.charter.yaml'), 'utf8');
    const [before, after] = [tempDir(), tempDir()];
    writeFileSync(join(before, 'c.charter.yaml'), fixture);
    writeFileSync(join(after, 'c.charter.yaml'), '# one more comment line on top\n' + fixture);
    const a = sarifFor(['c.charter.yaml'], before).log;
    const b = sarifFor(['c.charter.yaml'], after).log;
    expect(fingerprints(b)).toEqual(fingerprints(a));
    const lines = (log: any) => log.runs[0].results.map((r: any) => r.locations[0].physicalLocation.region.startLine);
    expect(lines(b).filter((line: number, i: number) => line !== lines(a)[i] + 1 && lines(a)[i] !== 1)).toEqual([]);
    expect(clean.log.runs[0].results).toEqual([]);
  });
});
