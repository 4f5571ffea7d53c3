import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { link, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './errors.js';

/** Temporary files being written: removed if the process is told to stop (SIGKILL leaves one behind, never a broken target). */
const pendingTemps = new Set<string>();
let signalHandlersInstalled = false;

function removeTempsOnSignal(): void {
  if (signalHandlersInstalled) return;
  signalHandlersInstalled = true;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      for (const temp of pendingTemps) rmSync(temp, { force: true });
      process.exit(code);
    });
  }
}

/**
 * Writes a file so that a crash leaves the old file or the new one, never half of one:
 * a temporary file in the same directory, flushed, then renamed over the target.
 */
export async function writeFileAtomic(file: string, content: string, options: { overwrite?: boolean } = {}): Promise<void> {
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
  removeTempsOnSignal();
  pendingTemps.add(temp);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Without overwrite, link() refuses atomically if the target appeared meanwhile.
    if (options.overwrite === false) {
      await link(temp, file);
      await rm(temp, { force: true });
    } else await rename(temp, file);
    pendingTemps.delete(temp);
  } catch (error) {
    await rm(temp, { force: true });
    pendingTemps.delete(temp);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${file} already exists: use --force to overwrite it`);
    const why = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'permission denied' : code === 'ENOSPC' ? 'the disk is full' : (error as Error).message;
    throw new UsageError(`cannot write ${file}: ${why}`);
  }
}
