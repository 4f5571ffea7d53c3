import { schema } from '../core/validate.js';
import { isDate, isEmail, type Cadence, type ContributionType, type DecisionRule, type GoalAnswers, type InitAnswers, type PartnerAnswers, type Sector, type UseCase } from './answers.js';
import type { Prompts } from './prompts.js';

type SchemaEnum = { enum: string[] };
const defs = schema.$defs as unknown as Record<string, SchemaEnum & Record<string, unknown>>;
const SECTORS = defs.sector.enum as Sector[];
const CADENCES = defs.cadence.enum.filter((c) => c !== 'as-needed') as Cadence[];
const USE_CASES = (schema.properties.use_case as SchemaEnum).enum as UseCase[];
const CONTRIBUTION_TYPES = ((defs.contribution.properties as Record<string, SchemaEnum>).type.enum) as ContributionType[];

const RULES: { value: DecisionRule; name: string; description: string }[] = [
  { value: 'consensus', name: 'consensus', description: 'a decision stands when no partner objects' },
  { value: 'unanimous', name: 'unanimous', description: 'every voting partner must vote yes' },
  { value: 'majority', name: 'majority', description: 'more than half of the votes cast' },
  { value: 'supermajority', name: 'supermajority', description: 'a larger share, e.g. two thirds, of the votes cast' },
  { value: 'lead-partner', name: 'lead partner', description: 'one partner decides after consulting the others' },
];

/** The parts of the interview, so that "change my answers" asks one part again, not all. */
export const SECTIONS = [
  { id: 'partnership', name: 'The partnership: name, kind, vision, challenge' },
  { id: 'partners', name: 'Partners: what each brings and expects, who represents and signs for it' },
  { id: 'goals', name: 'Goals: who shares and owns each, and how it is measured' },
  { id: 'governance', name: 'Governance: decisions, meetings, communication, disputes, exit, data and IP' },
  { id: 'terms', name: 'Term and the legal nature of the agreement' },
] as const;
export type SectionId = (typeof SECTIONS)[number]['id'];

const required = (what: string) => (value: string) => (value.trim() === '' ? `${what} is needed` : true);
const optionalDate = (value: string) => value.trim() === '' || isDate(value.trim()) || 'write the date as YYYY-MM-DD, e.g. 2027-06-30 (or leave it empty)';
const optionalEmail = (value: string) => value.trim() === '' || isEmail(value.trim()) || 'write an email address like name@example.org (or leave it empty)';
const optionalNumber = (value: string) => value.trim() === '' || Number.isFinite(Number(value.trim())) || 'write a number, e.g. 120 or 0.5 (or leave it empty)';
const optionalDays = (value: string) => value.trim() === '' || /^\d+$/.test(value.trim()) || 'write a whole number of days, e.g. 90 (or leave it empty)';
const parseFraction = (text: string) => Number(text.trim().replace(/%$/, '')) / (text.trim().endsWith('%') ? 100 : 1);
const fraction = (value: string) => (value.trim() !== '' && parseFraction(value) > 0 && parseFraction(value) <= 1) || 'a share between 0 and 1, e.g. 0.5 or 50%';
const optionalFraction = (value: string) => value.trim() === '' || fraction(value);
const numberOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));

/** An optional free-text question: the trimmed answer, or undefined when left empty. */
async function ask(prompts: Prompts, message: string, previous?: string, validate?: (value: string) => true | string): Promise<string | undefined> {
  const answer = (await prompts.input({ message: `${message} (empty: fill in later):`, default: previous, validate })).trim();
  return answer === '' ? undefined : answer;
}

/**
 * The interview, part by part. `previous` fills in the defaults when the user goes back after
 * the review; `only` asks that one part again and keeps the other answers.
 */
export async function interview(prompts: Prompts, previous?: InitAnswers, only?: SectionId): Promise<InitAnswers> {
  let answers: InitAnswers = previous ?? { partners: [], goals: [] };
  const parts: Record<SectionId, () => Promise<Partial<InitAnswers>>> = {
    partnership: () => askPartnership(prompts, answers),
    partners: () => askPartners(prompts, answers),
    goals: () => askGoals(prompts, answers),
    governance: () => askGovernance(prompts, answers),
    terms: () => askTerms(prompts, answers),
  };
  for (const { id } of SECTIONS) {
    if (only !== undefined && id !== only) continue;
    answers = withValidIndexes({ ...answers, ...(await parts[id]()) });
  }
  return answers;
}

