import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './errors.js';

let deferSignals = false;

/**
 * Node's default for SIGINT/SIGTERM/SIGHUP kills the process at once, even in the middle of a
 * synchronous write. A handler is only called between tasks, so once it is installed a
 * signal can no longer cut a write in two; it then exits as the default would.
 */
function exitBetweenTasksOnSignal(): void {
  if (deferSignals) return;
  deferSignals = true;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) process.once(signal, () => process.exit(code));
}

/**
 * Writes a file so that a crash leaves the old file or the new one, never half of one:
 * a temporary file in the same directory, flushed, then renamed over the target.
 */
export async function writeFileAtomic(file: string, content: string | readonly string[], options: { overwrite?: boolean } = {}): Promise<void> {
  const dir = dirname(file);
  try {
    if (!(await stat(dir)).isDirectory()) throw new UsageError(`cannot write ${file}: ${dir} is not a directory`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot write ${file}: the directory ${dir} does not exist (create it first)`);
  }
  if (options.overwrite === false) {
    const exists = await stat(file).then(() => true, () => false);
    if (exists) throw new UsageError(`${file} already exists: use --force to overwrite it`);
  }
  const temp = join(dir, `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  // Synchronous, with signals deferred: Ctrl-C or SIGTERM then stop the process before the
  // temporary file exists or after the rename, never in between (SIGKILL may leave a .tmp).
  exitBetweenTasksOnSignal();
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      for (const piece of typeof content === 'string' ? [content] : content) writeFileSync(fd, piece, 'utf8');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // Without overwrite, link() refuses atomically if the target appeared meanwhile.
    if (options.overwrite === false) {
      linkSync(temp, file);
      rmSync(temp, { force: true });
    } else renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${file} already exists: use --force to overwrite it`);
    const why = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'permission denied' : code === 'ENOSPC' ? 'the disk is full' : (error as Error).message;
    throw new UsageError(`cannot write ${file}: ${why}`);
  }
}
