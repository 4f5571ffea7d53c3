import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { onTestFinished } from 'vitest';
import { tempDir } from '../helpers.js';

/** A temporary directory removed when the test finishes (modes restored first, so that rm can enter). */
export function scratchDir(): string {
  const dir = tempDir();
  chmodSync(dir, 0o755);
  onTestFinished(() => {
    execFileSync('chmod', ['-R', 'u+rwx', dir]);
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** Runs a command as an unprivileged user when the tests run as root (permissions mean nothing to root). */
export const asUnprivilegedUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

/** Creates a FIFO (named pipe). */
export function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

/**
 * How much longer the large input takes than the small one, per unit of input: about
 * `large / small` for a linear algorithm, its square for a quadratic one. Each size runs
 * until it has taken at least 60 ms (repeating small inputs), best of three, so that timer
 * noise does not decide.
 */
export function growthRatio(run: (size: number) => void, small: number, large: number): number {
  const perRun = (size: number, repeat: number) => {
    let best = Infinity;
    for (let trial = 0; trial < 3; trial++) {
      const start = performance.now();
      for (let i = 0; i < repeat; i++) run(size);
      best = Math.min(best, (performance.now() - start) / repeat);
    }
    return best;
  };
  let repeat = 1;
  const startAt = performance.now();
  run(small);
  const once = performance.now() - startAt;
  if (once < 60) repeat = Math.ceil(60 / Math.max(once, 0.05));
  return perRun(large, Math.max(1, Math.round(repeat * (small / large)))) / perRun(small, repeat);
}