/** After the partners change, goals and the lead may point past the end of the list. */
function withValidIndexes(answers: InitAnswers): InitAnswers {
  const count = answers.partners.length;
  const goals = answers.goals.map((g) => {
    const partners = g.partners.filter((i) => i < count);
    const alignment = Object.fromEntries(Object.entries(g.alignment ?? {}).filter(([i]) => Number(i) < count));
    return { ...g, partners: partners.length > 0 ? partners : answers.partners.map((_, i) => i), owner: g.owner !== undefined && g.owner < count ? g.owner : undefined, alignment };
  });
  return { ...answers, goals, lead: answers.lead !== undefined && answers.lead < count ? answers.lead : undefined };
}

async function askPartnership(prompts: Prompts, before: InitAnswers): Promise<Partial<InitAnswers>> {
  const title = (await prompts.input({ message: 'Name of the partnership:', default: before.title, validate: required('a name') })).trim();
  const useCase = await prompts.select<UseCase>({
    message: 'What kind of partnership is it?',
    choices: USE_CASES.map((u) => ({ name: u.replace(/-/g, ' '), value: u })),
    // No kind is more likely than another: the general one, unless chosen before.
    default: before.useCase ?? 'other',
  });
  const vision = await ask(prompts, 'The mutual vision, in one sentence', before.vision);
  const challenge = await ask(prompts, 'The problem none of the partners can solve alone', before.challenge);
  return { title, useCase, vision, challenge };
}

async function askPartners(prompts: Prompts, before: InitAnswers): Promise<Partial<InitAnswers>> {
  prompts.say('\nPartners: a cross-sector partnership has at least two organisations, from at least two sectors.\n');
  const partners: PartnerAnswers[] = [];
  for (let i = 0; ; i++) {
    partners.push(await askPartner(prompts, i, before.partners[i]));
    const sectors = new Set(partners.map((p) => p.sector));
    if (partners.length >= 2 && sectors.size === 1) {
      prompts.say(`\nNote: every partner so far is from the ${partners[0].sector} sector. A cross-sector partnership needs partners from at least two sectors; \`charter lint\` reports this as single-sector.\n`);
    }
    const more = partners.length < 2 || (await prompts.confirm({ message: 'Add another partner?', default: before.partners.length > partners.length || sectors.size === 1 }));
    if (!more) break;
  }
  const sectors = await askSectors(prompts, partners, before.sectors);
  return { partners, sectors };
}

async function askPartner(prompts: Prompts, i: number, before: PartnerAnswers | undefined): Promise<PartnerAnswers> {
  const name = (await prompts.input({ message: `Partner ${i + 1}, name of the organisation:`, default: before?.name, validate: required('a name') })).trim();
  const sector = await prompts.select<Sector>({ message: `Sector of ${name}:`, choices: SECTORS.map((s) => ({ name: s, value: s })), default: before?.sector });
  const contributions: NonNullable<PartnerAnswers['contributions']> = [];
  for (let c = 0; ; c++) {
    const earlier = before?.contributions?.[c];
    const type = await prompts.select<ContributionType>({
      message: c === 0 ? `What does ${name} contribute? Choose the kind:` : `What else does ${name} contribute? Choose the kind:`,
      choices: CONTRIBUTION_TYPES.map((t) => ({ name: t, value: t })),
      default: earlier?.type,
    });
    const description = await ask(prompts, 'In a few words, what exactly', earlier?.description);
    contributions.push({ type, description });
    if (!(await prompts.confirm({ message: `Does ${name} contribute anything else?`, default: (before?.contributions?.length ?? 1) > contributions.length }))) break;
  }
  const expectations = await ask(prompts, `What does ${name} expect in return`, before?.expectations);
  const responsibility = await ask(prompts, `What is ${name} responsible for in the partnership`, before?.responsibility);
  const profile = await prompts.confirm({ message: `Describe ${name}'s mission, strengths, limitations and motivations now?`, default: before?.mission !== undefined });
  const described = profile
    ? {
        mission: await ask(prompts, `${name}'s own mission`, before?.mission),
        strengths: await ask(prompts, `What ${name} is good at`, before?.strengths),
        limitations: await ask(prompts, `What ${name} cannot do`, before?.limitations),
        motivations: await ask(prompts, `Why ${name} joins`, before?.motivations),
      }
    : {};
  const repName = await ask(prompts, `Who represents ${name} day to day? Name`, before?.representative?.name);
  const representative = repName
    ? {
        name: repName,
        role: await ask(prompts, `${repName}'s role`, before?.representative?.role),
        email: await ask(prompts, `Email of ${repName}`, before?.representative?.email, optionalEmail),
      }
    : undefined;
  const signer = (await prompts.input({ message: `Who signs the agreement for ${name}? Name (empty: fill in later):`, default: before?.signatory?.name ?? repName })).trim();
  const signatory = signer === '' ? undefined : { name: signer, title: await ask(prompts, `${signer}'s title`, before?.signatory?.title ?? (signer === repName ? representative?.role : undefined)) };
  return { name, sector, contributions, expectations, responsibility, ...described, representative, signatory };
}

