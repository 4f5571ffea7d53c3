// Issue 16, rows 9 and 15: git runs no program named by a repository's config, and a
// repository git refuses is said so on stderr.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGit } from '../../src/core/git.js';
import { baseCharter } from '../rules/table.js';
import { runCli, TODAY, toYaml } from '../helpers.js';
import { filesIn, scratchDir } from './scratch.js';

const clean = toYaml(baseCharter());

/** A repository with an ignored charter, unpacked from an archive: its .git/config names programs. */
function hostileRepository() {
  const dir = scratchDir();
  execFileSync('git', ['init', '-q', dir]);
  writeFileSync(join(dir, 'kept.charter.yaml'), clean);
  writeFileSync(join(dir, 'ignored.charter.yaml'), clean);
  writeFileSync(join(dir, '.gitignore'), 'ignored.charter.yaml\n');
  const marker = join(dir, 'PWNED');
  const program = join(dir, 'program.sh');
  writeFileSync(program, `#!/bin/sh\necho "$0 $*" >> '${marker}'\n`);
  chmodSync(program, 0o755);
  for (const key of ['core.fsmonitor', 'core.pager', 'core.hooksPath', 'diff.external', 'core.sshCommand', 'gpg.program']) {
    execFileSync('git', ['-C', dir, 'config', key, program]);
  }
  execFileSync('git', ['-C', dir, 'config', 'log.showSignature', 'true']);
  return { dir, marker };
}

describe('row 9: git runs no program that the repository config names', () => {
  it('charter lint . in such a repository runs none of them, and still honours .gitignore', () => {
    const { dir, marker } = hostileRepository();
    // The repository really would run them: plain git calls the fsmonitor for the same listing.
    execFileSync('git', ['-C', dir, 'ls-files', '--others', '--exclude-standard'], { stdio: 'ignore' });
    expect(existsSync(marker)).toBe(true);
    execFileSync('rm', [marker]);

    const { code, stdout, stderr } = runCli(['lint', '.', '--format', 'json', '--today', TODAY], { cwd: dir });
    expect(existsSync(marker)).toBe(false);
    expect(filesIn(stdout)).toEqual(['kept.charter.yaml']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('the exported runner keeps those settings off for other commands too (log, show)', async () => {
    const { dir, marker } = hostileRepository();
    execFileSync('git', ['-C', dir, 'add', 'kept.charter.yaml'], { env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' }, stdio: 'ignore' });
    execFileSync('rm', ['-f', marker]);
    // A commit made without the hostile config's hooks or fsmonitor.
    execFileSync('git', ['-C', dir, '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'c'], { stdio: 'ignore' });
    for (const args of [['show', 'HEAD:kept.charter.yaml'], ['log', '-1', '--format=%H'], ['status', '--porcelain'], ['diff', 'HEAD']]) {
      const result = await runGit(args, { cwd: dir });
      expect(result.ok, args.join(' ')).toBe(true);
    }
    expect(existsSync(marker)).toBe(false);
  });

  it('refuses output over its byte bound, with a reason', async () => {
    const dir = scratchDir();
    execFileSync('git', ['init', '-q', dir]);
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(5000));
    const result = await runGit(['ls-files', '--others', '-z'], { cwd: dir, maxBytes: 3 });
    expect(result).toEqual({ ok: false, failure: 'too-large', reason: 'git gave more output than charter reads' });
  });
});

describe('row 15: a repository whose ignore rules cannot be read is said so', () => {
  it('notes on stderr that ignored files are checked too, when git refuses the repository', () => {
    const { dir } = hostileRepository();
    // As root, the repository belongs to someone else: git refuses it ("dubious ownership").
    // As another user, a .git that points nowhere makes git refuse it the same way.
    if (process.getuid?.() === 0) execFileSync('chown', ['-R', '65534:65534', dir]);
    else {
      execFileSync('rm', ['-rf', join(dir, '.git')]);
      writeFileSync(join(dir, '.git'), 'gitdir: /nonexistent\n');
    }
    const { code, stdout, stderr } = runCli(['lint', '.', '--format', 'json', '--today', TODAY], { cwd: dir });
    expect(filesIn(stdout)).toEqual(['ignored.charter.yaml', 'kept.charter.yaml']);
    expect(stderr).toMatch(/^charter: \.: the \.gitignore rules could not be read \((detected dubious ownership in repository at .*|not a git repository: .*)\), so ignored files are checked too\n$/);
    expect(code).toBe(0);
  });

  it('says nothing outside a git work tree', () => {
    const dir = scratchDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub/a.charter.yaml'), clean);
    const { code, stderr } = runCli(['lint', '.', '--today', TODAY], { cwd: dir });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
