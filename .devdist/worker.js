import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);
import {
  readCharterBytes
} from "./chunks/chunk-X255F672.js";
import {
  checkBytes
} from "./chunks/chunk-VNMRONFB.js";
import "./chunks/chunk-RCH5NZZ6.js";
import {
  UsageError
} from "./chunks/chunk-YJ7IQLK6.js";
import "./chunks/chunk-OV5TJV5F.js";
import "./chunks/chunk-CT4NQHLN.js";
import "./chunks/chunk-MBHNAR3Y.js";

// src/core/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var job = workerData;
for (const { index, file, settings } of job.files) {
  let message;
  try {
    const bytes = await readCharterBytes(file);
    message = { index, result: checkBytes(bytes, file, { mode: job.mode, today: job.today, settings: settings && new Map(settings) }) };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    message = { index, failure: error.message };
  }
  parentPort.postMessage(message);
}