async function askSectors(prompts: Prompts, partners: PartnerAnswers[], before: InitAnswers['sectors']): Promise<InitAnswers['sectors']> {
  const sectors = [...new Set(partners.map((p) => p.sector))];
  const now = await prompts.confirm({ message: `Describe how each sector works (${sectors.join(', ')}) and how the partnership bridges the differences, now?`, default: before !== undefined });
  if (!now) return undefined;
  const described: NonNullable<InitAnswers['sectors']> = {};
  for (const sector of sectors) {
    described[sector] = {
      norms: await ask(prompts, `How do the ${sector} partners work, e.g. budget cycle, pace of decisions`, before?.[sector]?.norms),
      bridging: await ask(prompts, `What does the partnership do to bridge the ${sector} way of working`, before?.[sector]?.bridging),
    };
  }
  return described;
}

async function askGoals(prompts: Prompts, before: InitAnswers): Promise<Partial<InitAnswers>> {
  prompts.say('\nShared goals: what the partners pursue together, who owns each, and how progress is measured.\n');
  const partners = before.partners;
  const goals: GoalAnswers[] = [];
  for (let g = 0; ; g++) {
    const earlier = before.goals[g];
    const title = (await prompts.input({ message: `Goal ${g + 1}:`, default: earlier?.title, validate: required('a goal') })).trim();
    const sharedBy = await prompts.checkbox<number>({
      message: 'Which partners share it?',
      choices: partners.map((p, i) => ({ name: p.name, value: i, checked: earlier?.partners.includes(i) ?? true })),
      validate: (values) => values.length >= 1 || 'choose at least one partner (two or more make it a shared goal)',
    });
    const owner = await prompts.select<number>({
      message: 'Who owns it (the one partner accountable)?',
      choices: sharedBy.map((i) => ({ name: partners[i].name, value: i })),
      default: earlier?.owner !== undefined && sharedBy.includes(earlier.owner) ? earlier.owner : undefined,
    });
    const due = await ask(prompts, 'Due date, YYYY-MM-DD', earlier?.due, optionalDate);
    const alignment: Record<number, string> = {};
    for (const i of sharedBy) {
      const why = await ask(prompts, `Why does this goal matter to ${partners[i].name}`, earlier?.alignment?.[i]);
      if (why !== undefined) alignment[i] = why;
    }
    const metricName = await ask(prompts, 'How is progress measured? Name of the measure, e.g. "Cycling accidents per year"', earlier?.metric?.name);
    const metric = metricName && {
      name: metricName,
      unit: await ask(prompts, 'Its unit, e.g. "accidents" or "%"', earlier?.metric?.unit),
      baseline: numberOrUndefined(await prompts.input({ message: 'Its value today, the baseline (a number; empty: fill in later):', default: earlier?.metric?.baseline?.toString(), validate: optionalNumber })),
      target: numberOrUndefined(await prompts.input({ message: 'The target value (a number; empty: fill in later):', default: earlier?.metric?.target?.toString(), validate: optionalNumber })),
      frequency: await prompts.select<Cadence>({ message: 'How often is it measured?', choices: CADENCES.map((c) => ({ name: c, value: c })), default: earlier?.metric?.frequency ?? 'quarterly' }),
      source: await ask(prompts, 'Where the numbers come from', earlier?.metric?.source),
    };
    goals.push({ title, partners: sharedBy, owner, due, alignment, metric: metric || undefined });
    if (!(await prompts.confirm({ message: 'Add another goal?', default: before.goals.length > goals.length }))) break;
  }
  return { goals };
}

