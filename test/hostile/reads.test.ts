// Issue 16, rows 1, 12 and 13: every read is bounded; walks and globs stay inside the
// directory they search and report what they cannot read.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseCharter } from '../rules/table.js';
import { runCli, TODAY, toYaml } from '../helpers.js';
import { asUnprivilegedUser, BOUNDED_RUN, filesIn, mkfifo, scratchDir } from './scratch.js';

const clean = toYaml(baseCharter());
const bounded = BOUNDED_RUN;

describe('row 1: reads are bounded by the bytes actually read, and in time', () => {
  it('refuses a device named on the command line after 10 MB, with one line and exit 2', () => {
    const { code, stdout, stderr } = runCli(['lint', '/dev/zero'], bounded);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    // Paths in messages are relative to the current directory, /dev/zero too.
    expect(stderr).toMatch(/^charter: (\.\.\/)*dev\/zero gives over 10 MB; charter files over 10 MB are refused \(is this really a charter file\?\)\n$/);
  });

  it('refuses a device as --config the same way', () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'a.charter.yaml'), clean);
    const { code, stderr } = runCli(['lint', 'a.charter.yaml', '--config', '/dev/zero'], { ...bounded, cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^charter: (\.\.\/)*dev\/zero gives over 10 MB; configs over 10 MB are refused .*\n$/);
    expect(stderr.split('\n')).toHaveLength(2);
  });

  it('refuses a directory given as --config', () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'a.charter.yaml'), clean);
    mkdirSync(join(dir, 'conf'));
    const { code, stderr } = runCli(['lint', 'a.charter.yaml', '--config', 'conf'], { ...bounded, cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('charter: conf is a directory, not a config\n');
  });

  it('skips, with a note, a committed link to /dev/zero that a walk of a git work tree finds', () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'real.charter.yaml'), clean);
    symlinkSync('/dev/zero', join(dir, 'zero.charter.yaml'));
    execFileSync('git', ['init', '-q', dir]);
    execFileSync('git', ['-C', dir, 'add', '-A']);
    const { code, stdout, stderr } = runCli(['lint', '.', '--format', 'json', '--today', TODAY], { ...bounded, cwd: dir });
    expect(filesIn(stdout)).toEqual(['real.charter.yaml']);
    expect(stderr).toBe('charter: skipped zero.charter.yaml: a symbolic link out of the searched directory\n');
    expect(code).toBe(0);
  });

  it('skips a FIFO that a walk outside git finds, and one that a glob matches', () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'real.charter.yaml'), clean);
    mkfifo(join(dir, 'p.charter.yaml'));
    for (const input of ['.', '*.charter.yaml']) {
      const { code, stdout, stderr } = runCli(['lint', input, '--format', 'json', '--today', TODAY], { ...bounded, cwd: dir });
      expect(filesIn(stdout)).toEqual(['real.charter.yaml']);
      expect(stderr, input).toBe('charter: skipped p.charter.yaml: a FIFO (named pipe), not a regular file\n');
      expect(code).toBe(0);
    }
  });

  it('gives up on a FIFO named on the command line that nobody writes to, after the time limit', () => {
    const dir = scratchDir();
    mkfifo(join(dir, 'p.charter.yaml'));
    const { code, stderr } = runCli(['lint', 'p.charter.yaml'], { ...bounded, cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('charter: p.charter.yaml is a FIFO (named pipe) that did not deliver a whole charter file within 0.5 s: give a regular file\n');
  });

  it('reads a FIFO named on the command line when a writer delivers a charter in time', async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'source.yaml'), clean);
    mkfifo(join(dir, 'p.charter.yaml'));
    const writer = spawn('sh', ['-c', 'cat source.yaml > p.charter.yaml'], { cwd: dir, stdio: 'ignore' });
    const { code, stdout, stderr } = runCli(['lint', 'p.charter.yaml', '--format', 'json', '--today', TODAY], { timeout: 30_000, env: { CHARTER_READ_TIMEOUT_MS: '20000' }, cwd: dir });
    await new Promise((resolve) => (writer.exitCode === null ? writer.on('exit', resolve) : resolve(undefined)));
    expect(stderr).toBe('');
    expect(filesIn(stdout)).toEqual(['p.charter.yaml']);
    expect(code).toBe(0);
  });
});

describe('row 12: walks and globs never follow a link out of the directory they search', () => {
  function tree() {
    const outside = scratchDir();
    writeFileSync(join(outside, 'secret.charter.yaml'), clean);
    const dir = scratchDir();
    mkdirSync(join(dir, 'd/inner'), { recursive: true });
    writeFileSync(join(dir, 'd/inner/own.charter.yaml'), clean);
    symlinkSync('/', join(dir, 'd/root'));
    symlinkSync(join(outside, 'secret.charter.yaml'), join(dir, 'leak.charter.yaml'));
    symlinkSync('..', join(dir, 'd/loop'));
    symlinkSync('d/inner', join(dir, 'inner-link'));
    return dir;
  }

  it('a directory walk skips links out, follows a link inside once and survives a loop', () => {
    const dir = tree();
    const { code, stdout, stderr } = runCli(['lint', '.', '--format', 'json', '--today', TODAY], { ...bounded, cwd: dir });
    expect(filesIn(stdout)).toEqual(['d/inner/own.charter.yaml']);
    expect(stderr).toBe('charter: skipped d/root: a symbolic link out of the searched directory\n' + 'charter: skipped leak.charter.yaml: a symbolic link out of the searched directory\n');
    expect(code).toBe(0);
  });

  it('a glob does not walk through d/root into the whole filesystem, nor read a linked file outside', () => {
    const dir = tree();
    const { code, stdout, stderr } = runCli(['lint', '**/*.charter.yaml', '--format', 'json', '--today', TODAY], { ...bounded, cwd: dir });
    expect(filesIn(stdout)).toEqual(['d/inner/own.charter.yaml']);
    expect(stderr).not.toContain('secret');
    expect(code).toBe(0);
  });
});

describe('row 13: an unreadable directory is reported and the rest is checked', () => {
  it('names the directory on stderr, checks the other files and exits 2', () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'a.charter.yaml'), clean);
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked/b.charter.yaml'), clean);
    writeFileSync(join(dir, 'z.charter.yaml'), clean);
    chmodSync(join(dir, 'locked'), 0o000);
    // The other user must be able to reach the directory: the suite's temporary root is private.
    if (process.getuid?.() === 0) chmodSync(dirname(dir), 0o711);
    const { code, stdout, stderr } = runCli(['lint', '.', '--format', 'json', '--today', TODAY], { ...bounded, ...asUnprivilegedUser, cwd: dir, env: { ...bounded.env, HOME: dir } });
    expect(stderr).toBe('charter: locked: permission denied: the charters in it were not checked\n');
    expect(filesIn(stdout)).toEqual(['a.charter.yaml', 'z.charter.yaml']);
    expect(code).toBe(2);
  });
});
