import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-DCQJABUE.js";
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunk-UYH34BOD.js";
import {
  checkInputs,
  parseRuleFlags
} from "./chunk-X255F672.js";
import {
  localToday
} from "./chunk-VNMRONFB.js";
import "./chunk-RCH5NZZ6.js";
import {
  UsageError
} from "./chunk-YJ7IQLK6.js";
import "./chunk-OV5TJV5F.js";
import {
  totalCounts
} from "./chunk-CT4NQHLN.js";
import "./chunk-MBHNAR3Y.js";

// src/commands/check.ts
import { writeFile } from "node:fs/promises";
async function runCheck(mode, inputs, options, io) {
  const outputs = planOutputs(options.format ?? [], options.output ?? [], io.env);
  const maxWarnings = options.maxWarnings === void 0 ? void 0 : Number(options.maxWarnings);
  if (maxWarnings !== void 0 && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new UsageError(`--max-warnings ${options.maxWarnings}: give a whole number of 0 or more`);
  }
  if (options.today !== void 0 && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
    throw new UsageError(`--today ${options.today}: write the date as YYYY-MM-DD`);
  }
  const ruleFlags = parseRuleFlags(options.rule ?? []);
  const showProgress = io.stderrIsTTY && outputs.every((o) => o.file !== void 0 || o.format === "stylish");
  const { results, failures } = await checkInputs(inputs, {
    mode,
    today: options.today ?? localToday(),
    configFile: options.config,
    ruleFlags,
    onFile: showProgress ? progressLine(io) : void 0
  });
  const counts = totalCounts(results);
  const shown = options.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error") })) : results;
  for (const { format, file } of outputs) {
    const text = (await loadFormatter(format))(shown, { color: file === void 0 && io.color });
    if (file === void 0) io.stdout(text);
    else await writeFileAtomic(file, text);
  }
  if (outputs.some((o) => o.format === "github") && io.env.GITHUB_STEP_SUMMARY) {
    const { githubStepSummary } = await import("./github-ZVOYPUMO.js");
    await appendSummary(io.env.GITHUB_STEP_SUMMARY, githubStepSummary(shown));
  }
  for (const failure of failures) io.stderr(`charter: ${failure}
`);
  if (failures.length > 0) return 2;
  if (counts.errorCount > 0) return 1;
  if (maxWarnings !== void 0 && counts.warningCount > maxWarnings) {
    io.stderr(`charter: ${counts.warningCount} warnings exceed --max-warnings ${maxWarnings}
`);
    return 1;
  }
  return 0;
}
async function appendSummary(file, markdown) {
  try {
    await writeFile(file, markdown, { flag: "a" });
  } catch (error) {
    throw new UsageError(`cannot write the GitHub step summary to ${file}: ${error.message}`);
  }
}
function planOutputs(formats, outputFlags, env) {
  const known = new Set(FORMAT_NAMES);
  for (const f of formats) {
    if (!known.has(f)) throw new UsageError(`--format ${f}: use one of ${FORMAT_NAMES.join(", ")}`);
  }
  let chosen = [...new Set(formats)];
  if (chosen.length === 0) chosen = env.GITHUB_ACTIONS === "true" ? ["github", "stylish"] : ["stylish"];
  const files = /* @__PURE__ */ new Map();
  for (const flag of outputFlags) {
    const eq = flag.indexOf("=");
    const named = eq > 0 && known.has(flag.slice(0, eq));
    if (named) {
      const format = flag.slice(0, eq);
      if (!chosen.includes(format)) throw new UsageError(`--output ${flag}: add --format ${format} to write it`);
      files.set(format, flag.slice(eq + 1));
    } else if (formats.length <= 1) {
      files.set(chosen[0], flag);
    } else {
      throw new UsageError(`--output ${flag}: with several formats, name the format: --output <format>=<file>`);
    }
  }
  const outputs = chosen.map((format) => ({ format, file: files.get(format) }));
  if (outputs.filter((o) => o.file === void 0 && o.format !== "stylish" && o.format !== "github").length > 1) {
    throw new UsageError("several machine formats would print to stdout together: send all but one to files with --output <format>=<file>");
  }
  return outputs;
}
function progressLine(io) {
  return (done, total) => {
    if (total < 200) return;
    if (done === total) io.stderr("\r\x1B[K");
    else if (done % 50 === 0) io.stderr(`\rchecking ${done}/${total} files\u2026`);
  };
}
export {
  planOutputs,
  runCheck
};