async function askGovernance(prompts: Prompts, before: InitAnswers): Promise<Partial<InitAnswers>> {
  prompts.say('\nGovernance: how decisions are taken, how partners talk, how disputes end and how a partner leaves.\n');
  const partners = before.partners;
  const decisionRule = await prompts.select<DecisionRule>({
    message: 'How does the partnership take decisions?',
    choices: RULES.map((r) => ({ name: `${r.name}: ${r.description}`, value: r.value })),
    default: before.decisionRule,
  });
  const lead = decisionRule === 'lead-partner' ? await prompts.select<number>({ message: 'Which partner leads?', choices: partners.map((p, i) => ({ name: p.name, value: i })), default: before.lead }) : undefined;
  const thresholdText =
    decisionRule === 'majority' || decisionRule === 'supermajority'
      ? await prompts.input({ message: 'Share of the votes needed to pass (e.g. 0.67 or 67%; empty: fill in later):', default: before.threshold?.toString(), validate: optionalFraction })
      : '';
  const quorumText = await prompts.input({ message: 'Quorum: share of the seats that must be present to decide (e.g. 0.5 or 50%):', default: String(before.quorum ?? '0.5'), validate: fraction });
  const tieBreak = await ask(prompts, 'When the partners cannot agree or votes are tied, what happens', before.tieBreak);
  const meetingCadence = await prompts.select<Cadence>({ message: 'How often does the steering committee meet?', choices: CADENCES.map((c) => ({ name: c, value: c })), default: before.meetingCadence ?? 'monthly' });
  const channel = await ask(prompts, 'Where do the partners talk between meetings, e.g. "a shared workspace and a monthly call"', before.channel);
  const communicationCadence = await prompts.select<Cadence>({ message: 'How often do the partners update each other?', choices: CADENCES.map((c) => ({ name: c, value: c })), default: before.communicationCadence ?? 'biweekly' });
  const reportingAudience = await ask(prompts, 'Who receives the progress reports, e.g. "the partners\' boards"', before.reportingAudience);
  const reportingCadence = await prompts.select<Cadence>({ message: 'How often is progress reported?', choices: CADENCES.map((c) => ({ name: c, value: c })), default: before.reportingCadence ?? 'quarterly' });
  const escalationLadder = await prompts.confirm({
    message: 'Add the default escalation ladder (project leads 10 days, steering committee 30 days, external mediator 60 days)?',
    default: before.escalationLadder ?? true,
  });
  const amendmentProcess = await ask(prompts, 'How is this charter changed', before.amendmentProcess ?? 'A partner proposes a change in writing; the Steering Committee decides on it at its next meeting.');
  const amendmentApproval = await prompts.select<DecisionRule>({ message: 'Which rule approves a change to the charter?', choices: RULES.map((r) => ({ name: r.name, value: r.value })), default: before.amendmentApproval ?? decisionRule });
  const noticeDays = numberOrUndefined(await prompts.input({ message: 'Days of notice a partner gives before leaving (empty: fill in later):', default: String(before.exit?.noticeDays ?? 90), validate: optionalDays }));
  const obligations = await ask(prompts, 'What does a leaving partner still owe', before.exit?.obligations);
  const assets = await ask(prompts, 'What happens to shared data, IP and assets when a partner leaves', before.exit?.assets);
  const contributes = (...types: string[]) => partners.some((p) => p.contributions?.some((c) => types.includes(c.type)));
  let dataSharing: InitAnswers['dataSharing'];
  if (contributes('data')) {
    prompts.say('\nData is contributed, so the charter needs data-sharing terms.\n');
    const personalData = await prompts.confirm({ message: 'Is personal data shared?', default: before.dataSharing?.personalData ?? false });
    dataSharing = {
      purpose: await ask(prompts, 'Why is data shared', before.dataSharing?.purpose),
      items: await ask(prompts, 'Which data', before.dataSharing?.items),
      personalData,
      legalBasis: personalData ? await ask(prompts, 'The legal basis for processing it', before.dataSharing?.legalBasis) : undefined,
      retention: await ask(prompts, 'How long is it kept', before.dataSharing?.retention),
      security: await ask(prompts, 'How is it protected', before.dataSharing?.security),
    };
  }
  let ip: InitAnswers['ip'];
  if (contributes('ip', 'technology')) {
    prompts.say('\nIP or technology is contributed, so the charter needs IP terms.\n');
    ip = {
      background: await ask(prompts, 'What happens to the IP each partner brings in', before.ip?.background),
      foreground: await ask(prompts, 'Who owns what the partnership creates', before.ip?.foreground),
    };
  }
  return {
    decisionRule,
    lead,
    threshold: thresholdText.trim() === '' ? undefined : parseFraction(thresholdText),
    quorum: parseFraction(quorumText),
    tieBreak,
    meetingCadence,
    channel,
    communicationCadence,
    reportingAudience,
    reportingCadence,
    escalationLadder,
    amendmentProcess,
    amendmentApproval,
    exit: { noticeDays, obligations, assets },
    dataSharing,
    ip,
  };
}

