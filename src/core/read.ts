// The one way charter reads a file: charters, configs, templates. Bounded in bytes always,
// and in time for what is not a regular file.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { UsageError } from './errors.js';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MB = 1024 * 1024;

/**
 * How long a FIFO, terminal or device named on the command line may take to deliver all
 * its bytes. CHARTER_READ_TIMEOUT_MS changes it (tests use a short one).
 */
function streamTimeLimitMs(): number {
  const fromEnv = Number(process.env.CHARTER_READ_TIMEOUT_MS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 10_000;
}

export interface ReadOptions {
  /** What the file is, for messages: "charter file", "config", "template". */
  what: string;
  /** Refuse anything but a regular file (templates): no FIFO, device or socket is opened. */
  regularOnly?: boolean;
  /** The path as messages show it, when it differs from the one opened. */
  shown?: string;
}

export function describeFsError(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EACCES' || code === 'EPERM') return `${file}: permission denied`;
  if (code === 'EISDIR') return `${file} is a directory, not a charter file`;
  if (code === 'ELOOP') return `${file}: a loop of symbolic links`;
  if (code === 'ENXIO') return `${file} is a socket, not a file`;
  return `${file}: ${(error as Error)?.message ?? String(error)}`;
}

/** "a FIFO", "a character device", …: what a non-regular file is, in words. */
export function describeFileType(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  if (info.isSymbolicLink()) return 'a symbolic link';
  return 'a regular file';
}

/**
 * Reads a whole file, synchronously, at most MAX_FILE_BYTES: the bytes actually read are counted (a device
 * reports size 0), so /dev/zero is refused after 10 MB + 1 byte. A directory is refused; a
 * FIFO or device is read with the same cap and a time limit. Every refusal is a UsageError.
 */
export function readBounded(path: string, options: ReadOptions): Buffer {
  const file = options.shown ?? path;
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO without a writer does not hang.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new UsageError(describeFsError(error, file));
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new UsageError(`${file} is a directory, not a ${options.what}`);
    if (!info.isFile() && options.regularOnly) throw new UsageError(`${file} is ${describeFileType(info)}, not a regular file: a ${options.what} must be one`);
    if (info.isFile() && info.size > MAX_FILE_BYTES) throw tooLarge(file, options, `is ${(info.size / MB).toFixed(1)} MB`);
    return info.isFile() ? readRegular(fd, info.size, file, options) : readStream(fd, info, file, options);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(describeFsError(error, file));
  } finally {
    closeSync(fd);
  }
}

function tooLarge(file: string, options: ReadOptions, size: string): UsageError {
  return new UsageError(`${file} ${size}; ${options.what}s over ${MAX_FILE_BYTES / MB} MB are refused (is this really a ${options.what}?)`);
}

/** Appends reads to a buffer that grows as needed, never past the cap + 1 byte. */
class CappedBuffer {
  private buffer: Buffer;
  length = 0;

  constructor(expected: number) {
    this.buffer = Buffer.allocUnsafe(Math.min(Math.max(expected + 1, 64 * 1024), MAX_FILE_BYTES + 1));
  }

  /** Reads once from fd; returns the bytes read (0 at the end). */
  readFrom(fd: number): number {
    if (this.length === this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.min(this.buffer.length * 2, MAX_FILE_BYTES + 1));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    const n = readSync(fd, this.buffer, this.length, this.buffer.length - this.length, null);
    this.length += n;
    return n;
  }

  get full(): boolean {
    return this.length > MAX_FILE_BYTES;
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

function readRegular(fd: number, size: number, file: string, options: ReadOptions): Buffer {
  const buffer = new CappedBuffer(size);
  // A file that grows while it is read is still cut at the cap.
  while (!buffer.full && buffer.readFrom(fd) > 0);
  if (buffer.full) throw tooLarge(file, options, `is over ${MAX_FILE_BYTES / MB} MB`);
  return buffer.bytes();
}

/** Waits synchronously (config discovery is synchronous; a wait here is rare and short). */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A FIFO, terminal or device: non-blocking reads until its end, the cap or the time limit. */
function readStream(fd: number, info: Stats, file: string, options: ReadOptions): Buffer {
  const limit = streamTimeLimitMs();
  const deadline = Date.now() + limit;
  const buffer = new CappedBuffer(0);
  for (;;) {
    let n: number;
    try {
      n = buffer.readFrom(fd);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      n = -1;
    }
    if (buffer.full) throw tooLarge(file, options, `gives over ${MAX_FILE_BYTES / MB} MB`);
    // End of data; a FIFO reads as ended before its writer has opened it, so wait for a first byte.
    if (n === 0 && !(info.isFIFO() && buffer.length === 0)) return buffer.bytes();
    if (n > 0) continue;
    if (Date.now() >= deadline) {
      throw new UsageError(`${file} is ${describeFileType(info)} that did not deliver a whole ${options.what} within ${limit / 1000} s: give a regular file`);
    }
    sleep(10);
  }
}

/** A charter named on the command line or found by a walk. */
export function readCharterBytes(file: string): Buffer {
  return readBounded(file, { what: 'charter file' });
}
