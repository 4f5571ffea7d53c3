import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { UsageError } from '../core/errors.js';

/** Commands a Chromium-family browser installs on PATH (Linux packages, snaps, Homebrew). */
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];

const MAC_APPS = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];

const WINDOWS_APPS = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];

/** No browser found: one line that says how to get one (exit 2, as any usage error). */
export const NO_BROWSER =
  '--format pdf needs Chrome, Chromium or Edge, and none was found: install one (for example `apt-get install chromium`) or point at one with --browser <path> or CHARTER_BROWSER';

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where a Chromium-family browser usually lives on this platform, most specific first. */
export function browserCandidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string[] {
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => COMMANDS.map((command) => join(dir, platform === 'win32' ? `${command}.exe` : command)));
  if (platform === 'darwin') return [...['/Applications', join(env.HOME ?? '/', 'Applications')].flatMap((dir) => MAC_APPS.map((app) => join(dir, app))), ...onPath];
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((r): r is string => Boolean(r));
    return [...roots.flatMap((root) => WINDOWS_APPS.map((app) => `${root}\\${app}`)), ...onPath];
  }
  return onPath;
}

/**
 * The browser to print with: `--browser`, else `CHARTER_BROWSER`, else the first one found in
 * the usual places. A path given explicitly must exist; nothing is ever downloaded.
 */
export function findBrowser(explicit: string | undefined, env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, isExecutable = isExecutableFile): string {
  const given = explicit ?? (env.CHARTER_BROWSER || undefined);
  if (given !== undefined) {
    if (!isExecutable(given)) throw new UsageError(`${explicit !== undefined ? '--browser' : 'CHARTER_BROWSER'} ${given}: no such executable file`);
    return given;
  }
  const found = browserCandidates(env, platform).find(isExecutable);
  if (found === undefined) throw new UsageError(NO_BROWSER);
  return found;
}
