import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);
import {
  MAX_FILE_BYTES,
  checkBytes,
  describeFsError,
  require_dist
} from "./chunk-VNMRONFB.js";
import {
  UsageError
} from "./chunk-YJ7IQLK6.js";
import {
  configurableRuleIds
} from "./chunk-OV5TJV5F.js";
import {
  closest
} from "./chunk-CT4NQHLN.js";
import {
  __toESM
} from "./chunk-MBHNAR3Y.js";

// src/core/files.ts
import { readdir, stat } from "node:fs/promises";
import { execFile } from "node:child_process";
import { basename, isAbsolute, join, relative, sep } from "node:path";
function isCharterFileName(name) {
  return name === "charter.yaml" || name === "charter.yml" || name.endsWith(".charter.yaml") || name.endsWith(".charter.yml");
}
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var GLOB_CHARACTERS = /[*?[\]{}]/;
async function expandInputs(inputs, cwd = process.cwd()) {
  const files = [];
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (file) => {
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
      info = void 0;
    }
    if (info?.isDirectory()) {
      const found = await charterFilesIn(resolveFrom(cwd, input));
      if (found.length === 0) problems.push(`${input}: no charter files found (looked for *.charter.yaml, *.charter.yml and charter.yaml)`);
      found.forEach(add);
    } else if (info) {
      add(resolveFrom(cwd, input));
    } else if (GLOB_CHARACTERS.test(input)) {
      const { glob } = await import("./dist-ALEOQXZV.js");
      const matches = (await glob(input, { cwd, absolute: true, ignore: ["**/node_modules/**", "**/.git/**"] })).sort();
      if (matches.length === 0) problems.push(`${input}: no files match this pattern`);
      matches.forEach(add);
    } else {
      problems.push(`${input}: no such file or directory`);
    }
  }
  return { files, problems };
}
function resolveFrom(cwd, input) {
  return isAbsolute(input) ? input : join(cwd, input);
}
function toDisplayPath(file, cwd = process.cwd()) {
  const rel = relative(cwd, file);
  return (rel === "" ? file : rel).split(sep).join("/");
}
async function charterFilesIn(dir) {
  const listed = await gitListFiles(dir);
  const files = listed ? listed.filter((f) => isCharterFileName(basename(f)) && !f.split("/").some((part) => SKIPPED_DIRECTORIES.has(part))).map((f) => join(dir, f)) : await walk(dir);
  return files.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
function gitListFiles(dir) {
  return new Promise((resolvePromise) => {
    execFile("git", ["-C", dir, "ls-files", "--cached", "--others", "--exclude-standard", "-z"], { maxBuffer: 256 * 1024 * 1024 }, (error, stdout) => {
      resolvePromise(error ? void 0 : stdout.split("\0").filter(Boolean));
    });
  });
}
async function walk(dir) {
  const out = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) out.push(...await walk(full));
    } else if (isCharterFileName(entry.name)) {
      out.push(full);
    }
  }
  return out;
}

