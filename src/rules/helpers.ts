import { pointer } from '../findings.js';
import type { DecisionRule, Metric, Partner } from './types.js';

export const REPOSITORY_URL = 'https://github.com/charter-cli/charter';

export function docsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}

/** `partner 'hpa' (Heart Patients Association)`: how messages name a partner. */
export function describePartner(partner: Partner): string {
  return `partner '${partner.id}' (${partner.name})`;
}

/** True for an absent value, an empty string, list or mapping. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** The ids of a value that may be one id or a list of them. */
export function idList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** "a, b and c"; after a negation ("has no a, b or c") pass 'or'. */
export function joinWords(words: string[], conjunction: 'and' | 'or' = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

/** A decision rule as it reads after "decisions by": "decisions by unanimity", not "by unanimous". */
export function decisionsBy(rule: DecisionRule): string {
  const words: Record<DecisionRule, string> = {
    consensus: 'consensus',
    unanimous: 'unanimity',
    majority: 'majority vote',
    supermajority: 'supermajority vote',
    'lead-partner': 'the lead partner',
  };
  return `decisions by ${words[rule]}`;
}

/**
 * Pointer to `segments` inside `root`, cut before the first key that is absent: a finding
 * about a missing key points at the part that lacks it, not at a distant ancestor.
 */
export function presentPointer(root: unknown, ...segments: (string | number)[]): string {
  let node = root;
  const present: (string | number)[] = [];
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') break;
    const next = (node as Record<string | number, unknown>)[segment];
    if (next === undefined) break;
    present.push(segment);
    node = next;
  }
  return pointer(...present);
}

/** A metric's latest measurement: `current`, else the newest entry of `history`, with its pointer. */
export function latestMeasurement(metric: Metric, index: number): { value: number | string; as_of: string; path: string } | undefined {
  if (metric.current !== undefined) return { ...metric.current, path: pointer('metrics', index, 'current') };
  let latest: { value: number | string; as_of: string; path: string } | undefined;
  metric.history?.forEach((entry, i) => {
    if (latest === undefined || entry.as_of >= latest.as_of) latest = { ...entry, path: pointer('metrics', index, 'history', i) };
  });
  return latest;
}
