import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);
import {
  closest,
  pointer,
  pointerSegment
} from "./chunk-CT4NQHLN.js";

// src/rules/helpers.ts
var REPOSITORY_URL = "https://github.com/charter-cli/charter";
function docsUrl(ruleId) {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
function describePartner(partner) {
  return `partner '${partner.id}' (${partner.name})`;
}
function isBlank(value) {
  if (value === void 0 || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.keys(value).length === 0;
  return false;
}
function idList(value) {
  if (value === void 0) return [];
  return Array.isArray(value) ? value : [value];
}
function joinWords(words) {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

// src/rules/duplicate-id.ts
var LISTS = ["partners", "goals", "metrics"];
var duplicateId = {
  meta: {
    id: "duplicate-id",
    severity: "error",
    challenge: "Unclear agreements: two things with one name (format: unique ids)",
    description: "Two partners, goals or metrics share an id."
  },
  check({ charter }) {
    const reports = [];
    for (const list of LISTS) {
      const firstIndex = /* @__PURE__ */ new Map();
      (charter[list] ?? []).forEach((item, index) => {
        const first = firstIndex.get(item.id);
        if (first === void 0) firstIndex.set(item.id, index);
        else
          reports.push({
            path: pointer(list, index, "id"),
            message: `${list}[${index}] reuses the id '${item.id}' of ${list}[${first}]: give each ${list.slice(0, -1)} its own id`
          });
      });
    }
    return reports;
  }
};

// src/rules/references.ts
function collectReferences(charter) {
  const refs = [];
  const partner = (id, from, ...path) => {
    if (typeof id === "string") refs.push({ kind: "partner", id, path: pointer(...path), from });
  };
  const partners = (ids, from, ...path) => {
    if (Array.isArray(ids)) ids.forEach((id, i) => partner(id, from, ...path, i));
    else partner(ids, from, ...path);
  };
  const goal = (id, from, ...path) => {
    if (typeof id === "string") refs.push({ kind: "goal", id, path: pointer(...path), from });
  };
  charter.goals.forEach((g, i) => {
    const from = `goal '${g.id}'`;
    partners(g.partners, from, "goals", i, "partners");
    partner(g.owner, from, "goals", i, "owner");
    for (const key of Object.keys(g.alignment ?? {})) partner(key, from, "goals", i, "alignment", key);
  });
  charter.roles?.forEach((r, i) => partner(r.partner, `roles[${i}]`, "roles", i, "partner"));
  charter.raci?.forEach((row, i) => {
    const from = `raci row '${row.activity}'`;
    goal(row.goal, from, "raci", i, "goal");
    for (const column of ["responsible", "accountable", "consulted", "informed"]) partners(row[column], from, "raci", i, column);
  });
  const gov = charter.governance;
  gov?.body?.members?.forEach((m, i) => partner(m.partner, "the governing body", "governance", "body", "members", i, "partner"));
  if (gov?.body?.chair !== "rotating") partner(gov?.body?.chair, "the governing body", "governance", "body", "chair");
  partner(gov?.backbone, "governance", "governance", "backbone");
  partners(gov?.data_sharing?.controllers, "data sharing", "governance", "data_sharing", "controllers");
  charter.metrics?.forEach((m, i) => {
    const from = `metric '${m.id}'`;
    goal(m.goal, from, "metrics", i, "goal");
    partner(m.owner, from, "metrics", i, "owner");
  });
  charter.commitments?.forEach((c, i) => partner(c.partner, `commitments[${i}]`, "commitments", i, "partner"));
  charter.risks?.forEach((r, i) => partner(r.owner, `risks[${i}]`, "risks", i, "owner"));
  return refs;
}

// src/rules/unknown-reference.ts
var unknownReference = {
  meta: {
    id: "unknown-reference",
    severity: "error",
    challenge: "Unclear roles and agreements: a reference to nobody (format: References)",
    description: "A partner or goal reference names no partner or goal of the charter."
  },
  check(context) {
    return collectReferences(context.charter).filter((ref) => !(ref.kind === "partner" ? context.partners : context.goals).has(ref.id)).map((ref) => {
      const known = ref.kind === "partner" ? context.partners : context.goals;
      const suggestion = closest(ref.id, known.keys());
      const hint = suggestion ? ` (did you mean '${suggestion}'?)` : known.size > 0 ? ` (known ${ref.kind}s: ${[...known.keys()].slice(0, 8).join(", ")})` : "";
      return { path: ref.path, message: `${ref.from} names ${ref.kind} '${ref.id}', which is not defined${hint}` };
    });
  }
};

// src/rules/single-sector.ts
var singleSector = {
  meta: {
    id: "single-sector",
    severity: "error",
    challenge: "Not cross-sector (IN: organizations from different sectors)",
    description: "All partners come from one sector."
  },
  check({ charter }) {
    const sectors = new Set(charter.partners.map((p) => p.sector));
    if (sectors.size >= 2) return [];
    return [
      {
        path: "/partners",
        message: `every partner is from the ${[...sectors][0]} sector: a cross-sector partnership needs partners from at least two sectors (government, business, academia, nonprofit, \u2026)`
      }
    ];
  }
};

// src/rules/goal-not-shared.ts
var goalNotShared = {
  meta: {
    id: "goal-not-shared",
    severity: "warning",
    challenge: 'Misaligned objectives (KS "Identify Common Goals"; CC "Misaligned Objectives")',
    description: "A goal's partners list names fewer than two partners."
  },
  check({ charter }) {
    return charter.goals.flatMap((goal, index) => {
      const count = new Set(goal.partners ?? []).size;
      if (count >= 2) return [];
      return [
        {
          path: pointer("goals", index),
          message: `goal '${goal.id}' is shared by ${count === 0 ? "no partner" : "one partner only"}: list in 'partners' at least two partners who pursue it together`
        }
      ];
    });
  }
};

// src/rules/partner-without-goal.ts
var partnerWithoutGoal = {
  meta: {
    id: "partner-without-goal",
    severity: "warning",
    challenge: 'Misaligned objectives (KS "Identify Common Goals"; CC "Misaligned Objectives")',
    description: "A partner shares no goal and owns none."
  },
  check({ charter }) {
    const engaged = /* @__PURE__ */ new Set();
    for (const goal of charter.goals) {
      goal.partners?.forEach((id) => engaged.add(id));
      if (goal.owner) engaged.add(goal.owner);
    }
    return charter.partners.flatMap(
      (partner, index) => engaged.has(partner.id) ? [] : [{ path: pointer("partners", index), message: `${describePartner(partner)} shares no goal and owns none: add it to the 'partners' of the goals it pursues` }]
    );
  }
};

// src/rules/goal-alignment-missing.ts
var goalAlignmentMissing = {
  meta: {
    id: "goal-alignment-missing",
    severity: "warning",
    challenge: `Misaligned objectives (KS: objectives "that align with each partner's mission"; CC "Misaligned Objectives")`,
    description: "A partner sharing a goal has no entry in the goal's alignment."
  },
  check({ charter, partners }) {
    return charter.goals.flatMap((goal, index) => {
      const alignment = goal.alignment ?? {};
      const missing = [...new Set(goal.partners ?? [])].filter((id) => partners.has(id) && typeof alignment[id] !== "string");
      if (missing.length === 0) return [];
      return [
        {
          path: pointer("goals", index),
          message: `goal '${goal.id}' does not say how it serves the mission of ${joinWords(missing.map((id) => `'${id}'`))}: add ${missing.length === 1 ? "an entry" : "entries"} under 'alignment'`
        }
      ];
    });
  }
};

// src/rules/partner-profile-incomplete.ts
var PROFILE = ["mission", "strengths", "limitations", "motivations"];
var partnerProfileIncomplete = {
  meta: {
    id: "partner-profile-incomplete",
    severity: "warning",
    challenge: `Misaligned objectives (DP: "Understanding each partner's strengths, limitations, and motivations")`,
    description: "A partner lacks its mission, strengths, limitations or motivations."
  },
  check({ charter }) {
    return charter.partners.flatMap((partner, index) => {
      const missing = PROFILE.filter((key) => isBlank(partner[key]));
      if (missing.length === 0) return [];
      return [{ path: pointer("partners", index), message: `${describePartner(partner)} has no ${joinWords(missing)}: say what drives it and what it can and cannot do` }];
    });
  }
};

// src/rules/partner-expectations-missing.ts
var partnerExpectationsMissing = {
  meta: {
    id: "partner-expectations-missing",
    severity: "warning",
    challenge: 'Misaligned objectives (CC: "Differing goals and expectations among partners")',
    description: "A partner contributes but states no expectations in return."
  },
  check({ charter }) {
    return charter.partners.flatMap(
      (partner, index) => !isBlank(partner.contributions) && isBlank(partner.expectations) ? [{ path: pointer("partners", index), message: `${describePartner(partner)} contributes but expects nothing in return: list its 'expectations' so the benefit is mutual` }] : []
    );
  }
};

// src/rules/partner-without-contribution.ts
var partnerWithoutContribution = {
  meta: {
    id: "partner-without-contribution",
    severity: "error",
    challenge: 'Unclear roles (KS "Define Roles and Responsibilities": "the contributions and expectations of each partner")',
    description: "A partner has no contributions."
  },
  check({ charter }) {
    return charter.partners.flatMap(
      (partner, index) => isBlank(partner.contributions) ? [{ path: pointer("partners", index), message: `${describePartner(partner)} contributes nothing: say what it brings (funding, expertise, data, \u2026) under 'contributions'` }] : []
    );
  }
};

// src/rules/partner-without-responsibility.ts
var partnerWithoutResponsibility = {
  meta: {
    id: "partner-without-responsibility",
    severity: "error",
    challenge: 'Unclear roles (KS "Define Roles and Responsibilities")',
    description: "A partner has no role with responsibilities and is neither responsible nor accountable in the RACI."
  },
  check({ charter }) {
    const responsible = /* @__PURE__ */ new Set();
    for (const role of charter.roles ?? []) if (role.responsibilities.length > 0) responsible.add(role.partner);
    for (const row of charter.raci ?? []) {
      row.responsible?.forEach((id) => responsible.add(id));
      idList(row.accountable).forEach((id) => responsible.add(id));
    }
    return charter.partners.flatMap(
      (partner, index) => responsible.has(partner.id) ? [] : [{ path: pointer("partners", index), message: `${describePartner(partner)} is responsible for nothing: give it a 'roles' entry with responsibilities, or make it responsible or accountable in a 'raci' row` }]
    );
  }
};

// src/rules/goal-without-owner.ts
var goalWithoutOwner = {
  meta: {
    id: "goal-without-owner",
    severity: "error",
    challenge: 'Unclear roles (KS "Define Roles and Responsibilities")',
    description: "A goal has no owner."
  },
  check({ charter }) {
    return charter.goals.flatMap(
      (goal, index) => goal.owner === void 0 ? [{ path: pointer("goals", index), message: `goal '${goal.id}' has no owner: name the one partner accountable for it under 'owner'` }] : []
    );
  }
};

// src/rules/raci-accountable-count.ts
var raciAccountableCount = {
  meta: {
    id: "raci-accountable-count",
    severity: "error",
    challenge: 'Unclear roles (KS "Define Roles and Responsibilities"; RACI: exactly one Accountable)',
    description: "A RACI row does not have exactly one accountable partner."
  },
  check({ charter }) {
    return (charter.raci ?? []).flatMap((row, index) => {
      const accountable = [...new Set(idList(row.accountable))];
      if (accountable.length === 1) return [];
      const path = row.accountable === void 0 ? pointer("raci", index) : pointer("raci", index, "accountable");
      const problem = accountable.length === 0 ? "has no accountable partner" : `has ${accountable.length} accountable partners (${accountable.join(", ")})`;
      return [{ path, message: `raci row '${row.activity}' ${problem}: name exactly one partner under 'accountable'` }];
    });
  }
};

// src/rules/raci-responsible-missing.ts
var raciResponsibleMissing = {
  meta: {
    id: "raci-responsible-missing",
    severity: "warning",
    challenge: 'Unclear roles (KS "Define Roles and Responsibilities"; RACI: at least one Responsible)',
    description: "A RACI row names nobody responsible."
  },
  check({ charter }) {
    return (charter.raci ?? []).flatMap(
      (row, index) => (row.responsible ?? []).length === 0 ? [{ path: pointer("raci", index), message: `raci row '${row.activity}' names nobody responsible: list who does the work under 'responsible'` }] : []
    );
  }
};

// src/rules/representative-missing.ts
var representativeMissing = {
  meta: {
    id: "representative-missing",
    severity: "warning",
    challenge: 'Communication barriers and unclear roles (KS "Define Roles and Responsibilities")',
    description: "A partner has no representative."
  },
  check({ charter }) {
    return charter.partners.flatMap(
      (partner, index) => partner.representative === void 0 ? [{ path: pointer("partners", index), message: `${describePartner(partner)} has no representative: name the person who speaks for it (name, role, email)` }] : []
    );
  }
};

// src/rules/governance-missing.ts
var governanceMissing = {
  meta: {
    id: "governance-missing",
    severity: "error",
    challenge: 'No governance structure (KS "Create a Governance Structure")',
    description: "The charter has no governance section."
  },
  check({ charter }) {
    return charter.governance === void 0 ? [{ path: "", message: "the charter has no 'governance': say how decisions are made, how partners communicate and how conflicts are resolved" }] : [];
  }
};

// src/rules/decision-rule-missing.ts
var decisionRuleMissing = {
  meta: {
    id: "decision-rule-missing",
    severity: "error",
    challenge: 'No rule for decisions (KS "Create a Governance Structure": "frameworks for decision-making")',
    description: "Governance has no decision rule."
  },
  check({ charter }) {
    const governance = charter.governance;
    return governance && governance.decision_making?.rule === void 0 ? [{ path: "/governance", message: "governance has no decision rule: set 'decision_making.rule' to consensus, unanimous, majority, supermajority or lead-partner" }] : [];
  }
};

// src/rules/quorum-missing.ts
var quorumMissing = {
  meta: {
    id: "quorum-missing",
    severity: "warning",
    challenge: 'No rule for decisions (KS "Create a Governance Structure")',
    description: "A decision rule is set but no quorum."
  },
  check({ charter }) {
    const decisions = charter.governance?.decision_making;
    return decisions?.rule !== void 0 && decisions.quorum === void 0 ? [{ path: "/governance/decision_making", message: `the ${decisions.rule} rule has no quorum: set 'quorum' to the share of voting seats that must be present (e.g. 0.5)` }] : [];
  }
};

// src/rules/deadlock-rule-missing.ts
var deadlockRuleMissing = {
  meta: {
    id: "deadlock-rule-missing",
    severity: "warning",
    challenge: 'No rule for resolving conflicts (KS: "frameworks for decision-making \u2026 and conflict resolution")',
    description: "Consensus or unanimity without a tie-break."
  },
  check({ charter }) {
    const decisions = charter.governance?.decision_making;
    return (decisions?.rule === "consensus" || decisions?.rule === "unanimous") && decisions.tie_break === void 0 ? [{ path: "/governance/decision_making", message: `decisions by ${decisions.rule} can deadlock and no 'tie_break' says what happens then (e.g. "escalate to the partners' executives, then majority vote")` }] : [];
  }
};

// src/rules/governance-excludes-partner.ts
var governanceExcludesPartner = {
  meta: {
    id: "governance-excludes-partner",
    severity: "warning",
    challenge: 'Trust and misaligned objectives (KS "Create a Governance Structure"; SS "Build Mutual Trust")',
    description: "A partner has no voting seat on the governing body."
  },
  check({ charter }) {
    const body = charter.governance?.body;
    if (body === void 0) return [];
    const voting = new Set((body.members ?? []).filter((m) => m.observer !== true).map((m) => m.partner));
    return charter.partners.flatMap(
      (partner, index) => voting.has(partner.id) ? [] : [{ path: pointer("partners", index), message: `${describePartner(partner)} has no voting seat on ${body.name ? `the ${body.name}` : "the governing body"}: add it to 'governance.body.members'` }]
    );
  }
};

// src/rules/power-concentration.ts
var powerConcentration = {
  meta: {
    id: "power-concentration",
    severity: "warning",
    challenge: 'Trust (SS "Build Mutual Trust"; resource imbalance between partners)',
    description: "One partner holds more than half of the governing body's seats."
  },
  check({ charter }) {
    const members = charter.governance?.body?.members ?? [];
    const seats = /* @__PURE__ */ new Map();
    let total = 0;
    members.forEach((member, index) => {
      if (member.observer === true) return;
      const count = member.seats ?? 1;
      total += count;
      const entry = seats.get(member.partner) ?? { seats: 0, first: index };
      entry.seats += count;
      seats.set(member.partner, entry);
    });
    return [...seats].flatMap(
      ([partner, { seats: held, first }]) => held * 2 > total ? [{ path: pointer("governance", "body", "members", first), message: `partner '${partner}' holds ${held} of ${total} voting seats: no partner should hold more than half, or the others cannot outvote it` }] : []
    );
  }
};

// src/rules/conflict-resolution-missing.ts
var conflictResolutionMissing = {
  meta: {
    id: "conflict-resolution-missing",
    severity: "error",
    challenge: 'No rule for resolving conflicts (KS: "conflict resolution"; SS "Facilitate Open Dialogue")',
    description: "No escalation ladder for disputes."
  },
  check({ charter }) {
    const steps = charter.governance?.conflict_resolution?.steps ?? [];
    if (steps.length > 0) return [];
    return [
      {
        path: charter.governance ? "/governance" : "",
        message: "no conflict resolution: add 'governance.conflict_resolution.steps', an escalation ladder from the working level up (e.g. project leads, steering committee, mediator)"
      }
    ];
  }
};

// src/rules/escalation-ladder-short.ts
var escalationLadderShort = {
  meta: {
    id: "escalation-ladder-short",
    severity: "warning",
    challenge: 'No rule for resolving conflicts (SS "Facilitate Open Dialogue": address conflicts early)',
    description: "The escalation ladder has a single step."
  },
  check({ charter }) {
    const steps = charter.governance?.conflict_resolution?.steps ?? [];
    return steps.length === 1 ? [{ path: "/governance/conflict_resolution", message: `the escalation ladder has one step ('${steps[0].level}'): add a step above it so a dispute that the first cannot settle has somewhere to go` }] : [];
  }
};

// src/rules/escalation-step-unbounded.ts
var escalationStepUnbounded = {
  meta: {
    id: "escalation-step-unbounded",
    severity: "warning",
    challenge: 'No rule for resolving conflicts (SS "Facilitate Open Dialogue": address conflicts early)',
    description: "An escalation step has no time limit."
  },
  check({ charter }) {
    return (charter.governance?.conflict_resolution?.steps ?? []).flatMap(
      (step, index) => step.within_days === void 0 ? [{ path: pointer("governance", "conflict_resolution", "steps", index), message: `escalation step '${step.level}' has no time limit: set 'within_days' so a dispute moves up instead of lingering` }] : []
    );
  }
};

// src/rules/communication-plan-missing.ts
var communicationPlanMissing = {
  meta: {
    id: "communication-plan-missing",
    severity: "error",
    challenge: 'Communication barriers (CC "Communication Barriers")',
    description: "No communication plan with channels."
  },
  check({ charter }) {
    if ((charter.governance?.communication?.channels ?? []).length > 0) return [];
    return [
      {
        path: charter.governance ? "/governance" : "",
        message: "no communication plan: list under 'governance.communication.channels' where partners talk (e.g. monthly partner call, shared workspace)"
      }
    ];
  }
};

// src/rules/communication-cadence-missing.ts
var communicationCadenceMissing = {
  meta: {
    id: "communication-cadence-missing",
    severity: "warning",
    challenge: 'Communication barriers (CC "Communication Barriers"; SS "Build Mutual Trust": regular interactions)',
    description: "The communication plan has no regular cadence."
  },
  check({ charter }) {
    const communication = charter.governance?.communication;
    if (communication === void 0 || communication.cadence !== void 0 && communication.cadence !== "as-needed") return [];
    return [
      {
        path: "/governance/communication",
        message: `the communication plan has ${communication.cadence === "as-needed" ? "only an 'as-needed' cadence" : "no cadence"}: set a regular 'cadence' (weekly, biweekly, monthly, \u2026)`
      }
    ];
  }
};

// src/rules/meeting-cadence-missing.ts
var meetingCadenceMissing = {
  meta: {
    id: "meeting-cadence-missing",
    severity: "warning",
    challenge: 'Communication barriers (CC "Communication Barriers"; SS "Build Mutual Trust": regular interactions)',
    description: "The governing body has no regular meetings."
  },
  check({ charter }) {
    const governance = charter.governance;
    if (governance === void 0) return [];
    const cadence = governance.meetings?.cadence;
    if (cadence !== void 0 && cadence !== "as-needed") return [];
    return [
      {
        path: "/governance",
        message: `${cadence === "as-needed" ? "meetings are only 'as-needed'" : "no meeting cadence"}: set 'meetings.cadence' so the partners meet regularly (e.g. monthly, quarterly)`
      }
    ];
  }
};

// src/rules/reporting-missing.ts
var reportingMissing = {
  meta: {
    id: "reporting-missing",
    severity: "warning",
    challenge: 'Communication barriers and accountability (CC "Communication Barriers"; SS "Establish Clear Agreements")',
    description: "Reporting has no cadence or no audience."
  },
  check({ charter }) {
    const communication = charter.governance?.communication;
    if (communication === void 0) return [];
    const reporting = communication.reporting;
    const missing = [
      ...reporting?.cadence === void 0 ? ["cadence"] : [],
      ...(reporting?.audience ?? []).length === 0 ? ["audience"] : []
    ];
    if (missing.length === 0) return [];
    return [{ path: "/governance/communication", message: `progress reporting has no ${joinWords(missing)}: say in 'reporting' how often progress is reported and to whom` }];
  }
};

// src/rules/cultural-norms-undocumented.ts
var culturalNormsUndocumented = {
  meta: {
    id: "cultural-norms-undocumented",
    severity: "warning",
    challenge: 'Cultural differences (CC "Cultural Differences": "Variation in organizational cultures and sector norms")',
    description: "A sector's norms and how to bridge them are not written down."
  },
  check({ charter }) {
    const firstPartner = /* @__PURE__ */ new Map();
    charter.partners.forEach((p, index) => {
      if (!firstPartner.has(p.sector)) firstPartner.set(p.sector, index);
    });
    return [...firstPartner].flatMap(([sector, index]) => {
      const profile = charter.sectors?.[sector];
      if ((profile?.norms ?? []).length > 0 && (profile?.bridging ?? []).length > 0) return [];
      return [
        {
          path: pointer("partners", index),
          message: `the ${sector} sector's working norms are not documented: add 'sectors.${sector}' with at least one 'norms' and one 'bridging' entry`
        }
      ];
    });
  }
};

// src/rules/metrics-missing.ts
var metricsMissing = {
  meta: {
    id: "metrics-missing",
    severity: "error",
    challenge: 'No measure of impact (KS "Measure and Evaluate Impact")',
    description: "The charter has no metrics."
  },
  check({ charter }) {
    return (charter.metrics ?? []).length === 0 ? [{ path: "", message: "the charter has no 'metrics': add at least one metric per goal, with a baseline and a target, to measure progress" }] : [];
  }
};

// src/rules/goal-without-metric.ts
var goalWithoutMetric = {
  meta: {
    id: "goal-without-metric",
    severity: "error",
    challenge: 'No measure of impact (KS "Measure and Evaluate Impact")',
    description: "No metric measures this goal."
  },
  check({ charter }) {
    const metrics = charter.metrics ?? [];
    if (metrics.length === 0) return [];
    const measured = new Set(metrics.map((m) => m.goal));
    return charter.goals.flatMap(
      (goal, index) => measured.has(goal.id) ? [] : [{ path: pointer("goals", index), message: `no metric measures goal '${goal.id}': add a metric with 'goal: ${goal.id}'` }]
    );
  }
};

// src/rules/metric-incomplete.ts
var FIELDS = ["baseline", "target", "unit", "frequency", "source", "owner"];
var metricIncomplete = {
  meta: {
    id: "metric-incomplete",
    severity: "warning",
    challenge: 'No measure of impact (KS "Measure and Evaluate Impact"; USAID indicator reference sheet)',
    description: "A metric lacks its baseline, target, unit, frequency, source or owner."
  },
  check({ charter }) {
    return (charter.metrics ?? []).flatMap((metric, index) => {
      const missing = FIELDS.filter((key) => isBlank(metric[key]));
      if (missing.length === 0) return [];
      return [{ path: pointer("metrics", index), message: `metric '${metric.id}' has no ${joinWords(missing)}: a metric needs all of these to be measured and reported` }];
    });
  }
};

// src/rules/metric-direction-conflict.ts
var metricDirectionConflict = {
  meta: {
    id: "metric-direction-conflict",
    severity: "error",
    challenge: 'No measure of impact (KS "Measure and Evaluate Impact")',
    description: "A metric's target contradicts its direction."
  },
  check({ charter }) {
    return (charter.metrics ?? []).flatMap((metric, index) => {
      const { baseline, target, direction } = metric;
      if (baseline === void 0 || target === void 0) return [];
      const conflict = direction === "increase" && target <= baseline || direction === "decrease" && target >= baseline;
      if (!conflict) return [];
      return [
        {
          path: pointer("metrics", index, "target"),
          message: `metric '${metric.id}' should ${direction} but its target ${target} is ${target === baseline ? "equal to" : direction === "increase" ? "below" : "above"} its baseline ${baseline}: fix the target or the direction`
        }
      ];
    });
  }
};

// src/rules/review-cadence-missing.ts
var reviewCadenceMissing = {
  meta: {
    id: "review-cadence-missing",
    severity: "warning",
    challenge: 'No measure of impact (KS "Measure and Evaluate Impact"; Partnering Agreement Scorecard: regular review)',
    description: "The charter is never reviewed on a schedule."
  },
  check({ charter }) {
    const review = charter.term?.review;
    if (review !== void 0 && review !== "as-needed") return [];
    return [
      {
        path: charter.term ? "/term" : "",
        message: `${review === "as-needed" ? "the charter is reviewed only 'as-needed'" : "the charter has no review cadence"}: set 'term.review' (e.g. annual) so partners check regularly whether it still holds`
      }
    ];
  }
};

// src/rules/commitments-missing.ts
var commitmentsMissing = {
  meta: {
    id: "commitments-missing",
    severity: "info",
    challenge: 'Trust (SS "Build Mutual Trust": "consistent delivery of commitments")',
    description: "The charter lists no commitments."
  },
  check({ charter }) {
    return (charter.commitments ?? []).length === 0 ? [{ path: "", message: "the charter lists no 'commitments': concrete deliverables with due dates let partners build trust by delivering them" }] : [];
  }
};

// src/rules/commitment-overdue.ts
var commitmentOverdue = {
  meta: {
    id: "commitment-overdue",
    severity: "warning",
    challenge: 'Trust (SS "Build Mutual Trust": "consistent delivery of commitments")',
    description: "A commitment is past its due date and not done."
  },
  check({ charter, today }) {
    return (charter.commitments ?? []).flatMap(
      (commitment, index) => commitment.due !== void 0 && commitment.due < today && commitment.status !== "done" ? [{ path: pointer("commitments", index), message: `commitment of '${commitment.partner}' was due on ${commitment.due} and is ${commitment.status ?? "not marked done"}: deliver it, mark it done, or agree a new date` }] : []
    );
  }
};

// src/rules/term-missing.ts
var termMissing = {
  meta: {
    id: "term-missing",
    severity: "warning",
    challenge: 'Unclear agreements (SS "Establish Clear Agreements")',
    description: "The charter has no term, or no start or end."
  },
  check({ charter }) {
    const term = charter.term;
    if (term === void 0) return [{ path: "", message: "the charter has no 'term': set 'term.start' and 'term.end' so partners know how long they commit" }];
    const missing = [...term.start === void 0 ? ["start"] : [], ...term.end === void 0 ? ["end"] : []];
    return missing.length > 0 ? [{ path: "/term", message: `the term has no ${joinWords(missing)} date: partners need to know how long they commit` }] : [];
  }
};

// src/rules/term-invalid.ts
var termInvalid = {
  meta: {
    id: "term-invalid",
    severity: "error",
    challenge: 'Unclear agreements (SS "Establish Clear Agreements")',
    description: "The term ends before it starts, or a goal is due outside the term."
  },
  check({ charter }) {
    const { start, end } = charter.term ?? {};
    if (start === void 0 || end === void 0) return [];
    if (end <= start) return [{ path: "/term/end", message: `the term ends on ${end}, which is not after its start ${start}: fix one of the dates` }];
    return charter.goals.flatMap(
      (goal, index) => goal.due !== void 0 && (goal.due < start || goal.due > end) ? [{ path: pointer("goals", index, "due"), message: `goal '${goal.id}' is due on ${goal.due}, outside the term (${start} to ${end})` }] : []
    );
  }
};

// src/rules/exit-clause-missing.ts
var exitClauseMissing = {
  meta: {
    id: "exit-clause-missing",
    severity: "warning",
    challenge: 'Unclear agreements (SS "Establish Clear Agreements"; Partnering Agreement Scorecard: exit strategy)',
    description: "No exit clause with a notice period."
  },
  check({ charter }) {
    const governance = charter.governance;
    if (governance === void 0 || governance.exit?.notice_days !== void 0) return [];
    return [{ path: "/governance", message: "no exit clause: set 'exit.notice_days' and say what happens to shared data, IP and assets when a partner leaves" }];
  }
};

// src/rules/amendment-process-missing.ts
var amendmentProcessMissing = {
  meta: {
    id: "amendment-process-missing",
    severity: "warning",
    challenge: 'Unclear agreements (SS "Establish Clear Agreements")',
    description: "No process for amending the charter."
  },
  check({ charter }) {
    return charter.governance !== void 0 && charter.governance.amendments === void 0 ? [{ path: "/governance", message: "no amendment process: add 'amendments' with how changes are proposed and who approves them" }] : [];
  }
};

// src/rules/signatory-missing.ts
var signatoryMissing = {
  meta: {
    id: "signatory-missing",
    severity: "warning",
    challenge: 'Unclear agreements (SS "Establish Clear Agreements": formal agreements)',
    description: "A partner has no signatory."
  },
  check({ charter }) {
    return charter.partners.flatMap(
      (partner, index) => partner.signatory === void 0 ? [{ path: pointer("partners", index), message: `${describePartner(partner)} has no signatory: name who signs for it (name and title)` }] : []
    );
  }
};

// src/rules/contributions.ts
function firstContributionOf(charter, types) {
  for (const [p, partner] of charter.partners.entries()) {
    const c = (partner.contributions ?? []).findIndex((contribution) => types.includes(contribution.type));
    if (c !== -1) return { path: pointer("partners", p, "contributions", c), partner: partner.id, type: partner.contributions[c].type };
  }
  return void 0;
}

// src/rules/data-terms-missing.ts
var dataTermsMissing = {
  meta: {
    id: "data-terms-missing",
    severity: "error",
    challenge: 'Unclear agreements (SS "Establish Clear Agreements"; UK ICO data sharing code)',
    description: "Data is contributed without data sharing terms."
  },
  check({ charter }) {
    const contribution = firstContributionOf(charter, ["data"]);
    if (contribution === void 0) return [];
    const terms = charter.governance?.data_sharing;
    if (terms === void 0) {
      return [{ path: contribution.path, message: `partner '${contribution.partner}' contributes data but there are no data sharing terms: add 'governance.data_sharing' (purpose, items, legal basis, retention, security)` }];
    }
    if (terms.personal_data !== true) return [];
    const missing = ["legal_basis", "retention", "security"].filter((key) => terms[key] === void 0);
    return missing.length > 0 ? [{ path: "/governance/data_sharing", message: `personal data is shared without ${joinWords(missing)}: say under 'data_sharing' on what legal basis, for how long and how it is protected` }] : [];
  }
};

// src/rules/ip-terms-missing.ts
var ipTermsMissing = {
  meta: {
    id: "ip-terms-missing",
    severity: "error",
    challenge: 'Unclear agreements (SS "Establish Clear Agreements"; Lambert toolkit for research collaborations)',
    description: "IP or technology is contributed without IP terms."
  },
  check({ charter }) {
    const contribution = firstContributionOf(charter, ["ip", "technology"]);
    if (contribution === void 0 || charter.governance?.ip !== void 0) return [];
    return [
      {
        path: contribution.path,
        message: `partner '${contribution.partner}' contributes ${contribution.type === "ip" ? "IP" : "technology"} but there are no IP terms: add 'governance.ip' (background, foreground, licensing, publication)`
      }
    ];
  }
};

// src/rules/todo-placeholder.ts
var todoPlaceholder = {
  meta: {
    id: "todo-placeholder",
    severity: "warning",
    challenge: 'Vague agreements (SS "Establish Clear Agreements")',
    description: "A value is still a TODO placeholder."
  },
  check({ charter }) {
    const reports = [];
    const stack = [[charter, ""]];
    while (stack.length > 0) {
      const [value, path] = stack.pop();
      if (typeof value === "string") {
        if (value.startsWith("TODO")) reports.push({ path, message: `placeholder left to fill in: ${JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}\u2026` : value)}` });
      } else if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${path}/${i}`]);
      } else if (value !== null && typeof value === "object") {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          if (!keys[i].startsWith("x-")) stack.push([value[keys[i]], `${path}/${pointerSegment(keys[i])}`]);
        }
      }
    }
    return reports;
  }
};

