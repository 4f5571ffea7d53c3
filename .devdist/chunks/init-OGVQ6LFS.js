import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);
import {
  packageRoot
} from "./chunk-FNFHINDX.js";
import {
  uniqueSlug
} from "./chunk-CIUTUZUB.js";
import {
  writeFileAtomic
} from "./chunk-DCQJABUE.js";
import {
  checkText,
  localToday,
  require_dist
} from "./chunk-VNMRONFB.js";
import {
  charter_schema_default
} from "./chunk-RCH5NZZ6.js";
import {
  UsageError
} from "./chunk-YJ7IQLK6.js";
import "./chunk-OV5TJV5F.js";
import {
  humanPath
} from "./chunk-CT4NQHLN.js";
import {
  __toESM
} from "./chunk-MBHNAR3Y.js";

// src/commands/init.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

// src/init/scaffold.ts
var import_yaml = __toESM(require_dist(), 1);
var todo = (what) => `TODO: ${what}`;
function block(section) {
  const lines = section.comment.map((c) => `# ${c}`);
  if (section.value) lines.push((0, import_yaml.stringify)(section.value, { lineWidth: 0 }).trimEnd());
  if (section.hint) lines.push(...section.hint.map((h) => `# ${h}`));
  return lines.join("\n");
}
function scaffoldCharter(answers, schemaRef) {
  const ids = /* @__PURE__ */ new Set();
  const partners = answers.partners.map((p, i) => ({ ...p, id: uniqueSlug(p.name, ids, `partner-${i + 1}`) }));
  const goalIds = /* @__PURE__ */ new Set();
  const goals = answers.goals.map((g, i) => ({ ...g, id: uniqueSlug(g.title, goalIds, `goal-${i + 1}`) }));
  const title = answers.title ?? todo("name of the partnership");
  const sectors = [...new Set(partners.map((p) => p.sector))];
  const contributes = (type) => partners.some((p) => p.contribution?.type === type);
  const rule = answers.decisionRule;
  const sections = [
    {
      comment: ["A cross-sector partnership charter, format 1. `charter lint` checks it; `charter render` drafts the agreement."],
      value: {
        charter: 1,
        id: uniqueSlug(answers.title ?? "partnership", /* @__PURE__ */ new Set(), "partnership"),
        title,
        status: "draft",
        version: "0.1.0",
        ...answers.useCase ? { use_case: answers.useCase } : {},
        summary: todo("one paragraph for the cover page: who partners, to do what")
      }
    },
    {
      comment: ["The mutual vision and the challenge none of the partners can solve alone.", "Prevents misaligned objectives: every partner signs up to the same vision."],
      value: { vision: answers.vision ?? todo("the mutual vision all partners sign up to"), challenge: { statement: todo("the problem the partnership exists to solve") } }
    },
    {
      comment: ["How long the partnership runs, and how often the partners review this charter.", "Prevents vague agreements: partners know how long they commit."],
      hint: ["term:", "  start: 2026-01-01     # first day, YYYY-MM-DD", "  end: 2028-12-31       # last day, YYYY-MM-DD", "  review: annual        # weekly, biweekly, monthly, quarterly, semiannual, annual"]
    },
    {
      comment: ["How each sector works and how the partnership bridges it.", "Prevents clashes of culture between sectors (cultural differences)."],
      value: { sectors: Object.fromEntries(sectors.map((s) => [s, { norms: [todo(`how the ${s} partners work, e.g. budget cycle, decision speed`)], bridging: [todo(`what the partnership does to bridge the ${s} sector's way of working`)] }])) }
    },
    {
      comment: ["The organisations: what each brings and what each expects back, and who speaks and signs for it.", "Prevents unclear roles and misaligned expectations."],
      value: {
        partners: partners.map((p) => ({
          id: p.id,
          name: p.name,
          sector: p.sector,
          mission: todo(`${p.name}'s own mission`),
          strengths: [todo("what it is good at")],
          limitations: [todo("what it cannot do")],
          motivations: [todo("why it joins")],
          expectations: [todo("what it expects back")],
          contributions: [{ type: p.contribution?.type ?? "other", description: p.contribution?.description || todo(`what ${p.name} contributes`) }],
          ...p.representative ? { representative: { name: p.representative.name, ...p.representative.email ? { email: p.representative.email } : {}, role: todo("role") } } : {},
          signatory: { name: todo("who signs for this partner"), title: todo("their title") }
        }))
      }
    },
    {
      comment: ["Shared objectives: who shares each, who owns it, and why it matters to each partner.", "Prevents misaligned objectives (identify common goals)."],
      value: {
        goals: goals.map((g) => {
          const shared = g.partners.map((i) => partners[i]);
          const owner = g.owner === void 0 ? shared[0] : partners[g.owner];
          return {
            id: g.id,
            title: g.title,
            partners: shared.map((p) => p.id),
            ...owner ? { owner: owner.id } : {},
            alignment: Object.fromEntries(shared.map((p) => [p.id, todo(`how this goal serves ${p.name}'s mission`)])),
            ...g.due ? { due: g.due } : {}
          };
        })
      }
    },
    {
      comment: ["What each partner is responsible for.", "Prevents unclear roles and responsibilities."],
      value: { roles: partners.map((p) => ({ partner: p.id, responsibilities: [todo(`what ${p.name} is responsible for`)] })) }
    },
    {
      comment: ["How decisions are made, how partners communicate, how conflicts are resolved, and the terms of the agreement.", "Prevents the lack of a rule for conflicts, communication barriers and vague agreements."],
      value: {
        governance: {
          body: { name: "Steering Committee", members: partners.map((p) => ({ partner: p.id, seats: 1 })) },
          decision_making: {
            ...rule ? { rule } : {},
            ...answers.quorum !== void 0 ? { quorum: answers.quorum } : {},
            ...rule === "consensus" || rule === "unanimous" ? { tie_break: todo("what happens when the partners cannot agree") } : {}
          },
          ...answers.meetingCadence ? { meetings: { cadence: answers.meetingCadence } } : {},
          communication: { channels: [todo("where partners talk, e.g. monthly partner call")], reporting: { audience: [todo("who receives progress reports")] } },
          conflict_resolution: {
            steps: answers.escalationLadder ? [
              { level: "project leads", within_days: 10 },
              { level: "Steering Committee", within_days: 30 },
              { level: "external mediator", within_days: 60 }
            ] : [{ level: todo("who handles a dispute first") }, { level: todo("where it goes next") }]
          },
          amendments: { process: todo("how this charter is changed") },
          exit: { obligations: todo("what a leaving partner still owes"), assets: todo("what happens to shared data, IP and assets") },
          ...contributes("data") ? { data_sharing: { purpose: todo("why data is shared"), items: todo("which data"), legal_basis: todo("legal basis"), retention: todo("how long it is kept"), security: todo("how it is protected") } } : {},
          ...contributes("ip") || contributes("technology") ? { ip: { background: todo("IP each partner brings in"), foreground: todo("who owns what is created") } } : {}
        }
      },
      hint: ["Still to decide: communication.cadence and reporting.cadence (weekly \u2026 annual), exit.notice_days (a number),", "amendments.approval (consensus, unanimous, majority, supermajority or lead-partner)."]
    },
    {
      comment: ["How impact is measured: at least one metric per goal, with a baseline and a target.", "Prevents the lack of any measure of impact."],
      value: {
        metrics: goals.map((g) => {
          const owner = g.owner === void 0 ? partners[g.partners[0]] : partners[g.owner];
          return { id: `${g.id.slice(0, 56)}-metric`, name: todo(`how progress on "${g.title}" is measured`), goal: g.id, unit: todo("unit"), source: todo("where the data comes from"), ...owner ? { owner: owner.id } : {} };
        })
      },
      hint: ["Each metric also needs numbers: baseline: 0, target: 100, direction: increase, frequency: quarterly."]
    },
    {
      comment: ["Concrete deliverables with due dates: delivering them builds trust."],
      hint: ["commitments:", "  - partner: <partner id>", "    description: what is delivered", "    due: 2026-06-30", "    status: planned"]
    }
  ];
  return `# yaml-language-server: $schema=${schemaRef}
${sections.map(block).join("\n\n")}
`;
}

