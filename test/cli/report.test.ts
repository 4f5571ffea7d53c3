import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { lint } from 'markdownlint/sync';
import MarkdownIt from 'markdown-it';
import { afterEach, describe, expect, it } from 'vitest';
import { root, runCli, tempDir, TODAY, toYaml } from '../helpers.js';
import { baseCharter } from '../rules/table.js';
import { writePortfolio } from '../report/portfolio.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function dir(): string {
  const d = tempDir('charter-report-');
  dirs.push(d);
  return d;
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateReport = ajv.compile(JSON.parse(readFileSync(join(root, 'docs/report.schema.json'), 'utf8')));

describe('charter report', () => {
  it('writes one HTML page over the examples, and nothing on stdout', () => {
    const out = join(dir(), 'report.html');
    const { code, stdout, stderr } = runCli(['report', 'examples/', '--out', out, '--today', TODAY]);
    expect(stderr).toBe('');
    expect(stdout).toBe('');
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.charter.yaml')).length;
    expect(html).toContain(`<h1>Partnership portfolio: ${examples} charters</h1>`);
    expect(html).not.toMatch(/<script|<link|@import|url\(|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
    for (const anchor of ['#first', '#portfolio', '#glance', '#shared', '#charters', `#charter-${examples}`]) expect(html).toContain(`href="${anchor}"`);
  });

  it('prints JSON in the documented shape (docs/report.schema.json)', () => {
    const d = dir();
    writePortfolio(d, 24);
    const { code, stdout, stderr } = runCli(['report', d, '--format', 'json', '--today', TODAY]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(validateReport(report), ajv.errorsText(validateReport.errors)).toBe(true);
    expect(report.charters).toHaveLength(24);
    expect(report.sharedPartners.some((g: any) => g.matchedBy === 'x-org-id' && g.orgId === 'KVK-12345678')).toBe(true);
    expect(report.actions[0].kind).toBe('error');
    const kinds = report.actions.map((a: any) => a.kind);
    expect(kinds).toEqual([...kinds].sort((a: string, b: string) => ['error', 'overdue-commitment', 'term-ending'].indexOf(a) - ['error', 'overdue-commitment', 'term-ending'].indexOf(b)));
    expect(kinds).toContain('overdue-commitment');
    expect(kinds).toContain('term-ending');
  });

  it('shows a charter that fails the schema with its errors and no health marks (exit 1)', () => {
    const d = dir();
    const invalid = baseCharter();
    delete invalid.vision;
    writeFileSync(join(d, 'a.charter.yaml'), toYaml(invalid));
    writeFileSync(join(d, 'b.charter.yaml'), toYaml(baseCharter()));
    const json = runCli(['report', d, '--format', 'json', '--today', TODAY]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.charters[0]).toMatchObject({ valid: false, health: null, errorCount: 1 });
    expect(report.charters[0].findings[0]).toMatchObject({ ruleId: 'schema', severity: 'error' });
    expect(report.charters[1].valid).toBe(true);
    const html = runCli(['report', d, '--today', TODAY]).stdout;
    expect(html).toContain('not checked: the file fails the schema');
    expect(html).toMatch(/vision/);
  });

  it('writes Markdown that markdownlint accepts', () => {
    const d = dir();
    writePortfolio(d, 12);
    const { code, stdout } = runCli(['report', d, '--format', 'md', '--today', TODAY]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^# Partnership portfolio: 12 charters\n/);
    const result = lint({ strings: { doc: stdout }, config: { default: true, MD013: false, MD024: false } });
    expect(result.doc.map((e) => `${e.lineNumber} ${e.ruleNames.join('/')} ${e.errorDetail ?? ''}`)).toEqual([]);
    // Hostile names stay text: markdown-it sees no HTML in the document.
    const tokens = new MarkdownIt({ html: true }).parse(stdout, {});
    expect(tokens.flatMap((x) => [x, ...(x.children ?? [])]).filter((x) => x.type.startsWith('html'))).toEqual([]);
    expect(stdout).toContain('Hostile \\<script>');
  });

  it('says there is nothing to report over zero charters (exit 2), and writes nothing', () => {
    const d = dir();
    mkdirSync(join(d, 'empty'));
    const out = join(d, 'report.html');
    const { code, stdout, stderr } = runCli(['report', join(d, 'empty'), '--out', out]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no charter files found');
    expect(stderr).toContain('charter: nothing to report');
    expect(existsSync(out)).toBe(false);
  });

  it('still reports the readable charters when one input is missing (exit 2)', () => {
    const out = join(dir(), 'r.json');
    const { code, stderr } = runCli(['report', 'examples/smart-city.charter.yaml', 'nope.charter.yaml', '--format', 'json', '--out', out, '--today', TODAY]);
    expect(code).toBe(2);
    expect(stderr).toBe('charter: nope.charter.yaml: no such file or directory\n');
    expect(JSON.parse(readFileSync(out, 'utf8')).charters).toHaveLength(1);
  });

  it('refuses to write over a charter it reads, a bad --today, and an unknown format', () => {
    const d = dir();
    const file = join(d, 'x.charter.yaml');
    writeFileSync(file, toYaml(baseCharter()));
    const before = readFileSync(file, 'utf8');
    const over = runCli(['report', d, '--out', file]);
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(/^charter: cannot write .*x\.charter\.yaml: it is .*, which this command reads; choose another file\n$/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    symlinkSync(file, join(d, 'link.html'));
    const link = runCli(['report', file, '--out', join(d, 'link.html')]);
    expect(link.code).toBe(2);
    expect(link.stderr).toContain('which this command reads');
    expect(readFileSync(file, 'utf8')).toBe(before);
    rmSync(join(d, 'link.html'));
    const today = runCli(['report', d, '--today', '27.11.2026']);
    expect(today.code).toBe(2);
    expect(today.stderr).toContain('--today 27.11.2026: write the date as YYYY-MM-DD');
    const format = runCli(['report', d, '--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('pdf');
    expect(readdirSync(d)).toEqual(['x.charter.yaml']);
  });

  it('applies --rule and config like lint', () => {
    const d = dir();
    const c = baseCharter();
    delete c.partners[0].representative;
    writeFileSync(join(d, 'x.charter.yaml'), toYaml(c));
    const on = JSON.parse(runCli(['report', d, '--format', 'json', '--today', TODAY]).stdout);
    expect(on.charters[0].health.roles).toBe('warning');
    const off = JSON.parse(runCli(['report', d, '--format', 'json', '--today', TODAY, '--rule', 'representative-missing=off']).stdout);
    expect(off.charters[0].health.roles).toBe('ok');
  });

  it('reports an unreadable output directory as exit 2 without a stack trace', () => {
    const { code, stderr } = runCli(['report', 'examples/', '--out', join(dir(), 'missing', 'r.html')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^charter: cannot write .*r\.html: the directory .* does not exist/);
  });

  it('has --help with examples', () => {
    const { code, stdout } = runCli(['report', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('charter report examples/ --out report.html');
    expect(stdout).toContain('--format <format>');
  });
});

