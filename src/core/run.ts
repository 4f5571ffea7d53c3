import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import type { FileResult } from '../findings.js';
import type { WorkerJob, WorkerMessage } from './worker.js';
import { analyseBytes, type CheckOptions } from './check.js';
import { summariseCharter, type CharterFacts } from '../report/build.js';
import { ConfigFinder, loadConfig, type RuleSetting } from './config.js';
import { UsageError } from './errors.js';
import { expandInputs } from './files.js';
import { readCharterBytes } from './read.js';

export interface RunOptions {
  mode: CheckOptions['mode'];
  today: string;
  /** --config: one config for every file instead of discovery. */
  configFile?: string;
  /** --rule flags, applied over the config. */
  ruleFlags?: ReadonlyMap<string, RuleSetting>;
  /** Called after each file, for progress displays. */
  onFile?: (done: number, total: number) => void;
  /** Also return what `charter report` needs of each charter, made from the same parse (in the worker threads). */
  summarise?: boolean;
}

export interface RunResult {
  results: FileResult[];
  /** One line per input or file that could not be checked (exit 2). */
  failures: string[];
  /** One line per file a search skipped on purpose (a FIFO, a link out of the directory): not an error. */
  notes: string[];
  /** With summarise: the report's facts about results[i]; else empty. */
  summaries: CharterFacts[];
  /** The charters and config files read: outputs must not replace them. */
  read: string[];
}

/** Checks files, directories and globs. Throws UsageError only for a bad config. */
export async function checkInputs(inputs: readonly string[], options: RunOptions): Promise<RunResult> {
  const { files, problems, notes } = await expandInputs(inputs);
  const failures = [...problems];
  const fixedConfig = options.configFile === undefined ? undefined : loadConfig(options.configFile);
  const finder = new ConfigFinder();
  const jobs = files.map((file, index) => ({
    index,
    file,
    settings: options.mode === 'lint' ? mergeSettings(fixedConfig ?? finder.find(dirname(resolve(file))), options.ruleFlags) : undefined,
  }));
  const outcomes: WorkerMessage[] = new Array(files.length);
  let done = 0;
  const record = (message: WorkerMessage) => {
    outcomes[message.index] = message;
    options.onFile?.(++done, files.length);
  };
  // Workers run the bundled dist/worker.js; from sources (tests), one thread does it all.
  const bundled = import.meta.url.includes('/dist/');
  const threads = bundled ? Math.min(availableParallelism(), 4, Math.floor(files.length / FILES_PER_WORKER)) : 1;
  if (threads >= 2) await checkInWorkers(jobs, threads, options, record);
  else {
    for (const { index, file, settings } of jobs) {
      try {
        const { result, charter } = analyseBytes(readCharterBytes(file), file, { mode: options.mode, today: options.today, settings });
        record({ index, result, summary: options.summarise ? summariseCharter(result, charter, options.today) : undefined });
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        record({ index, failure: error.message });
      }
    }
  }
  // Results and failures in the order the files were given, whichever thread finished first.
  const checked = outcomes.filter((o) => o.result !== undefined);
  return {
    results: checked.map((o) => o.result!),
    failures: [...failures, ...outcomes.flatMap((o) => (o.failure ? [o.failure] : []))],
    notes,
    summaries: checked.flatMap((o) => (o.summary ? [o.summary] : [])),
    read: [...files, ...finder.files, ...(options.configFile === undefined ? [] : [options.configFile])],
  };
}

/**
 * Below this many files per thread, starting workers costs more than it saves: each loads the
 * checker anew. Measured on 2 shared cores with the fast parser (bench/NOTES.md): one thread
 * and two break even between 200 and 400 files; at 1,000 two threads take 0.6× the time.
 */
const FILES_PER_WORKER = 250;

/** Shares the files among worker threads, interleaved so that each gets a similar mix. */
async function checkInWorkers(
  jobs: { index: number; file: string; settings?: ReadonlyMap<string, RuleSetting> }[],
  threads: number,
  options: RunOptions,
  record: (message: WorkerMessage) => void,
): Promise<void> {
  // Chunks live in dist/chunks/; the worker entry is dist/worker.js.
  const workerUrl = new URL('../worker.js', import.meta.url);
  const { Worker } = await import('node:worker_threads');
  await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const share: WorkerJob = {
        files: jobs.filter((_, i) => i % threads === t).map((j) => ({ index: j.index, file: j.file, settings: j.settings && [...j.settings] })),
        mode: options.mode,
        today: options.today,
        summarise: options.summarise === true,
      };
      return new Promise<void>((resolvePromise, reject) => {
        const worker = new Worker(workerUrl, { workerData: share });
        worker.on('message', (batch: WorkerMessage[]) => batch.forEach(record));
        worker.on('error', reject);
        worker.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`a checking thread stopped with exit code ${code}`))));
      });
    }),
  );
}

function mergeSettings(config: ReadonlyMap<string, RuleSetting> | null, flags: ReadonlyMap<string, RuleSetting> | undefined) {
  if (!flags || flags.size === 0) return config ?? undefined;
  return new Map([...(config ?? []), ...flags]);
}
