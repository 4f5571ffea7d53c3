import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { toDisplayPath } from '../core/files.js';
import { MAX_FILE_BYTES } from '../core/load.js';
import { readCharterBytes } from '../core/run.js';

/** One side of a diff, read: its name for messages, its bytes, and the work-tree file it stands for (for config discovery). */
export interface DiffSource {
  label: string;
  bytes: Buffer;
  file: string;
}

/**
 * Reads `<file>` or `<rev>:<path>`. An argument naming an existing file is a file, even
 * with a colon in its name; otherwise a colon splits a revision from a path.
 */
export async function readDiffSource(argument: string, cwd = process.cwd()): Promise<DiffSource> {
  const exists = await stat(resolve(cwd, argument)).then(() => true, () => false);
  const colon = argument.indexOf(':');
  if (exists || colon <= 0 || colon === argument.length - 1) {
    const file = resolve(cwd, argument);
    return { label: toDisplayPath(file, cwd), bytes: await readCharterBytes(argument), file };
  }
  const rev = argument.slice(0, colon);
  const path = argument.slice(colon + 1);
  return { label: argument, bytes: await readRevision(rev, path, cwd), file: resolve(cwd, path) };
}

/**
 * Git is run without a shell, and with every setting that could start a program turned off:
 * a repository's config must not run anything when charter merely reads from it.
 */
const SAFE_GIT = ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-c', 'core.pager=cat', '-c', 'protocol.allow=never', '--no-pager', '--no-optional-locks'];

function git(args: string[], cwd: string, maxBuffer = 1024 * 1024): Promise<{ ok: boolean; stdout: Buffer; stderr: string; missing?: boolean; tooLarge?: boolean }> {
  return new Promise((done) => {
    execFile(
      'git',
      [...SAFE_GIT, ...args],
      { cwd, encoding: 'buffer', maxBuffer, windowsHide: true, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat' } },
      (error, stdout, stderr) => {
        const code = (error as NodeJS.ErrnoException | null)?.code;
        done({ ok: !error, stdout, stderr: String(stderr), missing: code === 'ENOENT', tooLarge: code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER' });
      },
    );
  });
}

/** The bytes of a file at a git revision, like `git show <rev>:<path>`, bounded like any charter input. */
export async function readRevision(rev: string, path: string, cwd: string): Promise<Buffer> {
  const spec = `${rev}:${path}`;
  if (rev.startsWith('-')) throw new UsageError(`${spec}: a revision cannot start with '-'`);
  const inside = await git(['rev-parse', '--is-inside-work-tree'], cwd);
  if (inside.missing) throw new UsageError(`${spec}: git is not installed, and reading a revision needs it (or compare two files)`);
  if (!inside.ok || String(inside.stdout).trim() !== 'true') {
    throw new UsageError(`${spec}: ${toDisplayPath(cwd)} is not inside a git work tree; run charter diff from the repository, or compare two files`);
  }
  const commit = await git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], cwd);
  if (!commit.ok) throw new UsageError(`${spec}: unknown revision '${rev}' (try a branch, a tag or a commit, e.g. HEAD~1 or main)`);
  const sha = String(commit.stdout).trim();
  // `./` makes git read the path from the current directory, as the user typed it.
  const inRepo = isAbsolute(path) ? relative(cwd, path) : path;
  const object = `${sha}:./${inRepo.split('\\').join('/')}`;
  const type = await git(['cat-file', '-t', object], cwd);
  if (!type.ok) throw new UsageError(`${spec}: ${path} does not exist at ${rev}`);
  if (String(type.stdout).trim() !== 'blob') throw new UsageError(`${spec}: ${path} is a directory at ${rev}, not a charter file`);
  const size = await git(['cat-file', '-s', object], cwd);
  const bytes = Number(String(size.stdout).trim());
  if (!size.ok || !(bytes <= MAX_FILE_BYTES)) {
    throw new UsageError(`${spec} is ${(bytes / 1024 / 1024).toFixed(1)} MB; charter files over ${MAX_FILE_BYTES / 1024 / 1024} MB are refused (is this really a charter?)`);
  }
  const blob = await git(['cat-file', 'blob', object], cwd, MAX_FILE_BYTES + 1);
  if (!blob.ok) throw new UsageError(`${spec}: git could not read it${blob.tooLarge ? ' (over 10 MB)' : `: ${blob.stderr.trim().split('\n')[0]}`}`);
  return blob.stdout;
}
