import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleData, runCli, tempDir, TODAY, USE_CASE_EXAMPLES } from '../helpers.js';

describe('charter init from a script', () => {
  it('writes a valid charter from flags, with stdin closed and nothing asked', () => {
    const dir = tempDir();
    const { code, stdout, stderr } = runCli(['init', '--yes', '--title', 'X', '--partner', 'City of Y:government', '--partner', 'Z Corp:business', 'x.charter.yaml'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Wrote x\.charter\.yaml with \d+ TODO placeholders to fill in\. Next: edit it, then run `charter lint x\.charter\.yaml`\.\n$/);
    const text = readFileSync(join(dir, 'x.charter.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\S+\n/);
    expect(text).toContain('name: City of Y\n');
    expect(runCli(['validate', 'x.charter.yaml'], { cwd: dir }).code).toBe(0);
    const lint = JSON.parse(runCli(['lint', 'x.charter.yaml', '--format', 'json', '--today', TODAY], { cwd: dir }).stdout)[0];
    expect(lint.errorCount).toBe(0);
  });

  it('asks nothing without a TTY even without --yes, and when CI is set', () => {
    const dir = tempDir();
    expect(runCli(['init', 'a.yaml'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'], input: '' }).code).toBe(0);
    expect(runCli(['init', 'b.yaml'], { cwd: dir, env: { CI: 'true' } }).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml']);
  });

  it('never overwrites an existing file without --force (exit 2, naming the flag)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'charter.yaml'), 'precious: true\n');
    const refused = runCli(['init', '--yes'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('charter: charter.yaml already exists: use --force to overwrite it, or give another file name\n');
    expect(readFileSync(join(dir, 'charter.yaml'), 'utf8')).toBe('precious: true\n');
    expect(runCli(['init', '--yes', '--force'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'charter.yaml'), 'utf8')).toContain('charter: 1');
    expect(readdirSync(dir)).toEqual(['charter.yaml']);
  });

  it('says clearly when the target directory is missing', () => {
    const dir = tempDir();
    const { code, stderr } = runCli(['init', '--yes', 'no/such/dir/c.yaml'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('charter: cannot write no/such/dir/c.yaml: the directory no/such/dir does not exist (create it first)\n');
  });

  it.each([
    [['--partner', 'Solo:business'], /at least two partners/],
    [['--partner', 'A:hospital', '--partner', 'B:business'], /--partner "A:hospital": write it as "Name:sector"/],
    [['--use-case', 'space-travel'], /--use-case space-travel: use one of/],
    [['--template', 'space-travel'], /--template space-travel: use one of/],
    [['--template', 'innovation-hub'], /^charter: --template innovation-hub: use one of circular-economy, digital-health, disaster-response, education, public-private-infrastructure, research-commercialization, smart-city, vaccine-development\n$/],
  ])('refuses bad flags %j with exit 2', (flags, message) => {
    const dir = tempDir();
    const { code, stderr } = runCli(['init', '--yes', ...flags], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(existsSync(join(dir, 'charter.yaml'))).toBe(false);
  });

  it('--stdout prints the charter and writes nothing', () => {
    const dir = tempDir();
    const { code, stdout } = runCli(['init', '--yes', '--stdout', '--title', 'Printed'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain('title: Printed');
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each(USE_CASE_EXAMPLES)('--template %s yields a valid charter with the new title and id', (useCase) => {
    const dir = tempDir();
    const { code } = runCli(['init', '--template', useCase, '--title', 'Our New Partnership', 'new.charter.yaml'], { cwd: dir });
    expect(code).toBe(0);
    const text = readFileSync(join(dir, 'new.charter.yaml'), 'utf8');
    expect(text).toContain('title: Our New Partnership\n');
    expect(text).toContain('id: our-new-partnership\n');
    expect(text).toContain('status: draft\n');
    expect(text).toContain('version: 0.1.0\n');
    expect(runCli(['validate', 'new.charter.yaml'], { cwd: dir }).code).toBe(0);
    // What belonged to the example's partnership is gone: names, people, dates, amounts, the summary.
    const example = exampleData(useCase);
    const people = example.partners.flatMap((p: any) => [p.name, p.representative?.name, p.representative?.email, p.signatory?.name]).filter(Boolean);
    for (const gone of [...people, example.summary]) expect(text, gone).not.toContain(gone);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|currency:/);
    const lint = JSON.parse(runCli(['lint', 'new.charter.yaml', '--format', 'json', '--today', TODAY], { cwd: dir }).stdout)[0];
    expect(lint.messages.filter((m: any) => m.ruleId === 'todo-placeholder').length).toBeGreaterThan(example.partners.length);
    expect(lint.messages.filter((m: any) => m.ruleId === 'unknown-reference')).toEqual([]);
  });

  it('says when a file name is one that `charter lint .` will not find, and suggests one it will', () => {
    const dir = tempDir();
    const { code, stderr } = runCli(['init', '--yes', 'heat.yaml'], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toContain('Note: `charter lint .` looks for charter.yaml and *.charter.yaml files, so it will not find heat.yaml; rename it to heat.charter.yaml to be found.\n');
    expect(runCli(['init', '--yes', 'heat.charter.yaml'], { cwd: dir }).stderr).not.toContain('Note:');
  });
});