// src/core/config.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync } from "node:fs";
import { dirname, join as join2, resolve } from "node:path";
var CONFIG_FILE_NAMES = ["charter.config.yaml", "charter.config.yml", "charter.config.json"];
var SETTINGS = ["off", "info", "warning", "error"];
function parseRuleSetting(id, setting, source) {
  if (!configurableRuleIds.has(id)) {
    const suggestion = closest(id, configurableRuleIds);
    const why = id === "schema" || id === "yaml-syntax" ? ` ('${id}' cannot be configured: a charter must parse and match the schema)` : suggestion ? ` (did you mean '${suggestion}'?)` : " (run `charter rules` to list them)";
    throw new UsageError(`${source}: unknown rule '${id}'${why}`);
  }
  if (typeof setting !== "string" || !SETTINGS.includes(setting)) {
    throw new UsageError(`${source}: rule '${id}' has severity ${JSON.stringify(setting)}; use one of: ${SETTINGS.join(", ")}`);
  }
  return [id, setting];
}
function parseRuleFlags(flags) {
  const settings = /* @__PURE__ */ new Map();
  for (const flag of flags) {
    const eq = flag.indexOf("=");
    if (eq === -1) throw new UsageError(`--rule ${flag}: write it as <rule-id>=<off|info|warning|error>, e.g. --rule representative-missing=off`);
    const [id, setting] = parseRuleSetting(flag.slice(0, eq).trim(), flag.slice(eq + 1).trim(), `--rule ${flag}`);
    settings.set(id, setting);
  }
  return settings;
}
function loadConfig(file) {
  const shown = toDisplayPath(resolve(file));
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new UsageError(`${shown}: cannot read the config file`);
  }
  let data;
  try {
    data = file.endsWith(".json") ? JSON.parse(text) : (0, import_yaml.parse)(text, { version: "1.2", schema: "core", uniqueKeys: true });
  } catch (error) {
    throw new UsageError(`${shown}: the config is not valid ${file.endsWith(".json") ? "JSON" : "YAML"}: ${error.message.split("\n")[0]}`);
  }
  data ??= {};
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new UsageError(`${shown}: the config must be a mapping with a 'rules' key`);
  const unknownKeys = Object.keys(data).filter((k) => k !== "rules" && k !== "$schema");
  if (unknownKeys.length > 0) throw new UsageError(`${shown}: unknown config key '${unknownKeys[0]}' (the config has one key, 'rules')`);
  const rules = data.rules ?? {};
  if (typeof rules !== "object" || rules === null || Array.isArray(rules)) throw new UsageError(`${shown}: 'rules' must map rule ids to off, info, warning or error`);
  return new Map(Object.entries(rules).map(([id, setting]) => parseRuleSetting(id, setting, shown)));
}
var ConfigFinder = class {
  cache = /* @__PURE__ */ new Map();
  find(directory) {
    const dir = resolve(directory);
    const cached = this.cache.get(dir);
    if (cached !== void 0) return cached;
    let found = null;
    const name = CONFIG_FILE_NAMES.find((n) => existsSync(join2(dir, n)));
    if (name !== void 0) found = loadConfig(join2(dir, name));
    else if (!existsSync(join2(dir, ".git")) && dirname(dir) !== dir) found = this.find(dirname(dir));
    this.cache.set(dir, found);
    return found;
  }
};

// src/core/run.ts
import { readFile, stat as stat2 } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { dirname as dirname2, resolve as resolve2 } from "node:path";
async function checkInputs(inputs, options) {
  const { files, problems } = await expandInputs(inputs);
  const failures = [...problems];
  const fixedConfig = options.configFile === void 0 ? void 0 : loadConfig(options.configFile);
  const finder = new ConfigFinder();
  const jobs = files.map((file, index) => ({
    index,
    file,
    settings: options.mode === "lint" ? mergeSettings(fixedConfig ?? finder.find(dirname2(resolve2(file))), options.ruleFlags) : void 0
  }));
  const outcomes = new Array(files.length);
  let done = 0;
  const record = (message) => {
    outcomes[message.index] = message;
    options.onFile?.(++done, files.length);
  };
  const bundled = import.meta.url.includes("/dist/");
  const threads = bundled ? Math.min(availableParallelism(), 4, Math.floor(files.length / FILES_PER_WORKER)) : 1;
  if (threads >= 2) await checkInWorkers(jobs, threads, options, record);
  else {
    for (const { index, file, settings } of jobs) {
      try {
        record({ index, result: checkBytes(await readCharterBytes(file), file, { mode: options.mode, today: options.today, settings }) });
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        record({ index, failure: error.message });
      }
    }
  }
  return {
    results: outcomes.flatMap((o) => o.result ? [o.result] : []),
    failures: [...failures, ...outcomes.flatMap((o) => o.failure ? [o.failure] : [])]
  };
}
var FILES_PER_WORKER = 100;
async function checkInWorkers(jobs, threads, options, record) {
  const workerUrl = new URL("../worker.js", import.meta.url);
  await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const share = {
        files: jobs.filter((_2, i) => i % threads === t).map((j) => ({ index: j.index, file: j.file, settings: j.settings && [...j.settings] })),
        mode: options.mode,
        today: options.today
      };
      return new Promise((resolvePromise, reject) => {
        const worker = new Worker(workerUrl, { workerData: share });
        worker.on("message", record);
        worker.on("error", reject);
        worker.on("exit", (code) => code === 0 ? resolvePromise() : reject(new Error(`a checking thread stopped with exit code ${code}`)));
      });
    })
  );
}
function mergeSettings(config, flags) {
  if (!flags || flags.size === 0) return config ?? void 0;
  return new Map([...config ?? [], ...flags]);
}
async function readCharterBytes(file) {
  let size;
  try {
    const info = await stat2(file);
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

export {
  toDisplayPath,
  parseRuleFlags,
  ConfigFinder,
  checkInputs,
  readCharterBytes
};
