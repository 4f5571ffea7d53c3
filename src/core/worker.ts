// A worker thread that checks a share of the files of one run (see run.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { FileResult } from '../findings.js';
import { summariseCharter, type CharterFacts } from '../report/build.js';
import { analyseBytes, type CheckOptions } from './check.js';
import type { RuleSetting } from './config.js';
import { UsageError } from './errors.js';
import { readCharterBytes } from './read.js';

export interface WorkerJob {
  files: { index: number; file: string; settings?: [string, RuleSetting][] }[];
  mode: CheckOptions['mode'];
  today: string;
  summarise: boolean;
}

export type WorkerMessage = { index: number; result?: FileResult; summary?: CharterFacts; failure?: string };

/**
 * Results go back in batches: a message per file cost each thread about 7 % of its time at
 * 1,000 files. Small enough batches that the progress line still moves.
 */
const BATCH = 25;

const job = workerData as WorkerJob;
let batch: WorkerMessage[] = [];
for (const { index, file, settings } of job.files) {
  let message: WorkerMessage;
  try {
    const bytes = readCharterBytes(file);
    const { result, charter } = analyseBytes(bytes, file, { mode: job.mode, today: job.today, settings: settings && new Map(settings) });
    message = { index, result, summary: job.summarise ? summariseCharter(result, charter, job.today) : undefined };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    message = { index, failure: error.message };
  }
  batch.push(message);
  if (batch.length === BATCH) {
    parentPort!.postMessage(batch);
    batch = [];
  }
}
if (batch.length > 0) parentPort!.postMessage(batch);
