import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { lint } from 'markdownlint/sync';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { parse } from 'yaml';
import { hostileCharter, SCRIPT } from '../render/hostile.js';
import { baseCharter } from '../rules/table.js';
import { amendExample } from '../diff/amend.js';
import { examplesDir, readExample, root, runCli, tempDir, TODAY, toYaml, USE_CASE_EXAMPLES } from '../helpers.js';

const example = (name: string) => join(examplesDir, `${name}.charter.yaml`);

/** The amended examples, written once for the whole file, removed after it. */
const fixtures = tempDir('charter-diff-fixtures-');
afterAll(() => rmSync(fixtures, { recursive: true, force: true }));
function amendedFile(name: string): string {
  const file = join(fixtures, `${name}.amended.charter.yaml`);
  if (!existsSync(file)) writeFileSync(file, amendExample(name));
  return file;
}

function markdownProblems(markdown: string): string[] {
  const result = lint({ strings: { doc: markdown }, config: { default: true, MD013: false } });
  return result.doc.map((e) => `${e.lineNumber} ${e.ruleNames.join('/')} ${e.errorDetail ?? ''}`);
}

function scratch(): string {
  const dir = tempDir('charter-diff-');
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });

describe('charter diff on realistic amendments of every example (a partner joins, the decision rule changes, a metric target moves)', () => {
  it.each(USE_CASE_EXAMPLES)('%s', (name) => {
    const run = runCli(['diff', example(name), amendedFile(name), '--format', 'json', '--today', TODAY]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    // The JSON contract of docs/diff.md, key for key.
    expect(Object.keys(report)).toEqual(['from', 'to', 'class', 'suggestedVersion', 'versionCarried', 'approval', 'changes', 'lint']);
    expect(Object.keys(report.from)).toEqual(['file', 'title', 'version']);
    expect(Object.keys(report.approval)).toEqual(['rule', 'process', 'appliedRule', 'threshold', 'body', 'votingSeats', 'requiredSeats', 'approvers', 'summary', 'amendmentRuleChanged', 'warning']);
    for (const change of report.changes) expect(Object.keys(change)).toEqual(['class', 'kind', 'path', 'before', 'after', 'message', 'section', 'clause']);
    expect(Object.keys(report.lint)).toEqual(['introduced', 'resolved']);
    const old = parse(readExample(name));
    const neu = parse(readFileSync(amendedFile(name), 'utf8'));
    const joined = neu.partners.find((p: { id: string }) => !old.partners.some((o: { id: string }) => o.id === p.id));
    const byPath = new Map(report.changes.map((c: { path: string }) => [c.path, c]));
    expect(byPath.get(`/partners/${joined.id}`)).toMatchObject({ class: 'major', kind: 'added', before: null, section: 'Parties' });
    expect(byPath.get(`/governance/body/members/${joined.id}`)).toMatchObject({ class: 'major', kind: 'added' });
    expect(byPath.get('/governance/decision_making/rule')).toMatchObject({ class: 'major', kind: 'changed', before: old.governance.decision_making.rule, after: neu.governance.decision_making.rule });
    expect(byPath.get(`/metrics/${old.metrics[0].id}/target`)).toMatchObject({ class: 'minor', kind: 'changed', before: old.metrics[0].target, after: neu.metrics[0].target });
    expect(byPath.get(`/roles/${joined.id}`)).toMatchObject({ class: 'minor', kind: 'added' });
    // Nothing else: the fixture's reformatting (folded text rewrapped, flow lists respaced, comments kept) is not a change.
    for (const change of report.changes) expect(`${change.path} ${change.message}`).toMatch(new RegExp(`${joined.id}|/decision_making/|/metrics/${old.metrics[0].id}/target|/amendments/approval`));
    expect(report.class).toBe('major');
    expect(report.suggestedVersion).toBe(`${Number(old.version.split('.')[0]) + 1}.0.0`);
    expect(report.versionCarried).toBe(neu.version === report.suggestedVersion);
    expect(report.approval.rule).toBe(old.governance.amendments.approval);
    const voting = old.governance.body.members.filter((m: { observer?: boolean }) => !m.observer).map((m: { partner: string }) => m.partner);
    if (report.approval.appliedRule !== 'lead-partner') expect(report.approval.approvers.map((a: { partner: string }) => a.partner)).toEqual([...new Set(voting)]);
    expect(report.approval.amendmentRuleChanged).toBe(old.governance.amendments.approval !== neu.governance.amendments.approval);
    // The examples lint clean, so what the amendment introduces is exactly what lint finds in the new file.
    const newLint = JSON.parse(runCli(['lint', amendedFile(name), '--format', 'json', '--today', TODAY]).stdout)[0].messages;
    expect(report.lint.introduced.map((f: { ruleId: string; path: string }) => `${f.ruleId} ${f.path}`)).toEqual(newLint.map((f: { ruleId: string; path: string }) => `${f.ruleId} ${f.path}`));
    expect(report.lint.resolved).toEqual([]);

    const stylish = runCli(['diff', example(name), amendedFile(name), '--today', TODAY]);
    expect(stylish.code).toBe(0);
    for (const change of report.changes) expect(stylish.stdout).toContain(`${change.class.padEnd(9)}  ${change.message}`);
    expect(stylish.stdout).toContain(`major amendment: ${report.changes.length} changes`);
    expect(stylish.stdout).toContain(`→ ${report.suggestedVersion} suggested`);
    expect(stylish.stdout).toContain(`Approval: ${report.approval.summary}`);

    for (const format of ['markdown', 'amendment']) {
      const out = runCli(['diff', example(name), amendedFile(name), '--format', format, '--number', '2', '--today', TODAY]);
      expect(out.code).toBe(0);
      expect(markdownProblems(out.stdout)).toEqual([]);
      if (format === 'amendment') {
        expect(out.stdout).toContain(`to version ${report.suggestedVersion}, as set out below`);
        expect(out.stdout.includes(`still says version ${old.version}: set it to ${report.suggestedVersion} before signing`)).toBe(!report.versionCarried);
      }
    }
  });

  it('the amendment record names the clauses, the approval and a signature block per approving and joining partner', () => {
    const run = runCli(['diff', example('smart-city'), amendedFile('smart-city'), '--format', 'amendment', '--number', '4']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('# Amendment No. 4 to Aarhaven Smart Streets');
    const headings = lines.filter((l) => l.startsWith('#'));
    // Clause numbers as `charter render` prints the agreement in force.
    const rendered = runCli(['render', example('smart-city')]).stdout;
    const clause = (title: string) => new RegExp(`^## (\\d+)\\. ${title}$`, 'm').exec(rendered)?.[1];
    expect(headings).toEqual([
      '# Amendment No. 4 to Aarhaven Smart Streets',
      '## Changes',
      `### Clause ${clause('Parties')}: Parties`,
      `### Clause ${clause('Shared goals')}: Shared goals`,
      `### Clause ${clause('Roles and responsibilities')}: Roles and responsibilities`,
      `### Clause ${clause('Governance')}: Governance`,
      `### Clause ${clause('Measuring impact')}: Measuring impact`,
      '## Approval',
      '## Signatures',
      '### Approved for party 1: City of Aarhaven',
      '### Approved for party 2: Lumenta A/S',
      '### Approved for party 3: Nordtel Networks',
      '### Approved for party 4: Aarhaven University',
      "### Approved for party 5: Aarhaven Residents' Network",
      '### Accepted by joining party 6: Movo Ltd',
    ]);
    // A part keeps its number in the agreement in force; a new party gets its number in the amended one.
    const decisions = /^### (\d+\.\d+) Decision-making$/m.exec(rendered)?.[1];
    expect(decisions).toBeDefined();
    expect(run.stdout).toContain(`- Clause ${decisions}: Governance decision-making rule changed from 'majority' to 'consensus'.`);
    expect(run.stdout).toContain(`- Clause ${clause('Parties')}.6: Partner 'movo' (Movo Ltd) added.`);
    expect(run.stdout).toContain("- Metric 'lighting-energy' target changed from 5600 to 5000.");
    expect(run.stdout).toContain('Approval by a supermajority: at least 4 of the 6 seats (67%)');
    expect(run.stdout).toContain('Name: Sam Okafor');
  });
});

describe('charter diff: what is not a change, and exit codes', () => {
  it('comment-only and formatting edits give no changes (exit 0)', () => {
    const dir = scratch();
    const file = join(dir, 'new.charter.yaml');
    writeFileSync(file, readExample('education').replace(/^partners:$/m, '# the parties\npartners:   # all of them').replace(/^goals:$/m, 'goals:\n  # shared goals'));
    const run = runCli(['diff', example('education'), file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✔ no changes');
    expect(JSON.parse(runCli(['diff', example('education'), file, '--format', 'json']).stdout)).toMatchObject({ class: 'none', changes: [], suggestedVersion: '1.0.0' });
  });

  it('--fail-on new-errors exits 1 only when the amendment introduces a lint error', () => {
    const dir = scratch();
    const old = join(dir, 'old.charter.yaml');
    const broken = join(dir, 'broken.charter.yaml');
    writeFileSync(old, toYaml(baseCharter()));
    const charter = baseCharter();
    charter.goals[0].owner = 'nobody';
    writeFileSync(broken, toYaml(charter));
    const failing = runCli(['diff', old, broken, '--fail-on', 'new-errors', '--today', TODAY]);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toBe('charter: the amendment introduces 1 lint error (--fail-on new-errors)\n');
    expect(failing.stdout).toMatch(/\+ \d+:\d+\s+error\s+goal 'safety' names .*'nobody'.*unknown-reference\n/);
    expect(runCli(['diff', old, broken, '--today', TODAY]).code).toBe(0);
    // The reverse amendment resolves the error and introduces none.
    const fixing = runCli(['diff', broken, old, '--fail-on', 'new-errors', '--format', 'json', '--today', TODAY]);
    expect(fixing.code).toBe(0);
    expect(JSON.parse(fixing.stdout).lint).toMatchObject({ introduced: [], resolved: [{ ruleId: 'unknown-reference', path: '/goals/0/owner' }] });
  });

  it('a side that is not a valid charter: exit 2, saying which side, with its findings', () => {
    const dir = scratch();
    const bad = join(dir, 'bad.charter.yaml');
    writeFileSync(bad, 'charter: 1\nid: x\ntitle: [unclosed\n');
    const run = runCli(['diff', example('education'), bad]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/bad\.charter\.yaml\n\s+\d+:\d+\s+error .*yaml-syntax/);
    expect(run.stderr).toMatch(/charter: cannot compare: the new charter .*bad\.charter\.yaml is not a valid charter; fix it first\n$/);
    const schema = runCli(['diff', join(root, 'package.json'), example('education')]);
    expect(schema.code).toBe(2);
    expect(schema.stderr).toMatch(/the old charter package\.json is not a valid charter/);
  });

  it.each([
    [['diff', 'examples/education.charter.yaml'], /give two charters to compare/],
    [['diff', 'a', 'b', 'c'], /give two charters to compare/],
    [['diff', '--base', 'HEAD', 'a', 'b'], /give exactly one file/],
    [['diff', 'missing.charter.yaml', 'examples/education.charter.yaml'], /^charter: missing\.charter\.yaml: no such file$/m],
    [['diff', 'examples/education.charter.yaml', 'examples/education.charter.yaml', '--format', 'sarif'], /argument 'sarif' is invalid/],
    [['diff', 'examples/education.charter.yaml', 'examples/education.charter.yaml', '--today', '1/12/2026'], /^charter: --today 1\/12\/2026: write the date as YYYY-MM-DD$/m],
    [['diff', 'examples/education.charter.yaml', 'examples/education.charter.yaml', '--fail-on', 'warnings'], /argument 'warnings' is invalid/],
  ])('usage error %j: exit 2', (args, message) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('--out writes atomically, and refuses to overwrite a compared charter', () => {
    const dir = scratch();
    const out = join(dir, 'amendment.md');
    const run = runCli(['diff', example('education'), amendedFile('education'), '--format', 'amendment', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^# Amendment No\. .* to Code for Every Classroom\n/);
    const copy = join(dir, 'new.charter.yaml');
    writeFileSync(copy, readExample('education'));
    const refused = runCli(['diff', example('education'), copy, '--out', copy]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/cannot write .*new\.charter\.yaml: it is .*new\.charter\.yaml, which this command reads; choose another file/);
    // Not through a link either.
    symlinkSync(copy, join(dir, 'link.md'));
    expect(runCli(['diff', example('education'), copy, '--out', join(dir, 'link.md')]).code).toBe(2);
    expect(readFileSync(copy, 'utf8')).toBe(readExample('education'));
    expect(runCli(['diff', example('education'), copy, '--out', '-', '--format', 'json']).stdout).toMatch(/^\{\n {2}"from"/);
  });

  it('colours classes on a terminal (FORCE_COLOR here), never with NO_COLOR or --no-color', () => {
    const args = ['diff', example('smart-city'), amendedFile('smart-city')];
    const coloured = runCli(args, { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[31mmajor    \u001b[39m');
    expect(runCli([...args, '--no-color'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(runCli(args).stdout).not.toContain('\u001b[');
  });

  it('--help shows examples and the exit codes', () => {
    const run = runCli(['diff', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('$ charter diff --base main charter.yaml --fail-on new-errors');
    expect(run.stdout).toContain('Exit codes: 0 compared');
  });
});

describe('charter diff with git revisions', () => {
  function repository() {
    const dir = scratch();
    git(dir, 'init', '-q');
    const file = join(dir, 'charter.yaml');
    writeFileSync(file, readExample('smart-city'));
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'v1');
    writeFileSync(file, readFileSync(amendedFile('smart-city'), 'utf8'));
    git(dir, 'commit', '-qam', 'v2');
    return { dir, file };
  }

  it('reads <rev>:<path> and --base <rev> with git, leaving the work tree and index untouched', () => {
    const { dir, file } = repository();
    const edited = readFileSync(file, 'utf8').replace('target: 5000', 'target: 4800');
    writeFileSync(file, edited);
    const status = git(dir, 'status', '--porcelain');
    const base = runCli(['diff', '--base', 'HEAD~1', 'charter.yaml', '--format', 'json'], { cwd: dir });
    expect(base.stderr).toBe('');
    expect(base.code).toBe(0);
    const report = JSON.parse(base.stdout);
    expect(report.from.file).toBe('HEAD~1:charter.yaml');
    expect(report.to.file).toBe('charter.yaml');
    expect(report.changes.find((c: { path: string }) => c.path === '/metrics/lighting-energy/target')).toMatchObject({ before: 5600, after: 4800 });
    const revisions = JSON.parse(runCli(['diff', 'HEAD~1:charter.yaml', 'HEAD:charter.yaml', '--format', 'json'], { cwd: dir }).stdout);
    expect(revisions.changes.find((c: { path: string }) => c.path === '/metrics/lighting-energy/target')).toMatchObject({ before: 5600, after: 5000 });
    expect(runCli(['diff', 'HEAD:charter.yaml', 'HEAD:charter.yaml'], { cwd: dir }).stdout).toContain('no changes');
    expect(git(dir, 'status', '--porcelain')).toBe(status);
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  it('reads paths relative to the current directory, from a subdirectory of the repository too', () => {
    const { dir } = repository();
    mkdirSync(join(dir, 'partnerships'));
    git(dir, 'mv', 'charter.yaml', 'partnerships/charter.yaml');
    git(dir, 'commit', '-qm', 'move');
    const sub = join(dir, 'partnerships');
    writeFileSync(join(sub, 'charter.yaml'), readFileSync(join(sub, 'charter.yaml'), 'utf8').replace('target: 5000', 'target: 4900'));
    const run = runCli(['diff', '--base', 'HEAD', 'charter.yaml', '--format', 'json'], { cwd: sub });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).changes.map((c: { path: string }) => c.path)).toEqual(['/metrics/lighting-energy/target']);
  });

  it('never runs a program named in the repository config (fsmonitor, hooks)', () => {
    const { dir } = repository();
    const marker = join(dir, 'ran');
    const script = join(dir, 'evil.sh');
    writeFileSync(script, `#!/bin/sh\ntouch '${marker}'\n`);
    chmodSync(script, 0o755);
    git(dir, 'config', 'core.fsmonitor', script);
    git(dir, 'config', 'core.hooksPath', dir);
    const run = runCli(['diff', '--base', 'HEAD~1', 'charter.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(existsSync(marker)).toBe(false);
  });

  it.each([
    [['diff', '--base', 'no-such-branch', 'charter.yaml'], /^charter: no-such-branch:charter\.yaml: unknown revision 'no-such-branch'/],
    [['diff', 'HEAD:missing.yaml', 'charter.yaml'], /^charter: HEAD:missing\.yaml: missing\.yaml does not exist at HEAD/],
    [['diff', '--base', '--upload-pack=x', 'charter.yaml'], /a revision cannot start with '-'/],
    [['diff', '--base', 'HEAD:charter.yaml', 'charter.yaml'], /give a revision such as main or HEAD~1, without a path/],
    [['diff', 'HEAD~1:charter.yaml', 'HEAD:charter.yaml', '--out', 'charter.yaml'], /cannot write charter\.yaml: it is charter\.yaml, which this command reads/],
  ])('%j: exit 2 with a clear message', (args, message) => {
    const { dir } = repository();
    const run = runCli(args, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("the GitHub Action's diff-base step puts a summary of each modified charter in the job summary", () => {
    const { dir, file } = repository();
    writeFileSync(join(dir, 'notes.yaml'), 'not: a charter\n');
    git(dir, 'add', 'notes.yaml');
    git(dir, 'commit', '-qm', 'notes');
    writeFileSync(file, readFileSync(file, 'utf8').replace('target: 5000', 'target: 4800'));
    writeFileSync(join(dir, 'notes.yaml'), 'not: a charter, changed\n');
    const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
    expect(action.inputs['diff-base'].default).toBe('');
    const step = action.runs.steps.find((s: { id?: string }) => s.id === 'diff');
    expect(step.if).toContain("github.event_name == 'pull_request'");
    const summary = join(dir, 'summary.md');
    const env = { PATH: process.env.PATH, NO_COLOR: '1', GITHUB_ACTION_PATH: root, GITHUB_STEP_SUMMARY: summary, INPUT_PATHS: '.', INPUT_DIFF_BASE: 'HEAD' };
    const run = spawnSync('bash', ['--norc', '--noprofile', '-e', '-c', step.run], { cwd: dir, env, encoding: 'utf8' });
    expect(run.stderr).not.toContain('charter:');
    expect(run.status).toBe(0);
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown.match(/^# Charter diff: /gm)).toEqual(['# Charter diff: ']);
    expect(markdown).toContain("- **minor** metric 'lighting-energy' target changed from 5000 to 4800");
    expect(markdownProblems(markdown)).toEqual([]);
  });

  it('a renamed file (git mv) with anchors renamed and block style switched is not a change', () => {
    const { dir } = repository();
    git(dir, 'mv', 'charter.yaml', 'aarhaven.charter.yaml');
    const moved = join(dir, 'aarhaven.charter.yaml');
    const before = readFileSync(moved, 'utf8');
    const text = before.replace(/norms: \[ ?agile delivery, fast decisions ?\]/, 'norms:\n      - agile delivery\n      - fast decisions');
    expect(text).not.toBe(before);
    writeFileSync(moved, text);
    git(dir, 'commit', '-qam', 'rename');
    const run = runCli(['diff', 'HEAD~1:charter.yaml', 'aarhaven.charter.yaml', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ class: 'none', changes: [] });
    const anchors = join(dir, 'anchors.charter.yaml');
    writeFileSync(join(dir, 'a.charter.yaml'), 'x-shared: &one [a, b]\nx-copy: *one\n' + readExample('education'));
    writeFileSync(anchors, 'x-shared: &two [a, b]\nx-copy: *two\n' + readExample('education'));
    expect(JSON.parse(runCli(['diff', 'a.charter.yaml', anchors, '--format', 'json'], { cwd: dir }).stdout).changes).toEqual([]);
  });

  it('a file over 10 MB at a revision is refused before it is read', () => {
    const { dir } = repository();
    writeFileSync(join(dir, 'big.charter.yaml'), `# ${'x'.repeat(10 * 1024 * 1024)}\n`);
    git(dir, 'add', 'big.charter.yaml');
    git(dir, 'commit', '-qm', 'big');
    const run = runCli(['diff', 'HEAD:big.charter.yaml', 'charter.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('charter: HEAD:big.charter.yaml is 10.0 MB; charter files over 10 MB are refused (is this really a charter?)\n');
  });

  it('outside a git work tree, a revision is exit 2 with what to do', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'charter.yaml'), readExample('smart-city'));
    const run = runCli(['diff', '--base', 'HEAD', 'charter.yaml'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: dir } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^charter: HEAD:charter\.yaml: .* is not inside a git work tree; run charter diff from the repository, or compare two files\n$/);
  });
});

describe('charter diff: hostile values stay text', () => {
  const markdownIt = new MarkdownIt({ html: true, linkify: true });

  it('markdown and amendment output escape every value and pass markdownlint; stylish shows control characters as escapes', () => {
    const dir = scratch();
    const old = join(dir, 'old.charter.yaml');
    const neu = join(dir, 'new.charter.yaml');
    const before = hostileCharter();
    writeFileSync(old, toYaml(before));
    const after = hostileCharter();
    after.partners.push({ id: 'evil', name: `${SCRIPT} | [x](javascript:alert(1))`, sector: 'community', signatory: { name: '# Not a heading', title: '<b>t</b>' } });
    after.goals[0].title = `*new* ${SCRIPT}\n# heading`;
    after.governance.amendments = { process: '<img src=x onerror=alert(1)> `code`', approval: 'majority' };
    after.version = '1. not a list';
    after.raci[0].activity = 'Evil \u001b[2J\u202e row';
    writeFileSync(neu, toYaml(after));
    for (const format of ['markdown', 'amendment']) {
      const run = runCli(['diff', old, neu, '--format', format, '--number', '<b>3</b> [x](y)', '--today', TODAY]);
      expect(run.code).toBe(0);
      expect(markdownProblems(run.stdout)).toEqual([]);
      const tokens = markdownIt.parse(run.stdout, {});
      const inline = tokens.flatMap((t) => t.children ?? []);
      expect(tokens.some((t) => t.type === 'html_block') || inline.some((t) => t.type === 'html_inline')).toBe(false);
      expect(inline.some((t) => t.type === 'link_open' || t.type === 'image' || t.type === 'code_inline')).toBe(false);
      expect(tokens.filter((t) => t.type === 'heading_open' && t.tag === 'h1')).toHaveLength(1);
      expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
    }
    const stylish = runCli(['diff', old, neu, '--today', TODAY]);
    expect(stylish.code).toBe(0);
    expect(stylish.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u202E]/);
    expect(stylish.stdout).toContain('\\u{1B}[2J\\u{202E}');
  });
});
