import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseCharter } from '../rules/table.js';
import { EXAMPLES, readExample, runCli, tempDir, TODAY, toYaml } from '../helpers.js';

function charterWith(mutate: (c: Record<string, any>) => void): string {
  const c = baseCharter();
  mutate(c);
  return toYaml(c);
}

describe('charter lint', () => {
  it('lints every example clean, exit 0', () => {
    const { code, stdout, stderr } = runCli(['lint', 'examples/', '--today', TODAY]);
    expect(stderr).toBe('');
    expect(stdout).toBe(`✔ ${EXAMPLES.length} files checked, no problems\n`);
    expect(code).toBe(0);
  });

  it('prints the JSON contract: one entry per file in the given order, counts, sorted messages', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'b.charter.yaml'), charterWith((c) => { delete c.partners[0].representative; delete c.goals[0].owner; }));
    writeFileSync(join(dir, 'a.charter.yaml'), readExample('smart-city'));
    const { code, stdout } = runCli(['lint', join(dir, 'b.charter.yaml'), join(dir, 'a.charter.yaml'), '--format', 'json', '--today', TODAY], { cwd: dir });
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.map((r: any) => r.file)).toEqual(['b.charter.yaml', 'a.charter.yaml']);
    expect(json[0]).toMatchObject({ errorCount: 1, warningCount: 1, infoCount: 0 });
    expect(Object.keys(json[0])).toEqual(['file', 'errorCount', 'warningCount', 'infoCount', 'messages']);
    const [first, second] = json[0].messages;
    expect(Object.keys(first).slice(0, 6)).toEqual(['ruleId', 'severity', 'message', 'path', 'line', 'column']);
    expect(first.line <= second.line).toBe(true);
    expect(json[0].messages.map((m: any) => m.ruleId).sort()).toEqual(['goal-without-owner', 'representative-missing']);
  });

  it('sorts directory contents and finds *.charter.yaml, *.charter.yml and charter.yaml, not other YAML', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub/node_modules'), { recursive: true });
    for (const name of ['z.charter.yaml', 'sub/charter.yaml', 'a.charter.yml', 'notes.yaml', 'sub/node_modules/x.charter.yaml']) writeFileSync(join(dir, name), charterWith(() => {}));
    const { code, stdout } = runCli(['lint', '.', '--format', 'json', '--today', TODAY], { cwd: dir });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((r: any) => r.file)).toEqual(['a.charter.yml', 'sub/charter.yaml', 'z.charter.yaml']);
  });

  it('accepts globs', () => {
    const { code, stdout } = runCli(['lint', 'examples/s*.charter.yaml', '--format', 'json', '--today', TODAY]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((r: any) => r.file)).toEqual(['examples/smart-city.charter.yaml']);
  });

  describe('exit codes with --max-warnings and --quiet', () => {
    const dir = tempDir();
    const warnings = join(dir, 'warnings.charter.yaml');
    writeFileSync(warnings, charterWith((c) => { delete c.partners[0].representative; delete c.partners[1].signatory; }));
    const errors = join(dir, 'errors.charter.yaml');
    writeFileSync(errors, charterWith((c) => { delete c.goals[0].owner; delete c.partners[0].representative; }));

    it.each([
      { args: [warnings], code: 0 },
      { args: [warnings, '--max-warnings', '2'], code: 0 },
      { args: [warnings, '--max-warnings', '1'], code: 1 },
      { args: [warnings, '--max-warnings', '0', '--quiet'], code: 1 },
      { args: [errors], code: 1 },
      { args: [errors, '--quiet'], code: 1 },
      { args: [errors, '--rule', 'goal-without-owner=warning'], code: 0 },
      { args: [errors, '--rule', 'goal-without-owner=off', '--max-warnings', '0'], code: 1 },
      { args: [warnings, '--max-warnings', 'lots'], code: 2 },
      { args: [warnings, '--rule', 'representative-mising=off'], code: 2 },
      { args: [warnings, '--rule', 'representative-missing=loud'], code: 2 },
      { args: [warnings, '--format', 'yaml'], code: 2 },
      { args: [warnings, '--today', '27/11/2026'], code: 2 },
    ])('lint $args → exit $code', ({ args, code }) => {
      const result = runCli(['lint', '--today', TODAY, ...args]);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.code).toBe(code);
    });

    it('--quiet hides warnings from the list but never from the summary', () => {
      const { stdout, stderr, code } = runCli(['lint', warnings, '--quiet', '--max-warnings', '0', '--today', TODAY]);
      expect(code).toBe(1);
      expect(stdout).toBe('✖ 0 errors, 2 warnings in 1 file; only errors listed (--quiet)\n');
      expect(stdout).not.toContain('no problems');
      expect(stderr).toBe('charter: 2 warnings exceed --max-warnings 0\n');
    });

    it('--quiet prints errors only', () => {
      const { stdout } = runCli(['lint', errors, '--quiet', '--format', 'json', '--today', TODAY]);
      expect(JSON.parse(stdout)[0].messages.map((m: any) => m.severity)).toEqual(['error']);
    });

    it('names the closest rule id when one is misspelt', () => {
      const { stderr } = runCli(['lint', warnings, '--rule', 'representative-mising=off']);
      expect(stderr).toBe("charter: --rule representative-mising=off: unknown rule 'representative-mising' (did you mean 'representative-missing'?)\n");
    });
  });

  it('wraps stylish messages at word boundaries to the terminal width', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.charter.yaml'), charterWith((c) => { delete c.goals[1].owner; c.partners[0].sector = 'nonprofti'; }));
    const wide = runCli(['lint', 'x.charter.yaml', '--today', TODAY], { cwd: dir }).stdout;
    const { stdout } = runCli(['lint', 'x.charter.yaml', '--today', TODAY], { cwd: dir, env: { COLUMNS: '60' } });
    const lines = stdout.split('\n');
    expect(lines.every((line) => line.length <= 60), stdout).toBe(true);
    expect(lines.length).toBeGreaterThan(wide.split('\n').length);
    // The same words in the same order: only line breaks and the indent differ, no word is cut.
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    expect(words(stdout)).toEqual(words(wide));
    expect(lines.filter((line) => line.startsWith(' '.repeat(10)))[0]).toMatch(/^ +\S/);
  });

  it('prints the stylish report grouped per file with a summary line', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.charter.yaml'), charterWith((c) => { delete c.goals[1].owner; delete c.commitments; }));
    const { stdout, code } = runCli(['lint', 'x.charter.yaml', '--today', TODAY], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^x\.charter\.yaml\n  1:1    info     the charter lists no 'commitments'.*  commitments-missing\n  106:5  error    /);
    expect(stdout).toContain("error    goal 'evidence' has no owner: name the one partner (or committee) accountable for it under 'owner'  goal-without-owner");
    // Errors first: they decide the exit code.
    expect(stdout).toMatch(/\n✖ 1 error, 0 warnings, 1 info in 1 file\n$/);
    expect(stdout).not.toMatch(/\x1b\[/);
  });

  it('colours only when asked by a terminal, and never with NO_COLOR', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.charter.yaml'), charterWith((c) => delete c.goals[1].owner));
    const forced = runCli(['lint', 'x.charter.yaml'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\x1b\[/);
    expect(runCli(['lint', 'x.charter.yaml', '--no-color'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
    expect(runCli(['lint', 'x.charter.yaml'], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
  });

  it('reports an unreadable file on stderr, lints the rest, and exits 2', () => {
    const { code, stdout, stderr } = runCli(['lint', 'examples/smart-city.charter.yaml', 'nope.charter.yaml', '--format', 'json', '--today', TODAY]);
    expect(code).toBe(2);
    expect(stderr).toBe('charter: nope.charter.yaml: no such file or directory\n');
    expect(JSON.parse(stdout)).toHaveLength(1);
  });

  it('writes --output atomically and prints nothing', () => {
    const dir = tempDir();
    const { code, stdout } = runCli(['lint', 'examples/', '--format', 'json', '--output', join(dir, 'out.json'), '--today', TODAY]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))).toHaveLength(EXAMPLES.length);
  });
});

describe('configuration', () => {
  it('finds the nearest charter.config.yaml upwards, stopping at the repository root', () => {
    const repo = tempDir();
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'teams/north'), { recursive: true });
    writeFileSync(join(repo, 'charter.config.yaml'), 'rules:\n  representative-missing: off\n');
    writeFileSync(join(repo, 'teams/north/charter.config.json'), JSON.stringify({ rules: { 'signatory-missing': 'error' } }));
    const text = charterWith((c) => { delete c.partners[0].representative; delete c.partners[0].signatory; });
    writeFileSync(join(repo, 'root.charter.yaml'), text);
    writeFileSync(join(repo, 'teams/north/north.charter.yaml'), text);
    const { stdout } = runCli(['lint', '.', '--format', 'json', '--today', TODAY], { cwd: repo });
    const [rootResult, north] = JSON.parse(stdout);
    expect(rootResult.messages.map((m: any) => `${m.ruleId}:${m.severity}`)).toEqual(['signatory-missing:warning']);
    // The nearest config wins whole; it does not merge with the one above.
    expect(north.messages.map((m: any) => `${m.ruleId}:${m.severity}`).sort()).toEqual(['representative-missing:warning', 'signatory-missing:error']);
  });

  it('--config replaces discovery, and --rule overrides it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'strict.yaml'), 'rules:\n  representative-missing: error\n');
    writeFileSync(join(dir, 'x.charter.yaml'), charterWith((c) => delete c.partners[0].representative));
    expect(runCli(['lint', 'x.charter.yaml', '--config', 'strict.yaml'], { cwd: dir }).code).toBe(1);
    expect(runCli(['lint', 'x.charter.yaml', '--config', 'strict.yaml', '--rule', 'representative-missing=info'], { cwd: dir }).code).toBe(0);
  });

  it.each([
    { config: 'rules:\n  goal-without-ownr: off\n', message: "charter.config.yaml: unknown rule 'goal-without-ownr' (did you mean 'goal-without-owner'?)" },
    { config: 'rules:\n  goal-without-owner: silent\n', message: 'charter.config.yaml: rule \'goal-without-owner\' has severity "silent"; use one of: off, info, warning, error' },
    { config: 'rules:\n  schema: off\n', message: "charter.config.yaml: unknown rule 'schema' ('schema' cannot be configured: a charter must parse and match the schema)" },
    { config: 'rule:\n  goal-without-owner: off\n', message: "charter.config.yaml: unknown config key 'rule' (the config has one key, 'rules')" },
    { config: 'rules: [\n', message: 'charter.config.yaml: the config is not valid YAML' },
  ])('a bad config is exit 2 with one clear line: $message', ({ config, message }) => {
    const dir = tempDir();
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'charter.config.yaml'), config);
    writeFileSync(join(dir, 'x.charter.yaml'), charterWith(() => {}));
    const { code, stderr, stdout } = runCli(['lint', 'x.charter.yaml'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(`charter: ${message}`)).toBe(true);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('suppression comments', () => {
  const text = `charter: 1
id: x
title: X
vision: V
# charter-disable commitments-missing -- tracked in the project plan
partners:
  # charter-disable-next-line representative-missing, signatory-missing -- joins formally in 2027
  - {id: a, name: A, sector: business}
  - {id: b, name: B, sector: government}
goals:
  - {id: g, title: G}
`;

  it('silence the named rules on the next line, or in the whole file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.charter.yaml'), text);
    const { stdout } = runCli(['lint', 'x.charter.yaml', '--format', 'json'], { cwd: dir });
    const messages = JSON.parse(stdout)[0].messages.map((m: any) => `${m.line} ${m.ruleId}`);
    expect(messages).not.toContain('1 commitments-missing');
    expect(messages).not.toContain('8 representative-missing');
    expect(messages).not.toContain('8 signatory-missing');
    expect(messages).toContain('9 representative-missing');
    expect(messages).toContain('9 signatory-missing');
    expect(messages.filter((m: string) => m.includes('unused-suppression'))).toEqual([]);
  });
});

describe('directories in a git work tree', () => {
  it('leave out what .gitignore excludes', () => {
    const repo = tempDir();
    execFileSync('git', ['init', '-q', repo]);
    mkdirSync(join(repo, 'drafts'));
    mkdirSync(join(repo, 'teams'));
    writeFileSync(join(repo, '.gitignore'), 'drafts/\n');
    for (const name of ['drafts/wip.charter.yaml', 'teams/north.charter.yaml', 'charter.yaml']) writeFileSync(join(repo, name), charterWith(() => {}));
    const { stdout } = runCli(['lint', '.', '--format', 'json', '--today', TODAY], { cwd: repo });
    expect(JSON.parse(stdout).map((r: any) => r.file)).toEqual(['charter.yaml', 'teams/north.charter.yaml']);
    // Named explicitly, an ignored file is still linted.
    expect(JSON.parse(runCli(['lint', 'drafts/wip.charter.yaml', '--format', 'json'], { cwd: repo }).stdout)).toHaveLength(1);
  });
});
