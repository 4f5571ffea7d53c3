import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { bin, runCli, tempDir } from '../helpers.js';
import { generateLarge } from '../../bench/generate.mjs';

/** Starts `charter args`, kills it with `signal` after `delayMs`, and waits for it to end. */
async function killAfter(args: string[], cwd: string, delayMs: number, signal: NodeJS.Signals): Promise<number | null> {
  const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await sleep(delayMs);
  child.kill(signal);
  return exited;
}

describe('nothing is lost when a write is interrupted', () => {
  const dir = tempDir();
  generateLarge(join(dir, 'large.charter.yaml'), 1500);
  const complete = runCli(['render', 'large.charter.yaml', '--format', 'html'], { cwd: dir, maxBuffer: 1 << 28 }).stdout;

  it('killing render --out at any moment leaves the old file or the complete new one', async () => {
    expect(complete.length).toBeGreaterThan(1_000_000);
    const target = join(dir, 'agreement.html');
    const seen = new Set<string>();
    for (const [i, delay] of [50, 300, 700, 1000, 1300, 1600, 2000, 2600, 3200, 4500].entries()) {
      writeFileSync(target, 'OLD AGREEMENT');
      await killAfter(['render', 'large.charter.yaml', '--format', 'html', '--out', target], dir, delay, i % 2 ? 'SIGKILL' : 'SIGTERM');
      const now = readFileSync(target, 'utf8');
      expect(now === 'OLD AGREEMENT' || now === complete, `after ${delay} ms the file holds ${now.length} characters`).toBe(true);
      seen.add(now === complete ? 'new' : 'old');
      // SIGTERM never stops a write half-way, so it leaves no temporary file; SIGKILL may leave one (never a half-written target).
      const temps = readdirSync(dir).filter((f) => f.endsWith('.tmp'));
      if (i % 2 === 0) expect(temps).toEqual([]);
      else for (const temp of temps) rmSync(join(dir, temp));
    }
    expect(seen.has('old')).toBe(true);
  });

  it('killing init --force leaves the old file or a complete charter', async () => {
    const target = join(dir, 'charter.yaml');
    for (const delay of [20, 60, 120, 200]) {
      writeFileSync(target, 'old: true\n');
      await killAfter(['init', '--yes', '--force', '--title', 'Killed', 'charter.yaml'], dir, delay, 'SIGKILL');
      const now = readFileSync(target, 'utf8');
      if (now !== 'old: true\n') expect(runCli(['validate', 'charter.yaml'], { cwd: dir }).code).toBe(0);
    }
  });

  it('a read-only target gives a clear error and exit 2', () => {
    const locked = join(tempDir(), 'locked');
    mkdirSync(locked);
    // Root ignores permission bits; an immutable directory refuses even root, where the
    // file system supports it. Otherwise the mode bits do the same for other users.
    let immutable = false;
    try {
      execFileSync('chattr', ['+i', locked], { stdio: 'ignore' });
      immutable = true;
    } catch {
      chmodSync(locked, 0o555);
    }
    try {
      const { code, stderr } = runCli(['render', 'large.charter.yaml', '--out', join(locked, 'a.md')], { cwd: dir });
      expect(code).toBe(2);
      expect(stderr).toMatch(/^charter: cannot write .*a\.md: (permission denied|read-only)/);
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      if (immutable) execFileSync('chattr', ['-i', locked]);
    }
  });

  it('a full disk gives a clear error and exit 2, leaving the old file', () => {
    // A 256 KB file system, filled by a render of over a megabyte.
    const small = join(tempDir(), 'small');
    mkdirSync(small);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', small]);
    try {
      writeFileSync(join(small, 'agreement.html'), 'OLD AGREEMENT');
      const { code, stderr } = runCli(['render', 'large.charter.yaml', '--format', 'html', '--out', join(small, 'agreement.html')], { cwd: dir });
      expect(code).toBe(2);
      expect(stderr).toMatch(/^charter: cannot write .*agreement\.html: the disk is full\n$/);
      expect(readFileSync(join(small, 'agreement.html'), 'utf8')).toBe('OLD AGREEMENT');
      expect(readdirSync(small)).toEqual(['agreement.html']);
    } finally {
      execFileSync('umount', [small]);
    }
  });
});
