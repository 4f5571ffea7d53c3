import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-YJ7IQLK6.js";

// src/core/write.ts
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var deferSignals = false;
function exitBetweenTasksOnSignal() {
  if (deferSignals) return;
  deferSignals = true;
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]]) process.once(signal, () => process.exit(code));
}
async function writeFileAtomic(file, content, options = {}) {
  const dir = dirname(file);
  try {
    if (!(await stat(dir)).isDirectory()) throw new UsageError(`cannot write ${file}: ${dir} is not a directory`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot write ${file}: the directory ${dir} does not exist (create it first)`);
  }
  if (options.overwrite === false) {
    const exists = await stat(file).then(() => true, () => false);
    if (exists) throw new UsageError(`${file} already exists: use --force to overwrite it`);
  }
  const temp = join(dir, `.${basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  exitBetweenTasksOnSignal();
  try {
    const fd = openSync(temp, "wx", 420);
    try {
      writeFileSync(fd, content, "utf8");
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.overwrite === false) {
      linkSync(temp, file);
      rmSync(temp, { force: true });
    } else renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    const code = error.code;
    if (code === "EEXIST") throw new UsageError(`${file} already exists: use --force to overwrite it`);
    const why = code === "EACCES" || code === "EPERM" || code === "EROFS" ? "permission denied" : code === "ENOSPC" ? "the disk is full" : error.message;
    throw new UsageError(`cannot write ${file}: ${why}`);
  }
}

export {
  writeFileAtomic
};
