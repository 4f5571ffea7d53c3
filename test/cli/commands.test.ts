import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli } from '../helpers.js';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('charter rules and charter schema', () => {
  it('lists every rule with severity and challenge', () => {
    const { code, stdout } = runCli(['rules']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^yaml-syntax\s+error\s+The file is not valid YAML/);
    expect(stdout).toContain('goal-without-owner');
    expect(stdout).toContain('Unclear roles (KS "Define Roles and Responsibilities")');
    expect(stdout).toMatch(/\n46 rules\. `charter rules <id>` prints one rule's documentation\.\n$/);
  });

  it('prints one rule\'s documentation page', () => {
    const { code, stdout } = runCli(['rules', 'deadlock-rule-missing']);
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

  it.each([[['frobnicate']], [['lint']], [['lint', 'x.yaml', '--frobnicate']], [['render', 'x.yaml', '--format', 'pdf']]])('%j is a usage error: exit 2, one hint, no stack', (args) => {
    const { code, stderr, stdout } = runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^charter: .*\n\(run with --help for usage\)\n$/);
  });
});
