import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { FileResult } from '../findings.js';
import { checkBytes, type CheckOptions } from './check.js';
import { ConfigFinder, loadConfig, type RuleSetting } from './config.js';
import { UsageError } from './errors.js';
import { expandInputs } from './files.js';
import { describeFsError, MAX_FILE_BYTES } from './load.js';

export interface RunOptions {
  mode: CheckOptions['mode'];
  today: string;
  /** --config: one config for every file instead of discovery. */
  configFile?: string;
  /** --rule flags, applied over the config. */
  ruleFlags?: ReadonlyMap<string, RuleSetting>;
  /** Called after each file, for progress displays. */
  onFile?: (done: number, total: number) => void;
}

export interface RunResult {
  results: FileResult[];
  /** One line per input or file that could not be checked (exit 2). */
  failures: string[];
}

/** Checks files, directories and globs. Throws UsageError only for a bad config. */
export async function checkInputs(inputs: readonly string[], options: RunOptions): Promise<RunResult> {
  const { files, problems } = await expandInputs(inputs);
  const failures = [...problems];
  const fixedConfig = options.configFile === undefined ? undefined : loadConfig(options.configFile);
  const finder = new ConfigFinder();
  const results: FileResult[] = [];
  let done = 0;
  for (const file of files) {
    const settings = options.mode === 'lint' ? mergeSettings(fixedConfig ?? finder.find(dirname(resolve(file))), options.ruleFlags) : undefined;
    try {
      const bytes = await readCharterBytes(file);
      results.push(checkBytes(bytes, file, { mode: options.mode, today: options.today, settings }));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      failures.push(error.message);
    }
    options.onFile?.(++done, files.length);
  }
  return { results, failures };
}

function mergeSettings(config: ReadonlyMap<string, RuleSetting> | null, flags: ReadonlyMap<string, RuleSetting> | undefined) {
  if (!flags || flags.size === 0) return config ?? undefined;
  return new Map([...(config ?? []), ...flags]);
}

/** Reads one file whole, refusing what is not a regular file of a sane size. */
export async function readCharterBytes(file: string): Promise<Buffer> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UsageError(`${file} is a directory, not a charter file`);
    size = info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(describeFsError(error, file));
  }
  if (size > MAX_FILE_BYTES) {
    throw new UsageError(`${file} is ${(size / 1024 / 1024).toFixed(1)} MB; charter files over ${MAX_FILE_BYTES / 1024 / 1024} MB are refused (is this really a charter?)`);
  }
  try {
    return await readFile(file);
  } catch (error) {
    throw new UsageError(describeFsError(error, file));
  }
}
