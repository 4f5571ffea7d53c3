import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/formatters/github.js';
import { joinPieces } from '../../src/formatters/pieces.js';
import { runCli, tempDir, TODAY } from '../helpers.js';

describe('GitHub workflow commands', () => {
  it('escape as @actions/core does', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%d\n')).toBe('a%3Ab%2Cc%25d%0A');
  });

  it('put errors first, and send col only for findings on one line', () => {
    const text = formatGithub([
      {
        file: 'dir, with: odd%name.charter.yaml',
        findings: [
          { ruleId: 'representative-missing', severity: 'warning', message: 'w', path: '/partners/0', line: 3, column: 5, endLine: 3, endColumn: 9 },
          { ruleId: 'commitments-missing', severity: 'info', message: 'i: 50%,\nnext line', path: '', line: 1, column: 1 },
          { ruleId: 'goal-without-owner', severity: 'error', message: 'e', path: '/goals/0', line: 7, column: 3, endLine: 9, endColumn: 1 },
        ],
        suppressed: [],
      },
    ]);
    expect(joinPieces(text).split('\n')).toEqual([
      '::error file=dir%2C with%3A odd%25name.charter.yaml,line=7,endLine=9,title=goal-without-owner::e',
      '::warning file=dir%2C with%3A odd%25name.charter.yaml,line=3,col=5,endColumn=9,title=representative-missing::w',
      '::notice file=dir%2C with%3A odd%25name.charter.yaml,line=1,col=1,title=commitments-missing::i: 50%25,%0Anext line',
      '',
    ]);
  });

  it('are the default under GitHub Actions, with the stylish report, and append a step summary', () => {
    const dir = tempDir();
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const { stdout, code } = runCli(['lint', 'test/fixtures/challenges.charter.yaml', '--today', TODAY], { env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^::error file=test\/fixtures\/challenges\.charter\.yaml,line=1,col=1,/);
    const firstWarning = lines.findIndex((l) => l.startsWith('::warning'));
    const lastError = lines.map((l) => l.startsWith('::error')).lastIndexOf(true);
    expect(lastError).toBeLessThan(firstWarning);
    expect(stdout).toContain('\ntest/fixtures/challenges.charter.yaml\n');
    expect(stdout).toMatch(/✖ 5 errors, 11 warnings in 1 file\n$/);
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown.startsWith('# earlier step\n## charter\n')).toBe(true);
    expect(markdown).toContain('| test/fixtures/challenges.charter.yaml:57:5 | error | `goal-without-owner` |');
    expect(markdown.split('\n').filter((l) => l.startsWith('| test/'))).toHaveLength(16);
  });

  it('an explicit --format wins over the GitHub default', () => {
    const { stdout } = runCli(['lint', 'examples/education.charter.yaml', '--format', 'json', '--today', TODAY], { env: { GITHUB_ACTIONS: 'true' } });
    expect(JSON.parse(stdout)).toHaveLength(1);
  });
});
