import { readdir, realpath, stat } from 'node:fs/promises';
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { inGitWorkTree, runGit } from './git.js';
import { describeFileType, describeFsError } from './read.js';

/** The names a directory search picks up. */
export function isCharterFileName(name: string): boolean {
  return name === 'charter.yaml' || name === 'charter.yml' || name.endsWith('.charter.yaml') || name.endsWith('.charter.yml');
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);
const GLOB_CHARACTERS = /[*?[\]{}]/;

export interface ExpandedInputs {
  /** Files to check, relative to cwd, in the order given (directory contents sorted). */
  files: string[];
  /** One line per input that named nothing or could not be searched: the command reports them and exits 2. */
  problems: string[];
  /** One line per thing a search skipped (a FIFO, a link out of the directory, unread ignore rules): reported, not an error. */
  notes: string[];
}

/** Turns the command line's files, directories and globs into a list of charter files. */
export async function expandInputs(inputs: readonly string[], cwd = process.cwd()): Promise<ExpandedInputs> {
  const files: string[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const rel = toDisplayPath(file, cwd);
    if (!seen.has(rel)) {
      seen.add(rel);
      files.push(rel);
    }
  };
  for (const input of inputs) {
    let info;
    try {
      info = await stat(resolveFrom(cwd, input));
    } catch {
      info = undefined;
    }
    if (info?.isDirectory()) {
      const search = await charterFilesIn(resolveFrom(cwd, input), cwd);
      for (const problem of search.problems) problems.push(problem);
      for (const note of search.notes) notes.push(note);
      if (search.files.length === 0 && search.problems.length === 0) problems.push(`${input}: no charter files found (looked for *.charter.yaml, *.charter.yml and charter.yaml)`);
      search.files.forEach(add);
    } else if (info) {
      add(resolveFrom(cwd, input));
    } else if (GLOB_CHARACTERS.test(input)) {
      const search = await globCharters(input, cwd);
      for (const problem of search.problems) problems.push(problem);
      for (const note of search.notes) notes.push(note);
      if (search.files.length === 0 && search.problems.length === 0) problems.push(`${input}: no files match this pattern`);
      search.files.forEach(add);
    } else {
      problems.push(`${input}: no such file or directory`);
    }
  }
  return { files, problems, notes };
}

function resolveFrom(cwd: string, input: string): string {
  return isAbsolute(input) ? input : join(cwd, input);
}

/** Paths in messages are relative to the current directory, with forward slashes. */
export function toDisplayPath(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  return (rel === '' ? file : rel).split(sep).join('/');
}

