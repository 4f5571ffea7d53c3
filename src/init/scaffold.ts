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
  if (section.hint?.length) lines.push(...section.hint.map((h) => `# ${h}`));
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
  const contributes = (...types: string[]) => partners.some((p) => p.contributions?.some((c) => types.includes(c.type)));
  const rule = answers.decisionRule;
  const or = (value: string | undefined, what: string) => value ?? todo(what);
  const term = answers.term && Object.fromEntries(Object.entries(answers.term).filter(([, v]) => v !== undefined));
  const data = answers.dataSharing;
  const sameSector = partners.length > 1 && sectors.length === 1;

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
        summary: summaryOf(answers) ?? todo('one paragraph for the cover page: who partners, to do what'),
      },
    },
    {
      comment: ['The mutual vision and the challenge none of the partners can solve alone.', 'Prevents misaligned objectives: every partner signs up to the same vision.'],
      value: { vision: or(answers.vision, 'the mutual vision all partners sign up to'), challenge: { statement: or(answers.challenge, 'the problem the partnership exists to solve') } },
    },
    {
      comment: ['How long the partnership runs (the agreement takes effect on the first day), and how often the partners review this charter.', 'Prevents vague agreements: partners know how long they commit.'],
      ...(term && Object.keys(term).length > 0 ? { value: { term } } : {}),
      hint: term?.start && term.end ? undefined : ['term:', '  start: 2026-01-01     # first day, YYYY-MM-DD', '  end: 2028-12-31       # last day, YYYY-MM-DD', '  review: annual        # weekly, biweekly, monthly, quarterly, semiannual, annual'],
    },
    {
      comment: ['The legal nature of this charter.', 'Prevents vague agreements: everyone knows what signing it means.'],
      value: {
        agreement: {
          binding: answers.agreement?.binding ?? false,
          governing_law: or(answers.agreement?.governingLaw, 'the law that governs the agreement, e.g. the laws of the Netherlands'),
        },
      },
    },
    {
      comment: ['How each sector works and how the partnership bridges it.', 'Prevents clashes of culture between sectors (cultural differences).'],
      value: {
        sectors: Object.fromEntries(
          sectors.map((s) => [
            s,
            {
              norms: [or(answers.sectors?.[s]?.norms, `how the ${s} partners work, e.g. budget cycle, decision speed`)],
              bridging: [or(answers.sectors?.[s]?.bridging, `what the partnership does to bridge the ${s} sector's way of working`)],
            },
          ]),
        ),
      },
    },
    {
      comment: [
        'The organisations: what each brings and what each expects back, and who speaks and signs for it.',
        'Prevents unclear roles and misaligned expectations.',
        ...(sameSector ? [`Warning: every partner is from the ${sectors[0]} sector; a cross-sector partnership needs at least two (lint: single-sector).`] : []),
      ],
      value: {
        partners: partners.map((p) => ({
          id: p.id,
          name: p.name,
          sector: p.sector,
          mission: or(p.mission, `${p.name}'s own mission`),
          strengths: [or(p.strengths, 'what it is good at')],
          limitations: [or(p.limitations, 'what it cannot do')],
          motivations: [or(p.motivations, 'why it joins')],
          expectations: [or(p.expectations, 'what it expects back')],
          contributions: (p.contributions?.length ? p.contributions : [{ type: 'other' as const }]).map((c) => ({ type: c.type, description: or(c.description, `what ${p.name} contributes`) })),
          ...(p.representative
            ? { representative: { name: p.representative.name, role: or(p.representative.role, 'role'), ...(p.representative.email ? { email: p.representative.email } : {}) } }
            : {}),
          signatory: { name: or(p.signatory?.name, 'who signs for this partner'), title: or(p.signatory?.title, 'their title') },
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
            alignment: Object.fromEntries(g.partners.map((i) => [partners[i].id, or(g.alignment?.[i], `how this goal serves ${partners[i].name}'s mission`)])),
            ...(g.due ? { due: g.due } : {}),
          };
        }),
      },
    },
    {
      comment: ['What each partner is responsible for.', 'Prevents unclear roles and responsibilities.'],
      value: { roles: partners.map((p) => ({ partner: p.id, responsibilities: [or(p.responsibility, `what ${p.name} is responsible for`)] })) },
    },
    {
      comment: ['How decisions are made, how partners communicate, how conflicts are resolved, and the terms of the agreement.', 'Prevents the lack of a rule for conflicts, communication barriers and vague agreements.'],
      value: {
        governance: {
          body: { name: 'Steering Committee', members: partners.map((p) => ({ partner: p.id, seats: 1 })) },
          decision_making: {
            ...(rule ? { rule } : {}),
            ...(answers.lead !== undefined && partners[answers.lead] ? { lead: partners[answers.lead].id } : {}),
            ...(answers.quorum !== undefined ? { quorum: answers.quorum } : {}),
            ...(answers.threshold !== undefined ? { threshold: answers.threshold } : {}),
            ...(answers.tieBreak !== undefined || rule === 'consensus' || rule === 'unanimous' ? { tie_break: or(answers.tieBreak, 'what happens when the partners cannot agree') } : {}),
          },
          ...(answers.meetingCadence ? { meetings: { cadence: answers.meetingCadence } } : {}),
          communication: {
            channels: [or(answers.channel, 'where partners talk, e.g. monthly partner call')],
            ...(answers.communicationCadence ? { cadence: answers.communicationCadence } : {}),
            reporting: { audience: [or(answers.reportingAudience, 'who receives progress reports')], ...(answers.reportingCadence ? { cadence: answers.reportingCadence } : {}) },
          },
          conflict_resolution: {
            steps: answers.escalationLadder
              ? [
                  { level: 'project leads', within_days: 10 },
                  { level: 'Steering Committee', within_days: 30 },
                  { level: 'external mediator', within_days: 60 },
                ]
              : [{ level: todo('who handles a dispute first') }, { level: todo('where it goes next') }],
          },
          amendments: { process: or(answers.amendmentProcess, 'how this charter is changed'), ...(answers.amendmentApproval ? { approval: answers.amendmentApproval } : {}) },
          exit: {
            ...(answers.exit?.noticeDays !== undefined ? { notice_days: answers.exit.noticeDays } : {}),
            obligations: or(answers.exit?.obligations, 'what a leaving partner still owes'),
            assets: or(answers.exit?.assets, 'what happens to shared data, IP and assets'),
          },
          ...(contributes('data')
            ? {
                data_sharing: {
                  purpose: or(data?.purpose, 'why data is shared'),
                  items: or(data?.items, 'which data'),
                  ...(data?.personalData !== undefined ? { personal_data: data.personalData } : {}),
                  ...(data?.personalData === false ? {} : { legal_basis: or(data?.legalBasis, 'legal basis') }),
                  retention: or(data?.retention, 'how long it is kept'),
                  security: or(data?.security, 'how it is protected'),
                },
              }
            : {}),
          ...(contributes('ip', 'technology') ? { ip: { background: or(answers.ip?.background, 'IP each partner brings in'), foreground: or(answers.ip?.foreground, 'who owns what is created') } } : {}),
        },
      },
      hint: [
        ...(answers.communicationCadence ? [] : ['Still to decide: communication.cadence and reporting.cadence (weekly … annual).']),
        ...(answers.exit?.noticeDays === undefined ? ['Still to decide: exit.notice_days (a number of days).'] : []),
        ...(answers.amendmentApproval ? [] : ['Still to decide: amendments.approval (consensus, unanimous, majority, supermajority or lead-partner).']),
      ],
    },
    {
      comment: ['How impact is measured: at least one metric per goal, with a baseline and a target.', 'Prevents the lack of any measure of impact.'],
      value: {
        metrics: goals.map((g) => {
          const owner = g.owner === undefined ? partners[g.partners[0]] : partners[g.owner];
          const m = g.metric;
          const direction = m?.baseline === undefined || m.target === undefined ? undefined : m.target > m.baseline ? 'increase' : m.target < m.baseline ? 'decrease' : 'maintain';
          return {
            id: `${g.id}-metric`,
            name: or(m?.name, `how progress on "${g.title}" is measured`),
            goal: g.id,
            ...(m?.baseline !== undefined ? { baseline: m.baseline } : {}),
            ...(m?.target !== undefined ? { target: m.target } : {}),
            ...(direction ? { direction } : {}),
            unit: or(m?.unit, 'unit'),
            ...(m?.frequency ? { frequency: m.frequency } : {}),
            source: or(m?.source, 'where the data comes from'),
            ...(owner ? { owner: owner.id } : {}),
          };
        }),
      },
      hint: goals.every((g) => g.metric?.baseline !== undefined && g.metric.target !== undefined) ? undefined : ['Each metric also needs numbers: baseline: 0, target: 100, direction: increase, frequency: quarterly.'],
    },
    {
      comment: ['Concrete deliverables with due dates: delivering them builds trust.'],
      hint: ['commitments:', '  - partner: <partner id>', '    description: what is delivered', '    due: 2026-06-30', '    status: planned'],
    },
  ];
  return `# yaml-language-server: $schema=${schemaRef}\n${sections.map(block).join('\n\n')}\n`;
}

/** A first summary from the answers: who partners, to do what. */
function summaryOf(answers: InitAnswers): string | undefined {
  const names = answers.partners.map((p) => p.name);
  if (names.length < 2 || names.some((n) => n.startsWith('TODO')) || answers.goals.some((g) => g.title.startsWith('TODO'))) return undefined;
  const list = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${list} work together towards: ${answers.goals.map((g) => g.title.replace(/[.;]+$/, '')).join('; ')}.`;
}
