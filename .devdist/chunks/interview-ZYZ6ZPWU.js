import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);
import {
  isDate,
  isEmail
} from "./chunk-CIUTUZUB.js";
import {
  charter_schema_default
} from "./chunk-RCH5NZZ6.js";
import "./chunk-CT4NQHLN.js";
import "./chunk-MBHNAR3Y.js";

// src/init/interview.ts
var defs = charter_schema_default.$defs;
var SECTORS = defs.sector.enum;
var CADENCES = defs.cadence.enum.filter((c) => c !== "as-needed");
var USE_CASES = charter_schema_default.properties.use_case.enum;
var CONTRIBUTION_TYPES = defs.contribution.properties.type.enum;
var RULES = [
  { value: "consensus", name: "consensus", description: "a decision stands when no partner objects" },
  { value: "unanimous", name: "unanimous", description: "every voting partner must vote yes" },
  { value: "majority", name: "majority", description: "more than half of the votes cast" },
  { value: "supermajority", name: "supermajority", description: "a larger share, e.g. two thirds, of the votes cast" },
  { value: "lead-partner", name: "lead partner", description: "one partner decides after consulting the others" }
];
var required = (what) => (value) => value.trim() === "" ? `${what} is needed` : true;
var optionalDate = (value) => value.trim() === "" || isDate(value.trim()) || "write the date as YYYY-MM-DD, e.g. 2027-06-30 (or leave it empty)";
var optionalEmail = (value) => value.trim() === "" || isEmail(value.trim()) || "write an email address like name@example.org (or leave it empty)";
var fraction = (value) => {
  const n = Number(value.trim().replace(/%$/, "")) / (value.trim().endsWith("%") ? 100 : 1);
  return value.trim() !== "" && n > 0 && n <= 1 || "a share of the seats between 0 and 1, e.g. 0.5 or 50%";
};
async function interview(prompts, previous) {
  const title = (await prompts.input({ message: "Name of the partnership:", default: previous?.title, validate: required("a name") })).trim();
  const useCase = await prompts.select({
    message: "What kind of partnership is it?",
    choices: USE_CASES.map((u) => ({ name: u.replace(/-/g, " "), value: u })),
    default: previous?.useCase
  });
  const vision = (await prompts.input({ message: "The mutual vision, in one sentence (empty: fill in later):", default: previous?.vision })).trim();
  prompts.say("\nPartners: a cross-sector partnership has at least two organisations, from at least two sectors.\n");
  const partners = [];
  for (let i = 0; ; i++) {
    const before = previous?.partners[i];
    const name = (await prompts.input({ message: `Partner ${i + 1}, name of the organisation:`, default: before?.name, validate: required("a name") })).trim();
    const sector = await prompts.select({ message: `Sector of ${name}:`, choices: SECTORS.map((s) => ({ name: s, value: s })), default: before?.sector });
    const type = await prompts.select({
      message: `What does ${name} mainly contribute?`,
      choices: CONTRIBUTION_TYPES.map((t) => ({ name: t, value: t })),
      default: before?.contribution?.type
    });
    const description = (await prompts.input({ message: "In a few words, what exactly (empty: fill in later):", default: before?.contribution?.description })).trim();
    const repName = (await prompts.input({ message: `Who represents ${name}? Name (optional):`, default: before?.representative?.name })).trim();
    const repEmail = repName ? (await prompts.input({ message: `Email of ${repName} (optional):`, default: before?.representative?.email, validate: optionalEmail })).trim() : "";
    partners.push({
      name,
      sector,
      contribution: { type, ...description ? { description } : {} },
      ...repName ? { representative: { name: repName, ...repEmail ? { email: repEmail } : {} } } : {}
    });
    if (partners.length >= 2 && !await prompts.confirm({ message: "Add another partner?", default: (previous?.partners.length ?? 2) > partners.length })) break;
  }
  prompts.say("\nShared goals: what the partners pursue together, and who owns each.\n");
  const goals = [];
  const partnerChoices = (checked) => partners.map((p, i) => ({ name: p.name, value: i, checked: checked(i) }));
  for (let g = 0; ; g++) {
    const before = previous?.goals[g];
    const goalTitle = (await prompts.input({ message: `Goal ${g + 1}:`, default: before?.title, validate: required("a goal") })).trim();
    const sharedBy = await prompts.checkbox({
      message: "Which partners share it?",
      choices: partnerChoices((i) => before?.partners.includes(i) ?? true),
      validate: (values) => values.length >= 1 || "choose at least one partner (two or more make it a shared goal)"
    });
    const owner = await prompts.select({
      message: "Who owns it (the one partner accountable)?",
      choices: sharedBy.map((i) => ({ name: partners[i].name, value: i })),
      default: before?.owner !== void 0 && sharedBy.includes(before.owner) ? before.owner : void 0
    });
    const due = (await prompts.input({ message: "Due date, YYYY-MM-DD (optional):", default: before?.due, validate: optionalDate })).trim();
    goals.push({ title: goalTitle, partners: sharedBy, owner, ...due ? { due } : {} });
    if (!await prompts.confirm({ message: "Add another goal?", default: (previous?.goals.length ?? 1) > goals.length })) break;
  }
  const decisionRule = await prompts.select({
    message: "How does the partnership take decisions?",
    choices: RULES.map((r) => ({ name: `${r.name}: ${r.description}`, value: r.value })),
    default: previous?.decisionRule
  });
  const quorumText = await prompts.input({ message: "Quorum: share of the seats that must be present to decide (e.g. 0.5 or 50%):", default: String(previous?.quorum ?? "0.5"), validate: fraction });
  const quorum = Number(quorumText.trim().replace(/%$/, "")) / (quorumText.trim().endsWith("%") ? 100 : 1);
  const meetingCadence = await prompts.select({
    message: "How often does the steering committee meet?",
    choices: CADENCES.map((c) => ({ name: c, value: c })),
    default: previous?.meetingCadence ?? "monthly"
  });
  const escalationLadder = await prompts.confirm({
    message: "Add the default escalation ladder (project leads 10 days, steering committee 30 days, external mediator 60 days)?",
    default: previous?.escalationLadder ?? true
  });
  return { title, useCase, ...vision ? { vision } : {}, partners, goals, decisionRule, quorum, meetingCadence, escalationLadder };
}
var MEETS = {
  weekly: "every week",
  biweekly: "every two weeks",
  monthly: "every month",
  quarterly: "every quarter",
  semiannual: "twice a year",
  annual: "once a year",
  "as-needed": "as needed"
};
function reviewText(answers, todos) {
  const lines = [`
${answers.title ?? "Untitled partnership"}${answers.useCase ? ` (${answers.useCase})` : ""}`, "", "Partners:"];
  for (const p of answers.partners) lines.push(`  - ${p.name} (${p.sector})${p.representative ? `, represented by ${p.representative.name}` : ""}`);
  lines.push("", "Goals:");
  for (const g of answers.goals) lines.push(`  - ${g.title}, owned by ${answers.partners[g.owner ?? g.partners[0]]?.name ?? "nobody yet"}${g.due ? `, due ${g.due}` : ""}`);
  const meets = answers.meetingCadence ? MEETS[answers.meetingCadence] : "at a rhythm still to decide";
  lines.push("", `Decisions by ${answers.decisionRule ?? "a rule still to choose"}; the steering committee meets ${meets}.`);
  lines.push("", `Still to fill in after writing (${todos.length} TODO placeholders), e.g.:`);
  for (const t of todos.slice(0, 6)) lines.push(`  - ${t}`);
  if (todos.length > 6) lines.push(`  - \u2026 and ${todos.length - 6} more; \`charter lint\` lists them all`);
  return lines.join("\n") + "\n";
}
export {
  interview,
  reviewText
};
