import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
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
 * `large / small` for a linear algorithm, its square for a quadratic one. After a warm-up,
 * each trial runs the small input until it takes about 100 ms and the large one the same
 * number of times scaled down; trials alternate between the sizes so that a busy machine
 * slows both alike, and the best of five counts for each.
 */
export function growthRatio(run: (size: number) => void, small: number, large: number): number {
  const timeOf = (size: number, repeat: number) => {
    const start = performance.now();
    for (let i = 0; i < repeat; i++) run(size);
    return (performance.now() - start) / repeat;
  };
  timeOf(small, 3);
  timeOf(large, 1);
  const repeat = Math.max(1, Math.ceil(100 / Math.max(timeOf(small, 1), 0.01)));
  const largeRepeat = Math.max(1, Math.round(repeat * (small / large)));
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let trial = 0; trial < 5; trial++) {
    bestSmall = Math.min(bestSmall, timeOf(small, repeat));
    bestLarge = Math.min(bestLarge, timeOf(large, largeRepeat));
  }
  return bestLarge / bestSmall;
}

/** C0 and C1 controls and DEL, but tab and line feed, which formats may carry. */
export const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Markdown to HTML as GitHub renders it: CommonMark with the GFM extensions (autolinks included). */
export const gfmToHtml = (markdown: string) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });

/** The file names of a `--format json` report, in order. */
export const filesIn = (stdout: string): string[] => JSON.parse(stdout).map((r: { file: string }) => r.file);

/** CLI options for runs that read FIFOs and devices: bounded in time, with a short read time limit. */
export const BOUNDED_RUN = { timeout: 30_000, env: { CHARTER_READ_TIMEOUT_MS: '500' } };
