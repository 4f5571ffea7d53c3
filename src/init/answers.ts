import type { Charter } from '../generated/charter-types.js';

export type Sector = Charter['partners'][number]['sector'];
export type UseCase = NonNullable<Charter['use_case']>;
export type Cadence = NonNullable<NonNullable<Charter['term']>['review']>;
export type DecisionRule = NonNullable<NonNullable<NonNullable<Charter['governance']>['decision_making']>['rule']>;
export type ContributionType = NonNullable<Charter['partners'][number]['contributions']>[number]['type'];

/** What the interview (or the flags) collected; everything else is scaffolded as TODO. */
export interface InitAnswers {
  title?: string;
  useCase?: UseCase;
  vision?: string;
  partners: {
    name: string;
    sector: Sector;
    contribution?: { type: ContributionType; description?: string };
    representative?: { name: string; email?: string };
  }[];
  goals: { title: string; partners: number[]; owner?: number; due?: string }[];
  decisionRule?: DecisionRule;
  quorum?: number;
  meetingCadence?: Cadence;
  escalationLadder?: boolean;
}

/** `Heart Patients Association` → `heart-patients-association`, unique among `taken`. */
export function uniqueSlug(name: string, taken: Set<string>, fallback: string): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56)
      .replace(/-+$/, '') || fallback;
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
