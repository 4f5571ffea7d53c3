// The hostile fixtures of test/fixtures/hostile/, each run through the CLI as its README line says.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/formatters/index.js';
import { root, runCli, TODAY } from '../helpers.js';
import { gfmToHtml, RAW_CONTROL, scratchDir } from './scratch.js';

const FIXTURES = join(root, 'test/fixtures/hostile');
const fixture = (name: string) => join(FIXTURES, name);

describe('hostile fixtures', () => {
  it('every file has a line in the README, and every line a file', () => {
    const files = readdirSync(FIXTURES).filter((f) => f !== 'README.md').sort();
    const listed = [...readFileSync(fixture('README.md'), 'utf8').matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual(files);
  });

  it.each(FORMAT_NAMES)('terminal-escapes.charter.yaml: %s shows the escape sequences, never prints them', (format) => {
    const { code, stdout } = runCli(['lint', fixture('terminal-escapes.charter.yaml'), '--format', format, '--today', TODAY]);
    expect(code).toBe(1);
    expect(stdout).not.toMatch(RAW_CONTROL);
    if (format === 'stylish' || format === 'github' || format === 'junit') expect(stdout).toContain('\\x1b]0;PWNED\\x07\\x1b[2J');
  });

  it('autolinks.charter.yaml: the Markdown agreement links nothing, and leaves ordinary text alone', () => {
    const { code, stdout } = runCli(['render', fixture('autolinks.charter.yaml')]);
    expect(code).toBe(0);
    expect(gfmToHtml(stdout)).not.toMatch(/<a |<img /);
    expect(stdout).toContain('Mission: Version 0.1.0. Note: R&D with us @ HQ, snake_case and C# teams, 3.5 million residents.');
  });

  it('step-summary-links.charter.yaml: the job summary is inert', () => {
    const dir = scratchDir();
    const summary = join(dir, 'summary.md');
    const { code } = runCli(['lint', fixture('step-summary-links.charter.yaml'), '--today', TODAY], { env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    expect(code).toBe(1);
    const html = gfmToHtml(readFileSync(summary, 'utf8'));
    expect(html).toContain('<table>');
    expect(html).not.toMatch(/<a |<img /);
  });

  it('out-of-range.charter.yaml: schema findings at the money, the notice period and the e-mail', () => {
    const { code, stdout } = runCli(['validate', fixture('out-of-range.charter.yaml'), '--format', 'json']);
    expect(code).toBe(1);
    const paths = JSON.parse(stdout)[0].messages.map((m: { path: string }) => m.path);
    expect([...new Set(paths)].sort()).toEqual(['/governance/exit/notice_days', '/partners/0/contributions/0/value/amount', '/partners/0/representative/email']);
  });

  it('js-function.config.yaml: one line, exit 2', () => {
    const { code, stderr } = runCli(['lint', 'examples/education.charter.yaml', '--config', fixture('js-function.config.yaml')]);
    expect(stderr).toBe("charter: test/fixtures/hostile/js-function.config.yaml: 'rules' must map rule ids to off, info, warning or error\n");
    expect(code).toBe(2);
  });
});
