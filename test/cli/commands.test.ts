import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRuleMeta } from '../../src/rules/index.js';
import { root, runCli } from '../helpers.js';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('charter rules and charter schema', () => {
  it('lists every rule with severity and challenge', () => {
    const { code, stdout } = runCli(['rules']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^yaml-syntax\s+error\s+The file is not valid YAML/);
    expect(stdout).toContain('goal-without-owner');
    expect(stdout).toContain('Unclear roles (KS "Define Roles and Responsibilities")');
    expect(stdout).toMatch(new RegExp(`\\n${allRuleMeta.length} rules\\. \`charter rules <id>\` prints one rule's documentation\\.\\n$`));
    // Every abbreviation a challenge uses is explained.
    for (const [abbreviation, section] of [['KS', 'Key Steps in Building Partnerships'], ['SS', 'Solutions and Strategies'], ['CC', 'Common Challenges'], ['DP', 'Developing Successful Partnerships'], ['IN', 'Introduction']]) {
      expect(stdout.replace(/\s+/g, ' ')).toContain(`${abbreviation} = "${section}"`);
    }
  });

  it('prints one rule\'s page formatted for a terminal: no Markdown table, sources spelt out, code indented, lines wrapped', () => {
    const { code, stdout } = runCli(['rules', 'deadlock-rule-missing'], { env: { COLUMNS: '60' } });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^deadlock-rule-missing\n\nConsensus or unanimity without a tie-break\.\n/);
    expect(stdout).not.toMatch(/^\|/m);
    expect(stdout).not.toMatch(/^#/m);
    expect(stdout).toContain('Default severity: warning\n');
    expect(stdout).toContain('Challenge: No rule for resolving conflicts (Key Steps in\n  Building Partnerships: "frameworks');
    expect(stdout).toContain('\nWhat it checks\n--------------\n');
    expect(stdout).toMatch(/\n {4}decision_making:\n/);
    expect(stdout).not.toContain('```');
    for (const line of stdout.split('\n').filter((l) => !l.startsWith('    '))) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('prints one rule\'s page as Markdown with --markdown', () => {
    const { code, stdout } = runCli(['rules', 'deadlock-rule-missing', '--markdown']);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(join(root, 'docs/rules/deadlock-rule-missing.md'), 'utf8'));
  });

  it('suggests the closest rule for an unknown id, exit 2', () => {
    const { code, stderr } = runCli(['rules', 'deadlock-rule']);
    expect(code).toBe(2);
    expect(stderr).toBe("charter: unknown rule 'deadlock-rule' (did you mean 'deadlock-rule-missing'?); run `charter rules` to list them\n");
  });

  it('prints the JSON Schema', () => {
    const { code, stdout } = runCli(['schema']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(join(root, 'schemas/charter.schema.json'), 'utf8')));
  });
});

describe('the command line', () => {
  it('prints its version', () => {
    expect(runCli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it.each(['validate', 'lint', 'init', 'render', 'rules', 'schema'])('%s --help shows at least one example', (command) => {
    const { code, stdout } = runCli([command, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`Examples:\\n\\s+\\$ (npx )?charter ${command}`));
  });

  it.each([[['frobnicate']], [['lint']], [['lint', 'x.yaml', '--frobnicate']], [['render', 'x.yaml', '--format', 'rtf']]])('%j is a usage error: exit 2, one hint, no stack', (args) => {
    const { code, stderr, stdout } = runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    // Commander's own errors too: every line starts with `charter: `.
    expect(stderr).toMatch(/^charter: .*\ncharter: run with --help for usage\n$/);
  });
});
