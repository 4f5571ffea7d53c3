import { CLASS_RANK, type ChangeClass } from './types.js';
import { childSchema, isFreeText, itemSchema, type SchemaNode } from './schema-nav.js';

/**
 * Paths whose changes are `major`: they change who is bound or how decisions are taken.
 * `*` is one list item or key, a trailing `**` the path itself and everything below it.
 * Everything else is `editorial` when it is free text and `minor` otherwise (unknown
 * fields too), so fields added to the schema later are classified without a change here.
 */
export const MAJOR_PATHS = [
  '/partners/*',
  '/governance/body/members/**',
  '/governance/decision_making/**',
  '/governance/committees/*/members/**',
  '/governance/committees/*/decision_making/**',
  '/governance/amendments/**',
  '/governance/admission/**',
  '/governance/exit/**',
  '/governance/dissolution/**',
  '/governance/conflict_of_interest/**',
  '/governance/ip/**',
  '/governance/data_sharing/**',
  '/governance/confidentiality/**',
  '/term/start',
  '/term/end',
  '/agreement/binding',
  '/agreement/governing_law',
].map((p) => p.slice(1).split('/'));

function matches(rule: string[], pattern: readonly string[]): boolean {
  const deep = rule[rule.length - 1] === '**';
  const fixed = deep ? rule.slice(0, -1) : rule;
  if (deep ? pattern.length < fixed.length : pattern.length !== fixed.length) return false;
  return fixed.every((segment, i) => segment === '*' || segment === pattern[i]);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function maxClass(a: ChangeClass, b: ChangeClass): ChangeClass {
  return CLASS_RANK[a] >= CLASS_RANK[b] ? a : b;
}

/**
 * The class of a change at `pattern` (the path with list items as `*`) whose value is `value`:
 * a major path, else for an object or list the highest class of what it holds, else by the
 * leaf's type in the schema.
 */
export function classify(pattern: readonly string[], value: unknown, node: SchemaNode | undefined): ChangeClass {
  if (MAJOR_PATHS.some((rule) => matches(rule, pattern))) return 'major';
  if (isObject(value)) {
    let result: ChangeClass | undefined;
    for (const [key, child] of Object.entries(value)) {
      const cls = classify([...pattern, key], child, childSchema(node, key));
      result = result === undefined ? cls : maxClass(result, cls);
    }
    return result ?? 'minor';
  }
  if (Array.isArray(value)) {
    let result: ChangeClass = 'minor';
    for (const item of value) if (isObject(item)) result = maxClass(result, classify([...pattern, '*'], item, itemSchema(node)));
    return result;
  }
  return isFreeText(node) ? 'editorial' : 'minor';
}