// src/commands/init.ts
var SECTORS = charter_schema_default.$defs.sector.enum;
var USE_CASES = charter_schema_default.properties.use_case.enum;
async function runInit(file, options, io) {
  if (options.useCase !== void 0 && !USE_CASES.includes(options.useCase)) {
    throw new UsageError(`--use-case ${options.useCase}: use one of ${USE_CASES.join(", ")}`);
  }
  if (!options.stdout) await checkTarget(file, options.force === true);
  const scripted = options.yes === true || !io.stdinIsTTY || io.env.CI !== void 0 && io.env.CI !== "" && io.env.CI !== "false";
  const schemaRef = schemaReference(file);
  let text;
  if (options.template !== void 0) text = await fromTemplate(options, schemaRef);
  else if (scripted) text = scaffoldCharter(answersFromFlags(options), schemaRef);
  else {
    const result = await interactive(io, schemaRef, file, options.stdout === true);
    if (result === void 0) return 130;
    text = result;
  }
  const findings = checkText(text, file, { mode: "lint", today: localToday() }).findings;
  const invalid = findings.find((f) => f.ruleId === "schema" || f.ruleId === "yaml-syntax");
  if (invalid) throw new Error(`the scaffolded charter does not match the schema: ${invalid.message}`);
  if (options.stdout) {
    io.stdout(text);
    return 0;
  }
  await writeFileAtomic(file, text, { overwrite: options.force === true });
  const todos = findings.filter((f) => f.ruleId === "todo-placeholder").length;
  io.stderr(`Wrote ${file}${todos > 0 ? ` with ${todos} TODO placeholder${todos === 1 ? "" : "s"} to fill in` : ""}. Next: edit it, then run \`charter lint ${file}\`.
`);
  return 0;
}
async function checkTarget(file, force) {
  const dir = dirname(resolve(file));
  const dirInfo = await stat(dir).catch(() => void 0);
  if (!dirInfo?.isDirectory()) throw new UsageError(`cannot write ${file}: the directory ${dirname(file)} does not exist (create it first)`);
  const existing = await stat(file).catch(() => void 0);
  if (existing?.isDirectory()) throw new UsageError(`${file} is a directory: give a file name, e.g. ${file.replace(/\/?$/, "/charter.yaml")}`);
  if (existing && !force) throw new UsageError(`${file} already exists: use --force to overwrite it, or give another file name`);
}
function todoList(text) {
  return checkText(text, "charter.yaml", { mode: "lint", today: localToday() }).findings.filter((f) => f.ruleId === "todo-placeholder").map((f) => `${humanPath(f.path)}: ${f.message.replace(/^placeholder left to fill in: /, "")}`);
}
function answersFromFlags(options) {
  const partners = (options.partner ?? []).map((spec) => {
    const colon = spec.lastIndexOf(":");
    const name = (colon === -1 ? spec : spec.slice(0, colon)).trim();
    const sector = colon === -1 ? "" : spec.slice(colon + 1).trim();
    if (name === "" || !SECTORS.includes(sector)) {
      throw new UsageError(`--partner "${spec}": write it as "Name:sector" with a sector from ${SECTORS.join(", ")}`);
    }
    return { name, sector };
  });
  if (partners.length === 1) throw new UsageError('a charter needs at least two partners: give --partner "Name:sector" once more');
  if (partners.length === 0) {
    partners.push({ name: "TODO: first partner", sector: "government" }, { name: "TODO: second partner", sector: "business" });
  }
  return {
    title: options.title,
    useCase: options.useCase,
    vision: options.vision,
    partners,
    goals: [{ title: "TODO: the first shared goal", partners: partners.map((_, i) => i), owner: 0 }],
    decisionRule: "consensus",
    quorum: 0.75,
    meetingCadence: "monthly",
    escalationLadder: true
  };
}
async function fromTemplate(options, schemaRef) {
  const name = options.template;
  if (!USE_CASES.includes(name)) throw new UsageError(`--template ${name}: use one of ${USE_CASES.join(", ")}`);
  let source;
  try {
    source = await readFile(new URL(`examples/${name}.charter.yaml`, packageRoot), "utf8");
  } catch {
    const available = (await readdir(new URL("examples/", packageRoot))).filter((f) => f.endsWith(".charter.yaml")).map((f) => f.replace(".charter.yaml", ""));
    throw new UsageError(`--template ${name}: there is no example for this use case yet; templates exist for ${available.join(", ")}`);
  }
  const doc = (0, import_yaml2.parseDocument)(source.replace(/^# yaml-language-server: \$schema=.*\n/, ""), { version: "1.2" });
  if (options.title !== void 0) {
    doc.set("title", options.title);
    doc.set("id", uniqueSlug(options.title, /* @__PURE__ */ new Set(), "partnership"));
  }
  if (options.vision !== void 0) doc.set("vision", options.vision);
  doc.set("status", "draft");
  return `# yaml-language-server: $schema=${schemaRef}
${doc.toString({ lineWidth: 0 })}`;
}
async function interactive(io, schemaRef, file, toStdout) {
  const { terminalPrompts } = await import("./prompts-ONVCJQWP.js");
  const { interview, reviewText } = await import("./interview-ZYZ6ZPWU.js");
  const prompts = await terminalPrompts(toStdout || !process.stdout.isTTY ? process.stderr : process.stdout);
  prompts.say(`This interview writes a new partnership charter${toStdout ? "" : ` to ${file}`}. Press Ctrl-C at any time to stop without writing anything.

`);
  let answers;
  for (; ; ) {
    answers = await interview(prompts, answers);
    const text = scaffoldCharter(answers, schemaRef);
    prompts.say(reviewText(answers, todoList(text)));
    const next = await prompts.select({
      message: toStdout ? "Print this charter?" : `Write ${basename(file)}?`,
      choices: [
        { name: toStdout ? "Print it" : "Write it", value: "write" },
        { name: "Go back and change my answers", value: "edit" },
        { name: "Cancel without writing", value: "cancel" }
      ]
    });
    if (next === "write") return text;
    if (next === "cancel") {
      io.stderr("charter: cancelled, nothing written\n");
      return void 0;
    }
  }
}
function schemaReference(file) {
  const root = fileURLToPath(packageRoot);
  const parent = dirname(root.replace(/[\\/]+$/, ""));
  const target = dirname(resolve(file));
  if (basename(parent) === "node_modules" && !relative(dirname(parent), target).startsWith("..")) {
    return relative(target, `${root}${sep}schemas${sep}charter.schema.json`).split(sep).join("/");
  }
  return charter_schema_default.$id;
}
export {
  runInit
};
