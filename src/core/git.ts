// The one way charter runs git. A charter may sit in an unpacked archive whose .git/config
// was written by someone else, so nothing that config says may run a program.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { MAX_FILE_BYTES } from './read.js';

/**
 * Settings that override the repository's own config (a `-c` beats every config file):
 * each of these keys names a program git would run, or lets it fetch (which runs
 * credential helpers and ssh). See docs/security.md.
 */
const SAFE_CONFIG = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.pager=cat',
  'core.editor=false',
  'core.askPass=',
  'core.sshCommand=false',
  'core.gitProxy=',
  'diff.external=',
  'credential.helper=',
  'gpg.program=false',
  'log.showSignature=false',
  'protocol.allow=never',
];

/** The environment git runs in: none of the caller's GIT_* variables, which could point git elsewhere or name programs. */
function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('GIT_')) env[key] = value;
  return {
    ...env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_NO_LAZY_FETCH: '1',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_NO_REPLACE_OBJECTS: '1',
    LC_ALL: 'C',
  };
}

/** git's output as bytes, or why there is none: git is `missing`, gave `too-large` output, took too long (`timeout`), or `failed`. */
export type GitResult = { ok: true; stdout: Buffer } | { ok: false; failure: 'missing' | 'too-large' | 'timeout' | 'failed'; reason: string };

export interface GitOptions {
  cwd: string;
  /** Output larger than this is refused (default: the 10 MB input cap). */
  maxBytes?: number;
  /** Milliseconds before git is stopped (default 30 s). */
  timeoutMs?: number;
}

/**
 * Runs `git <args>` without a shell, with the settings that run programs disabled, its
 * output bounded in bytes and time. Never throws: a failure comes back with git's first
 * line of explanation, for a note to the user.
 */
export async function runGit(args: readonly string[], options: GitOptions): Promise<GitResult> {
  // Loaded here: child_process costs start-up that checking one file never needs.
  const { execFile } = await import('node:child_process');
  const argv = ['--no-pager', ...SAFE_CONFIG.flatMap((setting) => ['-c', setting]), ...args];
  return new Promise((resolvePromise) => {
    execFile(
      'git',
      argv,
      { cwd: options.cwd, env: gitEnvironment(), maxBuffer: options.maxBytes ?? MAX_FILE_BYTES, timeout: options.timeoutMs ?? 30_000, windowsHide: true, encoding: 'buffer' },
      (error, stdout, stderr) => {
        if (!error) return resolvePromise({ ok: true, stdout });
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return resolvePromise({ ok: false, failure: 'missing', reason: 'git is not installed' });
        if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return resolvePromise({ ok: false, failure: 'too-large', reason: 'git gave more output than charter reads' });
        if (error.killed) return resolvePromise({ ok: false, failure: 'timeout', reason: 'git did not answer in time' });
        const firstLine = String(stderr).split('\n').find((line) => line.trim() !== '');
        resolvePromise({ ok: false, failure: 'failed', reason: firstLine?.replace(/^(fatal|error): /, '') ?? `git exited with code ${String(code)}` });
      },
    );
  });
}

/** Whether a directory lies in a git work tree, judged by a `.git` entry at or above it (git itself may refuse to say). */
export function inGitWorkTree(directory: string): boolean {
  for (let dir = resolve(directory); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return true;
    if (dirname(dir) === dir) return false;
  }
}
