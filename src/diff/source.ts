import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { toDisplayPath } from '../core/files.js';
import { runGit } from '../core/git.js';
import { MAX_FILE_BYTES, readCharterBytes } from '../core/read.js';

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

/** The bytes of a file at a git revision, like `git show <rev>:<path>`, bounded like any charter input. */
export async function readRevision(rev: string, path: string, cwd: string): Promise<Buffer> {
  const spec = `${rev}:${path}`;
  if (rev.startsWith('-')) throw new UsageError(`${spec}: a revision cannot start with '-'`);
  // Run by the hardened runner: nothing a repository's config names is run (docs/security.md).
  const inside = await runGit(['rev-parse', '--is-inside-work-tree'], { cwd });
  if (!inside.ok && inside.failure === 'missing') throw new UsageError(`${spec}: git is not installed, and reading a revision needs it (or compare two files)`);
  if (!inside.ok || String(inside.stdout).trim() !== 'true') {
    throw new UsageError(`${spec}: ${toDisplayPath(cwd)} is not inside a git work tree; run charter diff from the repository, or compare two files`);
  }
  const commit = await runGit(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd });
  if (!commit.ok) throw new UsageError(`${spec}: unknown revision '${rev}' (try a branch, a tag or a commit, e.g. HEAD~1 or main)`);
  const sha = String(commit.stdout).trim();
  // `./` makes git read the path from the current directory, as the user typed it.
  const inRepo = isAbsolute(path) ? relative(cwd, path) : path;
  const object = `${sha}:./${inRepo.split('\\').join('/')}`;
  const type = await runGit(['cat-file', '-t', object], { cwd });
  if (!type.ok) throw new UsageError(`${spec}: ${path} does not exist at ${rev}`);
  if (String(type.stdout).trim() !== 'blob') throw new UsageError(`${spec}: ${path} is a directory at ${rev}, not a charter file`);
  const size = await runGit(['cat-file', '-s', object], { cwd });
  const bytes = size.ok ? Number(String(size.stdout).trim()) : NaN;
  if (!(bytes <= MAX_FILE_BYTES)) {
    throw new UsageError(`${spec} is ${(bytes / 1024 / 1024).toFixed(1)} MB; charter files over ${MAX_FILE_BYTES / 1024 / 1024} MB are refused (is this really a charter?)`);
  }
  const blob = await runGit(['cat-file', 'blob', object], { cwd, maxBytes: MAX_FILE_BYTES + 1 });
  if (!blob.ok) throw new UsageError(`${spec}: git could not read it${blob.failure === 'too-large' ? ' (over 10 MB)' : `: ${blob.reason}`}`);
  return blob.stdout;
}