async function askTerms(prompts: Prompts, before: InitAnswers): Promise<Partial<InitAnswers>> {
  prompts.say('\nThe term and the legal nature of the agreement.\n');
  const start = await ask(prompts, 'First day of the partnership, YYYY-MM-DD (the agreement takes effect then)', before.term?.start, optionalDate);
  const end = await ask(prompts, 'Last day, YYYY-MM-DD', before.term?.end, (value) => {
    const valid = optionalDate(value);
    if (valid !== true || value.trim() === '' || start === undefined) return valid;
    return value.trim() > start || `the last day must come after the first, ${start}`;
  });
  const review = await prompts.select<Cadence>({ message: 'How often do the partners review this charter?', choices: CADENCES.map((c) => ({ name: c, value: c })), default: before.term?.review ?? 'annual' });
  const binding = await prompts.select<boolean>({
    message: 'Is this charter itself legally binding?',
    choices: [
      { name: 'no: it records how the partners work together; money, IP and data sit in separate contracts', value: false },
      { name: 'yes: the charter is a binding contract', value: true },
    ],
    default: before.agreement?.binding ?? false,
  });
  const governingLaw = await ask(prompts, 'The law that governs it, e.g. "the laws of the Netherlands"', before.agreement?.governingLaw);
  return { term: { start, end, review }, agreement: { binding, governingLaw } };
}

const MEETS: Record<Cadence, string> = {
  weekly: 'every week',
  biweekly: 'every two weeks',
  monthly: 'every month',
  quarterly: 'every quarter',
  semiannual: 'twice a year',
  annual: 'once a year',
  'as-needed': 'as needed',
};

/** The review shown before writing: partners, goals and what is still to fill in. */
export function reviewText(answers: InitAnswers, todos: readonly string[]): string {
  const lines = [`\n${answers.title ?? 'Untitled partnership'}${answers.useCase ? ` (${answers.useCase})` : ''}`, '', 'Partners:'];
  for (const p of answers.partners) lines.push(`  - ${p.name} (${p.sector})${p.representative ? `, represented by ${p.representative.name}` : ''}${p.signatory ? `, signed by ${p.signatory.name}` : ''}`);
  const sectors = new Set(answers.partners.map((p) => p.sector));
  if (answers.partners.length > 1 && sectors.size === 1) lines.push(`  Warning: all partners are from the ${[...sectors][0]} sector; \`charter lint\` will report single-sector.`);
  lines.push('', 'Goals:');
  for (const g of answers.goals) lines.push(`  - ${g.title}, owned by ${answers.partners[g.owner ?? g.partners[0]]?.name ?? 'nobody yet'}${g.due ? `, due ${g.due}` : ''}`);
  const meets = answers.meetingCadence ? MEETS[answers.meetingCadence] : 'at a rhythm still to decide';
  const lead = answers.lead !== undefined ? ` (${answers.partners[answers.lead]?.name} leads)` : '';
  lines.push('', `Decisions by ${answers.decisionRule ?? 'a rule still to choose'}${lead}; the steering committee meets ${meets}.`);
  if (answers.term?.start || answers.term?.end) lines.push(`Term: ${answers.term.start ?? '?'} to ${answers.term.end ?? '?'}.`);
  if (todos.length === 0) lines.push('', 'Nothing is left as TODO; `charter lint` checks the rest.');
  else {
    lines.push('', `Still to fill in after writing (${todos.length} TODO placeholder${todos.length === 1 ? '' : 's'}), e.g.:`);
    for (const t of todos.slice(0, 6)) lines.push(`  - ${t}`);
    if (todos.length > 6) lines.push(`  - … and ${todos.length - 6} more; \`charter lint\` lists them all`);
  }
  return lines.join('\n') + '\n';
}
