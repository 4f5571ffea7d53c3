import { closeSync, fchmodSync, fchownSync, fsyncSync, linkSync, openSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { lstat, open, readlink, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './errors.js';
import { toDisplayPath } from './files.js';

/** What every command that writes a file uses: `-o, --out <file>`, `-` for stdout. */
export const STDOUT_TARGET = '-';

export interface WriteOptions {
  /** false: refuse a target that is an existing file (`init` without --force). Default true. */
  overwrite?: boolean;
  /** The files the command read (its charters, the config): never written over, even through a link. */
  protect?: readonly string[];
  /** Where `-` writes; default process.stdout. */
  stdout?: (content: string | Uint8Array) => void;
}

/**
 * What a command writes: text, bytes, or text in pieces made as they are written (a report too
 * large for one string, see formatters/pieces.ts): iterated once.
 */
export type Content = string | Uint8Array | Iterable<string>;

const piecesOf = (content: Content): Iterable<string | Uint8Array> => (typeof content === 'string' || content instanceof Uint8Array ? [content] : content);

type Plan =
  | { kind: 'stdout' }
  /** A character device, FIFO or socket: opened and written, never replaced. */
  | { kind: 'direct'; path: string; socket: boolean }
  /** A regular file (or none yet): a temporary file renamed over it, keeping an existing file's mode and owner. */
  | { kind: 'atomic'; path: string; existing?: Stats };

/**
 * Checks that `target` can be written, without writing: call it before long work (an
 * interview, a render) so that a refusal comes first. Throws UsageError (exit 2).
 */
export async function checkOutput(target: string, options: WriteOptions = {}): Promise<void> {
  await planWrite(target, options);
}

/**
 * Writes a command's output. `-` is stdout. A regular file is replaced atomically (a crash
 * leaves the old file or the new one, never half of one); a symbolic link is followed and its
 * target replaced the same way; a character device, FIFO or socket is written directly and
 * stays what it is. Refused with UsageError (exit 2): a directory, a block device, a missing
 * parent directory, one of `options.protect`, an existing file when `overwrite` is false.
 */
export async function writeOutput(target: string, content: Content, options: WriteOptions = {}): Promise<void> {
  const plan = await planWrite(target, options);
  if (plan.kind === 'stdout') {
    const print = options.stdout ?? ((c) => process.stdout.write(c));
    for (const piece of piecesOf(content)) print(piece);
  } else if (plan.kind === 'direct') await writeDirect(target, plan.path, plan.socket, content);
  else writeAtomic(target, plan.path, plan.existing, content, options.overwrite !== false);
}

async function planWrite(target: string, options: WriteOptions): Promise<Plan> {
  if (target === STDOUT_TARGET) return { kind: 'stdout' };
  if (target === '') throw new UsageError('the output file name is empty: give a file name, or - for stdout');
  const { path, info } = await followLinks(target);
  if (info === undefined) {
    await requireDirectory(target, dirname(path));
    return { kind: 'atomic', path };
  }
  if (info.isDirectory()) throw new UsageError(`cannot write ${target}: it is a directory; give a file name inside it`);
  if (info.isBlockDevice()) throw new UsageError(`cannot write ${target}: it is a block device; a report is never written over a disk`);
  await refuseProtected(target, info, options.protect ?? []);
  if (info.isCharacterDevice() || info.isFIFO() || info.isSocket()) return { kind: 'direct', path, socket: info.isSocket() };
  if (options.overwrite === false) throw new UsageError(`${target} already exists: use --force to overwrite it, or give another file name`);
  return { kind: 'atomic', path, existing: info };
}

/** Resolves symbolic links one by one (a dangling link names the file to create); `info` is undefined when nothing is there yet. */
async function followLinks(target: string): Promise<{ path: string; info?: Stats }> {
  let path = resolve(target);
  for (let hops = 0; hops < 40; hops++) {
    let info: Stats;
    try {
      info = await lstat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { path };
      if (code === 'ENOTDIR') throw new UsageError(`cannot write ${target}: ${dirname(target)} is not a directory`);
      throw new UsageError(`cannot write ${target}: ${describeWriteError(error)}`);
    }
    if (!info.isSymbolicLink()) return { path, info };
    path = resolve(dirname(path), await readlink(path));
  }
  throw new UsageError(`cannot write ${target}: too many levels of symbolic links`);
}

async function requireDirectory(target: string, dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (info === undefined) {
    const shown = resolve(dirname(target)) === dir ? dirname(target) : dir;
    throw new UsageError(`cannot write ${target}: the directory ${shown} does not exist (create it first)`);
  }
  if (!info.isDirectory()) throw new UsageError(`cannot write ${target}: ${dir} is not a directory`);
}

/** Same device and inode as a file the command read: the same file, whatever links or `..` lead to it. */
async function refuseProtected(target: string, info: Stats, inputs: readonly string[]): Promise<void> {
  // Synchronous: a report reads thousands of charters, and an asynchronous stat each took 50 ms.
  for (const input of inputs) {
    let read: Stats | undefined;
    try {
      read = statSync(input);
    } catch {
      read = undefined;
    }
    if (read !== undefined && read.dev === info.dev && read.ino === info.ino) {
      throw new UsageError(`cannot write ${target}: it is ${toDisplayPath(resolve(input))}, which this command reads; choose another file`);
    }
  }
}

async function writeDirect(target: string, path: string, socket: boolean, content: Content): Promise<void> {
  try {
    if (socket) {
      // Loaded here: node:net costs every run start-up time, and sockets are rare.
      const { connect } = await import('node:net');
      await new Promise<void>((done, fail) => {
        const connection = connect(path, () => {
          for (const piece of piecesOf(content)) connection.write(piece);
          connection.end(done);
        });
        connection.on('error', fail);
      });
      return;
    }
    // Asynchronous: opening a FIFO waits for a reader, and Ctrl-C must still work meanwhile.
    const handle = await open(path, 'w');
    try {
      // writeFile writes from the current position: the pieces follow one another.
      for (const piece of piecesOf(content)) await handle.writeFile(piece);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new UsageError(`cannot write ${target}: ${describeWriteError(error)}`);
  }
}

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

function writeAtomic(target: string, path: string, existing: Stats | undefined, content: Content, overwrite: boolean): void {
  const dir = dirname(path);
  // Web Crypto's global: node:crypto loads only when a file is written, not at start-up.
  const temp = join(dir, `.${basename(path)}.${Buffer.from(crypto.getRandomValues(new Uint8Array(6))).toString('hex')}.tmp`);
  // Synchronous, with signals deferred: Ctrl-C or SIGTERM then stop the process before the
  // temporary file exists or after the rename, never in between (SIGKILL may leave a .tmp).
  exitBetweenTasksOnSignal();
  try {
    const fd = openSync(temp, 'wx', 0o666);
    try {
      if (existing !== undefined) {
        fchmodSync(fd, existing.mode & 0o7777);
        // Root writing over another user's file gives it back to that user; others cannot, and need not.
        if (process.getuid?.() === 0) fchownSync(fd, existing.uid, existing.gid);
      }
      for (const piece of piecesOf(content)) writeFileSync(fd, piece);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // Without overwrite, link() refuses atomically if the target appeared meanwhile.
    if (overwrite) renameSync(temp, path);
    else {
      linkSync(temp, path);
      rmSync(temp, { force: true });
    }
    syncDirectory(dir);
  } catch (error) {
    rmSync(temp, { force: true });
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${target} already exists: use --force to overwrite it, or give another file name`);
    throw new UsageError(`cannot write ${target}: ${describeWriteError(error)}`);
  }
}

/** Makes the rename itself durable; a file system that cannot sync a directory loses nothing by skipping it. */
function syncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort.
  }
}

function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code === 'ENXIO' || code === 'ECONNREFUSED') return 'nothing is listening on it';
  return (error as Error).message;
}
