import { stringify } from 'yaml';
import type { InitAnswers } from './answers.js';
import { uniqueSlug } from './answers.js';

const todo = (what: string) => `TODO: ${what}`;

/** One section of the file: a comment on what belongs there and why, then the YAML. */
interface Section {
  comment: string[];
  value?: Record<string, unknown>;
  /** Shown commented out, for fields with a format the user has to fill in. */
  hint?: string[];
}

function block(section: Section): string {
  const lines = section.comment.map((c) => `# ${c}`);
  if (section.value) lines.push(stringify(section.value, { lineWidth: 0 }).trimEnd());
  if (section.hint) lines.push(...section.hint.map((h) => `# ${h}`));
  return lines.join('\n');
}

/**
 * Answers → the text of a new charter: the editor directive, sections in the format's order,
 * a comment above each saying what belongs there and which challenge it prevents, and TODO
 * placeholders (or commented hints, for dates, numbers and fixed vocabularies) for the rest.
 */
export function scaffoldCharter(answers: InitAnswers, schemaRef: string): string {
  const ids = new Set<string>();
  const partners = answers.partners.map((p, i) => ({ ...p, id: uniqueSlug(p.name, ids, `partner-${i + 1}`) }));
  const goalIds = new Set<string>();
  const goals = answers.goals.map((g, i) => ({ ...g, id: uniqueSlug(g.title, goalIds, `goal-${i + 1}`) }));
  const title = answers.title ?? todo('name of the partnership');
  const sectors = [...new Set(partners.map((p) => p.sector))];
  const contributes = (type: string) => partners.some((p) => p.contribution?.type === type);
  const rule = answers.decisionRule;

  const sections: Section[] = [
    {
      comment: ['A cross-sector partnership charter, format 1. `charter lint` checks it; `charter render` drafts the agreement.'],
      value: {
        charter: 1,
        id: uniqueSlug(answers.title ?? 'partnership', new Set(), 'partnership'),
        title,
        status: 'draft',
        version: '0.1.0',
        ...(answers.useCase ? { use_case: answers.useCase } : {}),
        summary: todo('one paragraph for the cover page: who partners, to do what'),
      },
    },
    {
      comment: ['The mutual vision and the challenge none of the partners can solve alone.', 'Prevents misaligned objectives: every partner signs up to the same vision.'],
      value: { vision: answers.vision ?? todo('the mutual vision all partners sign up to'), challenge: { statement: todo('the problem the partnership exists to solve') } },
    },
    {
      comment: ['How long the partnership runs, and how often the partners review this charter.', 'Prevents vague agreements: partners know how long they commit.'],
      hint: ['term:', '  start: 2026-01-01     # first day, YYYY-MM-DD', '  end: 2028-12-31       # last day, YYYY-MM-DD', '  review: annual        # weekly, biweekly, monthly, quarterly, semiannual, annual'],
    },
    {
      comment: ['How each sector works and how the partnership bridges it.', 'Prevents clashes of culture between sectors (cultural differences).'],
      value: { sectors: Object.fromEntries(sectors.map((s) => [s, { norms: [todo(`how the ${s} partners work, e.g. budget cycle, decision speed`)], bridging: [todo(`what the partnership does to bridge the ${s} sector's way of working`)] }])) },
    },
    {
      comment: ['The organisations: what each brings and what each expects back, and who speaks and signs for it.', 'Prevents unclear roles and misaligned expectations.'],
      value: {
        partners: partners.map((p) => ({
          id: p.id,
          name: p.name,
          sector: p.sector,
          mission: todo(`${p.name}'s own mission`),
          strengths: [todo('what it is good at')],
          limitations: [todo('what it cannot do')],
          motivations: [todo('why it joins')],
          expectations: [todo('what it expects back')],
          contributions: [{ type: p.contribution?.type ?? 'other', description: p.contribution?.description || todo(`what ${p.name} contributes`) }],
          ...(p.representative ? { representative: { name: p.representative.name, ...(p.representative.email ? { email: p.representative.email } : {}), role: todo('role') } } : {}),
          signatory: { name: todo('who signs for this partner'), title: todo('their title') },
        })),
      },
    },
    {
      comment: ['Shared objectives: who shares each, who owns it, and why it matters to each partner.', 'Prevents misaligned objectives (identify common goals).'],
      value: {
        goals: goals.map((g) => {
          const shared = g.partners.map((i) => partners[i]);
          const owner = g.owner === undefined ? shared[0] : partners[g.owner];
          return {
            id: g.id,
            title: g.title,
            partners: shared.map((p) => p.id),
            ...(owner ? { owner: owner.id } : {}),
            alignment: Object.fromEntries(shared.map((p) => [p.id, todo(`how this goal serves ${p.name}'s mission`)])),
            ...(g.due ? { due: g.due } : {}),
          };
        }),
      },
    },
    {
      comment: ['What each partner is responsible for.', 'Prevents unclear roles and responsibilities.'],
      value: { roles: partners.map((p) => ({ partner: p.id, responsibilities: [todo(`what ${p.name} is responsible for`)] })) },
    },
    {
      comment: ['How decisions are made, how partners communicate, how conflicts are resolved, and the terms of the agreement.', 'Prevents the lack of a rule for conflicts, communication barriers and vague agreements.'],
      value: {
        governance: {
          body: { name: 'Steering Committee', members: partners.map((p) => ({ partner: p.id, seats: 1 })) },
          decision_making: {
            ...(rule ? { rule } : {}),
            ...(answers.quorum !== undefined ? { quorum: answers.quorum } : {}),
            ...(rule === 'consensus' || rule === 'unanimous' ? { tie_break: todo('what happens when the partners cannot agree') } : {}),
          },
          ...(answers.meetingCadence ? { meetings: { cadence: answers.meetingCadence } } : {}),
          communication: { channels: [todo('where partners talk, e.g. monthly partner call')], reporting: { audience: [todo('who receives progress reports')] } },
          conflict_resolution: {
            steps: answers.escalationLadder
              ? [
                  { level: 'project leads', within_days: 10 },
                  { level: 'Steering Committee', within_days: 30 },
                  { level: 'external mediator', within_days: 60 },
                ]
              : [{ level: todo('who handles a dispute first') }, { level: todo('where it goes next') }],
          },
          amendments: { process: todo('how this charter is changed') },
          exit: { obligations: todo('what a leaving partner still owes'), assets: todo('what happens to shared data, IP and assets') },
          ...(contributes('data') ? { data_sharing: { purpose: todo('why data is shared'), items: todo('which data'), legal_basis: todo('legal basis'), retention: todo('how long it is kept'), security: todo('how it is protected') } } : {}),
          ...(contributes('ip') || contributes('technology') ? { ip: { background: todo('IP each partner brings in'), foreground: todo('who owns what is created') } } : {}),
        },
      },
      hint: ['Still to decide: communication.cadence and reporting.cadence (weekly … annual), exit.notice_days (a number),', 'amendments.approval (consensus, unanimous, majority, supermajority or lead-partner).'],
    },
    {
      comment: ['How impact is measured: at least one metric per goal, with a baseline and a target.', 'Prevents the lack of any measure of impact.'],
      value: {
        metrics: goals.map((g) => {
          const owner = g.owner === undefined ? partners[g.partners[0]] : partners[g.owner];
          return { id: `${g.id.slice(0, 56)}-metric`, name: todo(`how progress on "${g.title}" is measured`), goal: g.id, unit: todo('unit'), source: todo('where the data comes from'), ...(owner ? { owner: owner.id } : {}) };
        }),
      },
      hint: ['Each metric also needs numbers: baseline: 0, target: 100, direction: increase, frequency: quarterly.'],
    },
    {
      comment: ['Concrete deliverables with due dates: delivering them builds trust.'],
      hint: ['commitments:', '  - partner: <partner id>', '    description: what is delivered', '    due: 2026-06-30', '    status: planned'],
    },
  ];
  return `# yaml-language-server: $schema=${schemaRef}\n${sections.map(block).join('\n\n')}\n`;
}
