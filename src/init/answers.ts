import type { Charter } from '../generated/charter-types.js';

export type Sector = Charter['partners'][number]['sector'];
export type UseCase = NonNullable<Charter['use_case']>;
export type Cadence = NonNullable<NonNullable<Charter['term']>['review']>;
export type DecisionRule = NonNullable<NonNullable<NonNullable<Charter['governance']>['decision_making']>['rule']>;
export type ContributionType = NonNullable<Charter['partners'][number]['contributions']>[number]['type'];

export interface PartnerAnswers {
  name: string;
  sector: Sector;
  contributions?: { type: ContributionType; description?: string }[];
  mission?: string;
  strengths?: string;
  limitations?: string;
  motivations?: string;
  expectations?: string;
  responsibility?: string;
  representative?: { name: string; role?: string; email?: string };
  signatory?: { name: string; title?: string };
}

export interface GoalAnswers {
  title: string;
  /** Indexes into `partners`. */
  partners: number[];
  owner?: number;
  due?: string;
  /** Why the goal matters, by partner index. */
  alignment?: Record<number, string>;
  metric?: { name: string; unit?: string; baseline?: number; target?: number; frequency?: Cadence; source?: string };
}

/** What the interview (or the flags) collected; what is missing is scaffolded as TODO. */
export interface InitAnswers {
  title?: string;
  useCase?: UseCase;
  vision?: string;
  challenge?: string;
  partners: PartnerAnswers[];
  /** How each sector works and how the partnership bridges it. */
  sectors?: Partial<Record<Sector, { norms?: string; bridging?: string }>>;
  goals: GoalAnswers[];
  decisionRule?: DecisionRule;
  /** Index of the partner who decides under the lead-partner rule. */
  lead?: number;
  quorum?: number;
  threshold?: number;
  tieBreak?: string;
  meetingCadence?: Cadence;
  channel?: string;
  communicationCadence?: Cadence;
  reportingAudience?: string;
  reportingCadence?: Cadence;
  escalationLadder?: boolean;
  amendmentProcess?: string;
  amendmentApproval?: DecisionRule;
  exit?: { noticeDays?: number; obligations?: string; assets?: string };
  dataSharing?: { purpose?: string; items?: string; personalData?: boolean; legalBasis?: string; retention?: string; security?: string };
  ip?: { background?: string; foreground?: string };
  term?: { start?: string; end?: string; review?: Cadence };
  agreement?: { binding?: boolean; governingLaw?: string };
}

/** Words that do not end an id: `map-and-cool-the` reads better as `map-and-cool`. */
const TRAILING_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/**
 * `Heart Patients Association of Aarhaven` → `heart-patients-association`: at most four
 * whole words, never ending on a little word, unique among `taken` (a `-2` suffix).
 */
export function uniqueSlug(name: string, taken: Set<string>, fallback: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 4)
    .map((word) => word.slice(0, 12)); // four words and a suffix stay within the 63 characters of an id
  while (words.length > 1 && TRAILING_WORDS.has(words[words.length - 1])) words.pop();
  const base = words.join('-') || fallback;
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export function isEmail(text: string): boolean {
  return /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/.test(text);
}