// src/rules/index.ts
var rules = [
  duplicateId,
  unknownReference,
  singleSector,
  goalNotShared,
  partnerWithoutGoal,
  goalAlignmentMissing,
  partnerProfileIncomplete,
  partnerExpectationsMissing,
  partnerWithoutContribution,
  partnerWithoutResponsibility,
  goalWithoutOwner,
  raciAccountableCount,
  raciResponsibleMissing,
  representativeMissing,
  governanceMissing,
  decisionRuleMissing,
  quorumMissing,
  deadlockRuleMissing,
  governanceExcludesPartner,
  powerConcentration,
  conflictResolutionMissing,
  escalationLadderShort,
  escalationStepUnbounded,
  communicationPlanMissing,
  communicationCadenceMissing,
  meetingCadenceMissing,
  reportingMissing,
  culturalNormsUndocumented,
  metricsMissing,
  goalWithoutMetric,
  metricIncomplete,
  metricDirectionConflict,
  reviewCadenceMissing,
  commitmentsMissing,
  commitmentOverdue,
  termMissing,
  termInvalid,
  exitClauseMissing,
  amendmentProcessMissing,
  signatoryMissing,
  dataTermsMissing,
  ipTermsMissing,
  todoPlaceholder
];
var builtinRules = [
  {
    id: "yaml-syntax",
    severity: "error",
    challenge: "A charter everybody can read (the file must be valid YAML 1.2)",
    description: "The file is not valid YAML: syntax error, duplicate key, alias bomb or not UTF-8."
  },
  {
    id: "schema",
    severity: "error",
    challenge: 'Unclear agreements (SS "Establish Clear Agreements": one agreed format)',
    description: "The charter does not match the JSON Schema of the format."
  },
  {
    id: "unused-suppression",
    severity: "info",
    challenge: "Keeping suppressions honest",
    description: "A charter-disable comment silences nothing, or names an unknown rule."
  }
];
var allRuleMeta = [...builtinRules.slice(0, 2), ...rules.map((r) => r.meta), builtinRules[2]];
var configurableRuleIds = /* @__PURE__ */ new Set([...rules.map((r) => r.meta.id), "unused-suppression"]);

export {
  REPOSITORY_URL,
  docsUrl,
  rules,
  allRuleMeta,
  configurableRuleIds
};
