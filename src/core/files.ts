import { readdir, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, sep } from 'node:path';

/** The names a directory search picks up. */
export function isCharterFileName(name: string): boolean {
  return name === 'charter.yaml' || name === 'charter.yml' || name.endsWith('.charter.yaml') || name.endsWith('.charter.yml');
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);
const GLOB_CHARACTERS = /[*?[\]{}]/;

export interface ExpandedInputs {
  /** Files to check, relative to cwd, in the order given (directory contents sorted). */
  files: string[];
  /** One line per input that named nothing: the command reports them and exits 2. */
  problems: string[];
}

/** Turns the command line's files, directories and globs into a list of charter files. */
export async function expandInputs(inputs: readonly string[], cwd = process.cwd()): Promise<ExpandedInputs> {
  const files: string[] = [];
  const problems: string[] = [];
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
      const found = await charterFilesIn(resolveFrom(cwd, input));
      if (found.length === 0) problems.push(`${input}: no charter files found (looked for *.charter.yaml, *.charter.yml and charter.yaml)`);
      found.forEach(add);
    } else if (info) {
      add(resolveFrom(cwd, input));
    } else if (GLOB_CHARACTERS.test(input)) {
      const { glob } = await import('tinyglobby');
      const matches = (await glob(input, { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] })).sort();
      if (matches.length === 0) problems.push(`${input}: no files match this pattern`);
      matches.forEach(add);
    } else {
      problems.push(`${input}: no such file or directory`);
    }
  }
  return { files, problems };
}

function resolveFrom(cwd: string, input: string): string {
  return isAbsolute(input) ? input : join(cwd, input);
}

/** Paths in messages are relative to the current directory, with forward slashes. */
export function toDisplayPath(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  return (rel === '' ? file : rel).split(sep).join('/');
}

/**
 * Every charter file below a directory, sorted by path. Inside a git work tree, files that
 * .gitignore excludes are left out (git itself lists them); elsewhere, a plain walk.
 */
async function charterFilesIn(dir: string): Promise<string[]> {
  const listed = await gitListFiles(dir);
  const files = listed ? listed.filter((f) => isCharterFileName(basename(f)) && !f.split('/').some((part) => SKIPPED_DIRECTORIES.has(part))).map((f) => join(dir, f)) : await walk(dir);
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function gitListFiles(dir: string): Promise<string[] | undefined> {
  // Loaded here: child_process (and net, stream) cost start-up that checking one file never needs.
  const { execFile } = await import('node:child_process');
  return new Promise((resolvePromise) => {
    execFile('git', ['-C', dir, 'ls-files', '--cached', '--others', '--exclude-standard', '-z'], { maxBuffer: 256 * 1024 * 1024 }, (error, stdout) => {
      resolvePromise(error ? undefined : stdout.split('\0').filter(Boolean));
    });
  });
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) out.push(...(await walk(full)));
    } else if (isCharterFileName(entry.name)) {
      out.push(full);
    }
  }
  return out;
}

