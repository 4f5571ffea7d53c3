import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);
import {
  packageRoot
} from "./chunk-FNFHINDX.js";
import {
  UsageError
} from "./chunk-YJ7IQLK6.js";
import {
  allRuleMeta
} from "./chunk-OV5TJV5F.js";
import {
  closest
} from "./chunk-CT4NQHLN.js";
import "./chunk-MBHNAR3Y.js";

// src/commands/rules.ts
import { readFile } from "node:fs/promises";
async function runRules(id, io) {
  if (id === void 0) {
    const width = Math.max(...allRuleMeta.map((r) => r.id.length));
    const lines = allRuleMeta.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}
${" ".repeat(width + 11)}${r.challenge}`);
    io.stdout(`${lines.join("\n")}

${allRuleMeta.length} rules. \`charter rules <id>\` prints one rule's documentation.
`);
    return 0;
  }
  if (!allRuleMeta.some((r) => r.id === id)) {
    const suggestion = closest(id, allRuleMeta.map((r) => r.id));
    throw new UsageError(`unknown rule '${id}'${suggestion ? ` (did you mean '${suggestion}'?)` : ""}; run \`charter rules\` to list them`);
  }
  io.stdout(await readFile(new URL(`docs/rules/${id}.md`, packageRoot), "utf8"));
  return 0;
}
export {
  runRules
};
