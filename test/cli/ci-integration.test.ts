import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root, tempDir } from '../helpers.js';

const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** Runs the action's lint step as GitHub would: its script, with the inputs in its env. */
function runActionStep(inputs: Record<string, string>) {
  const step = action.runs.steps.find((s: any) => s.id === 'lint');
  const dir = tempDir();
  const output = join(dir, 'github-output');
  execFileSync('touch', [output]);
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_ACTION_PATH: root, GITHUB_OUTPUT: output, GITHUB_ACTIONS: 'true', NO_COLOR: '1' };
  for (const [name, value] of Object.entries(step.env as Record<string, string>)) {
    const input = /inputs\.([\w-]+)/.exec(value)![1];
    env[name] = inputs[input] ?? action.inputs[input].default;
  }
  const result = spawnSync('bash', ['-e', '-c', step.run], { cwd: root, env, encoding: 'utf8' });
  return { ...result, output: readFileSync(output, 'utf8'), dir };
}

describe('the GitHub Action', () => {
  it('declares documented inputs, each in the README', () => {
    expect(action.runs.using).toBe('composite');
    for (const [name, input] of Object.entries<any>(action.inputs)) {
      expect(input.description.length).toBeGreaterThan(10);
      expect(readme).toContain(`| \`${name}\` |`);
    }
  });

  it('lints a flawed charter into annotations at the right lines and a valid SARIF file, failing the step', () => {
    const dir = tempDir();
    const sarif = join(dir, 'charter.sarif');
    const run = runActionStep({ paths: 'test/fixtures/challenges.charter.yaml examples/education.charter.yaml', 'sarif-file': sarif });
    expect(run.status).toBe(0);
    expect(run.output).toBe('exit-code=1\n');
    expect(run.stdout).toContain('::error file=test/fixtures/challenges.charter.yaml,line=57,endLine=62,title=goal-without-owner::');
    expect(run.stdout).toContain('::warning file=test/fixtures/challenges.charter.yaml,line=79,col=3,endColumn=18,title=deadlock-rule-missing::');
    const log = JSON.parse(readFileSync(sarif, 'utf8'));
    expect(log.runs[0].results.find((r: any) => r.ruleId === 'raci-accountable-count').locations[0].physicalLocation.region.startLine).toBe(71);
  });

  it('gives a clean run for clean charters', () => {
    const dir = tempDir();
    const run = runActionStep({ paths: 'examples', 'sarif-file': join(dir, 'out.sarif'), 'max-warnings': '0' });
    expect(run.output).toBe('exit-code=0\n');
    expect(run.stdout).not.toContain('::');
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).runs[0].results).toEqual([]);
  });

  it('has an example workflow in the README that uses the action and can upload SARIF', () => {
    const workflow = readFileSync(join(root, 'docs/ci-workflow.yml'), 'utf8');
    expect(readme).toContain(workflow);
    const parsed = parse(workflow);
    expect(parsed.permissions['security-events']).toBe('write');
    const uses = parsed.jobs.lint.steps.map((s: any) => s.uses);
    expect(uses).toContain('actions/checkout@v4');
    expect(uses.some((u: string) => u.startsWith('charter-cli/charter@'))).toBe(true);
  });
});

describe('the pre-commit hooks', () => {
  const hooks: { id: string; language: string; entry: string; files: string }[] = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8'));
  it.each(hooks)('$id runs charter on charter files only', (hook) => {
    expect(hook.language).toBe('node');
    expect(hook.entry).toMatch(/^charter (lint|validate)$/);
    const files = new RegExp(hook.files);
    for (const yes of ['charter.yaml', 'partnerships/riverside.charter.yaml', 'a/b.charter.yml', 'charter.yml']) expect(files.test(yes), yes).toBe(true);
    for (const no of ['notes.yaml', 'charter.yaml.bak', 'mycharter.yaml', 'docs/charter.md']) expect(files.test(no), no).toBe(false);
  });
});