interface Search {
  files: string[];
  problems: string[];
  notes: string[];
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Whether `path` is `root` or lies below it. */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

type Inspected = { real: string; info: Stats; outside: boolean } | { broken: string };

/**
 * What a search found at `path`: links resolved, and whether they lead out of `rootReal`.
 * Synchronous: a search may look at thousands of files, and each asynchronous call is a trip
 * through the thread pool (100 ms for 1,000 files, against a few for these).
 */
function inspect(path: string, rootReal: string): Inspected {
  const info = lstatSync(path);
  if (!info.isSymbolicLink()) return { real: path, info, outside: false };
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    return { broken: (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'a loop of symbolic links' : 'a symbolic link to nothing' };
  }
  return { real, info: statSync(real), outside: !isInside(rootReal, real) };
}

/**
 * Decides about one charter-named path of a search: a regular file (or a link to one inside
 * the searched directory) is checked; anything else is skipped with a note.
 */
function judge(found: Inspected, shown: string, search: Search, file: string): void {
  if ('broken' in found) search.notes.push(`skipped ${shown}: ${found.broken}`);
  else if (found.outside) search.notes.push(`skipped ${shown}: a symbolic link out of the searched directory`);
  else if (!found.info.isFile()) search.notes.push(`skipped ${shown}: ${describeFileType(found.info)}, not a regular file`);
  else search.files.push(file);
}

/**
 * Every charter file below a directory, sorted by path. Inside a git work tree, files that
 * .gitignore excludes are left out (git itself lists them); elsewhere, a plain walk.
 */
async function charterFilesIn(dir: string, cwd: string): Promise<Search> {
  // Outside a work tree git has nothing to say: no process is started to hear it.
  const inWorkTree = inGitWorkTree(dir);
  const listed = inWorkTree ? await runGit(['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: dir, maxBytes: 256 * 1024 * 1024 }) : undefined;
  let search: Search;
  if (listed?.ok) {
    search = { files: [], problems: [], notes: [] };
    const rootReal = await realpath(dir);
    for (const path of listed.stdout.toString('utf8').split('\0')) {
      if (path === '' || !isCharterFileName(basename(path)) || path.split('/').some((part) => SKIPPED_DIRECTORIES.has(part))) continue;
      const full = join(dir, path);
      try {
        judge(inspect(full, rootReal), toDisplayPath(full, cwd), search, full);
      } catch (error) {
        // A tracked file deleted from the work tree is no longer there to check.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') search.problems.push(describeFsError(error, toDisplayPath(full, cwd)));
      }
    }
  } else {
    search = await walk(dir, cwd, isCharterFileName);
    if (listed !== undefined) search.notes.unshift(`${relative(cwd, dir) === '' ? '.' : toDisplayPath(dir, cwd)}: the .gitignore rules could not be read (${listed.reason}), so ignored files are checked too`);
  }
  search.files.sort(byName);
  return search;
}

/**
 * The files below `root` that `wanted` accepts (given the name and the path from cwd). The
 * walk enters a linked directory once, only inside `root`, and reports what it cannot read.
 */
async function walk(root: string, cwd: string, wanted: (name: string, shown: string) => boolean): Promise<Search> {
  const search: Search = { files: [], problems: [], notes: [] };
  const rootReal = await realpath(root);
  const visited = new Set<string>();
  const visit = async (dir: string, real: string): Promise<void> => {
    if (visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      search.problems.push(`${describeFsError(error, toDisplayPath(dir, cwd))}: the charters in it were not checked`);
      return;
    }
    entries.sort((a, b) => byName(a.name, b.name));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
      if (entry.isDirectory()) await visit(full, join(real, entry.name));
      else if (entry.isSymbolicLink()) {
        const found = inspect(full, rootReal);
        if (!('broken' in found) && found.info.isDirectory()) {
          if (found.outside) search.notes.push(`skipped ${toDisplayPath(full, cwd)}: a symbolic link out of the searched directory`);
          else await visit(full, found.real);
        } else if (wanted(entry.name, toDisplayPath(full, cwd))) judge(found, toDisplayPath(full, cwd), search, full);
      } else if (wanted(entry.name, toDisplayPath(full, cwd))) {
        // The directory listing already says what a plain file is; only the rest needs a look.
        if (entry.isFile()) search.files.push(full);
        else judge(inspect(full, rootReal), toDisplayPath(full, cwd), search, full);
      }
    }
  };
  await visit(root, rootReal);
  return search;
}

/** The directory a glob searches: its leading segments without glob characters. */
function globBase(pattern: string, cwd: string): string {
  const segments = pattern.split('/');
  const fixed = segments.slice(0, segments.findIndex((s) => GLOB_CHARACTERS.test(s)));
  return resolveFrom(cwd, fixed.join('/') || '.');
}

/** A glob's matches: a walk of the glob's fixed leading directories, with the same rules for links as any walk. */
async function globCharters(pattern: string, cwd: string): Promise<Search> {
  const { default: picomatch } = await import('picomatch');
  const matches = picomatch(pattern.replace(/^\.\//, ''));
  const base = globBase(pattern, cwd);
  const empty: Search = { files: [], problems: [], notes: [] };
  if (!(await stat(base).then((info) => info.isDirectory(), () => false))) return empty;
  const search = await walk(base, cwd, (_name, shown) => matches(isAbsolute(pattern) ? resolveFrom(cwd, shown) : shown));
  search.files.sort(byName);
  return search;
}
