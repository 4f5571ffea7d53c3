import { parsePointer, pointer } from '../findings.js';
import { classify } from './classify.js';
import { childSchema, isFreeText, itemSchema, itemsHaveId, propertyOrder, rootSchema, type SchemaNode } from './schema-nav.js';
import { sectionOf } from './sections.js';
import type { Change, ChangeKind } from './types.js';

/**
 * Lists whose items have no id but a field that names them; the items of any list whose
 * schema gives its items an `id` are matched by id without an entry here. Lists with
 * neither (escalation steps, unknown lists) are compared by position: their order is meaning.
 */
const STABLE_KEYS: Record<string, string> = {
  'raci': 'activity',
  'roles': 'partner',
  'governance/body/members': 'partner',
  'governance/committees/*/members': 'partner',
  'commitments': 'description',
  'risks': 'description',
  'partners/*/contributions': 'description',
  // A measurement is named by its date.
  'metrics/*/history': 'as_of',
};

/** Fields the diff leaves out: the version is reported on its own (every amendment bumps it). */
const IGNORED_PATHS = new Set(['version']);

const SINGULAR: Record<string, string> = { raci: 'RACI row', steps: 'escalation step', members: 'member' };
const RENAMED: Record<string, string> = { name: 'renamed', title: 'retitled' };
const LABELS: Record<string, string> = { decision_making: 'decision-making', ip: 'IP', raci: 'RACI', data_sharing: 'data sharing' };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalarList = (value: unknown[]) => value.every((item) => !isObject(item) && !Array.isArray(item));

/** Deep equality where key order does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
  }
  return false;
}

/**
 * The name of each item of a list: its id or stable key when every item has a distinct one,
 * else null (the list is then compared by position).
 */
export function listKeys(items: readonly unknown[], pattern: readonly string[], node: SchemaNode | undefined): string[] | null {
  const field = itemsHaveId(node) ? 'id' : STABLE_KEYS[pattern.join('/')];
  if (field === undefined) return null;
  const keys = items.map((item) => (isObject(item) && typeof item[field] === 'string' ? (item[field] as string) : undefined));
  if (keys.some((k) => k === undefined) || new Set(keys).size !== keys.length) return null;
  return keys as string[];
}

/**
 * A JSON Pointer into one charter rewritten with list items named by id or key, so that the
 * same item has the same path in both versions whatever its position. Pass one `cache` for
 * many paths into the same data: each list is then keyed once.
 */
export function stablePath(path: string, data: unknown, cache = new WeakMap<unknown[], string[] | null>()): string {
  const out: string[] = [];
  const pattern: string[] = [];
  let value: unknown = data;
  let node: SchemaNode | undefined = rootSchema;
  for (const segment of parsePointer(path)) {
    if (Array.isArray(value) && /^\d+$/.test(segment)) {
      if (!cache.has(value)) cache.set(value, listKeys(value, pattern, node));
      out.push(cache.get(value)?.[Number(segment)] ?? segment);
      pattern.push('*');
      value = value[Number(segment)];
      node = itemSchema(node);
    } else {
      out.push(segment);
      pattern.push(segment);
      value = isObject(value) ? value[segment] : undefined;
      node = childSchema(node, segment);
    }
  }
  return pointer(...out);
}

interface Place {
  path: string[];
  pattern: string[];
  node: SchemaNode | undefined;
  /** Words naming the place: `partner 'movo'`, `contributions`. */
  subject: string[];
}

/** Every semantic difference between two schema-valid charters, in the order of the schema and the new charter; clauses are numbered later, by the report. */
export function compareCharters(before: unknown, after: unknown): Change[] {
  const changes: Change[] = [];
  walk(before, after, { path: [], pattern: [], node: rootSchema, subject: [] }, changes);
  return changes;
}

function walk(before: unknown, after: unknown, place: Place, changes: Change[]): void {
  if (sameValue(before, after)) return;
  if (before === undefined || after === undefined) {
    emit(before === undefined ? 'added' : 'removed', before, after, place, changes);
  } else if (isObject(before) && isObject(after)) {
    for (const key of orderedKeys(before, after, place.node)) {
      if (place.path.length === 0 && IGNORED_PATHS.has(key)) continue;
      walk(before[key], after[key], enter(place, key), changes);
    }
  } else if (Array.isArray(before) && Array.isArray(after)) {
    walkList(before, after, place, changes);
  } else {
    emit('changed', before, after, place, changes);
  }
}

function walkList(before: unknown[], after: unknown[], place: Place, changes: Change[]): void {
  if (isScalarList(before) && isScalarList(after)) {
    // A list of values is a set: order is not meaning, membership is.
    if (!sameMembers(before, after)) emit('changed', before, after, place, changes);
    return;
  }
  const oldKeys = listKeys(before, place.pattern, place.node);
  const newKeys = listKeys(after, place.pattern, place.node);
  if (oldKeys && newKeys) {
    const oldIndex = new Map(oldKeys.map((k, i) => [k, i]));
    const newSet = new Set(newKeys);
    newKeys.forEach((key, i) => {
      const j = oldIndex.get(key);
      walk(j === undefined ? undefined : before[j], after[i], enterItem(place, key, true), changes);
    });
    oldKeys.forEach((key, j) => {
      if (!newSet.has(key)) walk(before[j], undefined, enterItem(place, key, true), changes);
    });
    return;
  }
  for (let i = 0; i < Math.max(before.length, after.length); i++) walk(before[i], after[i], enterItem(place, String(i), false), changes);
}

/** The values of `list` that `other` lacks, counting repeats (linear: one pass over each). */
function missingFrom(list: unknown[], other: unknown[]): unknown[] {
  const key = (v: unknown) => JSON.stringify(v);
  const count = new Map<string, number>();
  for (const v of other) count.set(key(v), (count.get(key(v)) ?? 0) + 1);
  return list.filter((v) => {
    const left = count.get(key(v)) ?? 0;
    count.set(key(v), left - 1);
    return left <= 0;
  });
}

function sameMembers(a: unknown[], b: unknown[]): boolean {
  return a.length === b.length && missingFrom(a, b).length === 0;
}

function orderedKeys(a: Record<string, unknown>, b: Record<string, unknown>, node: SchemaNode | undefined): string[] {
  const known = propertyOrder(node);
  const present = new Set([...Object.keys(a), ...Object.keys(b)]);
  const rest = [...present].filter((k) => !known.includes(k)).sort();
  return [...known.filter((k) => present.has(k)), ...rest];
}

function enter(place: Place, key: string): Place {
  // A key the schema declares is a field name; any other key (a partner id in a goal's alignment, an extension) is quoted.
  const label = propertyOrder(place.node).includes(key) ? (LABELS[key] ?? key.replace(/_/g, ' ')) : `'${key}'`;
  return { path: [...place.path, key], pattern: [...place.pattern, key], node: childSchema(place.node, key), subject: [...place.subject, label] };
}

function enterItem(place: Place, key: string, named: boolean): Place {
  const list = place.path[place.path.length - 1] ?? '';
  const noun = SINGULAR[list] ?? (list.endsWith('s') ? list.slice(0, -1) : `${list} item`);
  const label = named ? `${noun} '${key}'` : `${noun} ${Number(key) + 1}`;
  return { path: [...place.path, key], pattern: [...place.pattern, '*'], node: itemSchema(place.node), subject: [...place.subject.slice(0, -1), label] };
}

function emit(kind: ChangeKind, before: unknown, after: unknown, place: Place, changes: Change[]): void {
  const cls = [before, after].filter((v) => v !== undefined).map((v) => classify(place.pattern, v, place.node));
  changes.push({
    class: cls.includes('major') ? 'major' : cls.includes('minor') ? 'minor' : 'editorial',
    kind,
    path: pointer(...place.path),
    before: before ?? null,
    after: after ?? null,
    message: describe(kind, before, after, place),
    section: sectionOf(place.path),
    clause: null,
  });
}

function describe(kind: ChangeKind, before: unknown, after: unknown, place: Place): string {
  const subject = place.subject.join(' ') || 'the charter';
  const isItem = place.pattern[place.pattern.length - 1] === '*';
  if (Array.isArray(before) && Array.isArray(after) && isScalarList(before) && isScalarList(after)) {
    const added = missingFrom(after, before);
    const removed = missingFrom(before, after);
    const parts = [added.length > 0 ? `added ${added.map(show).join(', ')}` : '', removed.length > 0 ? `removed ${removed.map(show).join(', ')}` : ''].filter(Boolean);
    return `${subject}: ${parts.join('; ') || 'changed'}`;
  }
  if (kind === 'added') return isItem || isObject(after) ? `${subject}${named(after)} added` : `${subject} set to ${show(after)}`;
  if (kind === 'removed') return isItem || isObject(before) ? `${subject}${named(before)} removed` : `${subject} removed (was ${show(before)})`;
  const free = isFreeText(place.node) && typeof before === 'string' && typeof after === 'string';
  if (free && (before.length > 60 || after.length > 60)) return `${subject} reworded`;
  // A renamed partner or retitled goal says so: the id says it is the same one.
  const renamed = RENAMED[place.path[place.path.length - 1]];
  if (free && renamed && place.subject.length > 1) return `${place.subject.slice(0, -1).join(' ')} ${renamed} from ${show(before)} to ${show(after)}`;
  return `${subject} changed from ${show(before)} to ${show(after)}`;
}

/** ` (Movo Ltd)`: the name or title of an item, when it has one. */
function named(value: unknown): string {
  if (!isObject(value)) return '';
  const name = value.name ?? value.title;
  return typeof name === 'string' ? ` (${clip(name)})` : '';
}

function clip(text: string): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length > 80 ? `${folded.slice(0, 79)}…` : folded;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `'${clip(value)}'`;
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(show).join(', ');
  if (isObject(value)) return named(value).slice(2, -1) ? `'${named(value).slice(2, -1)}'` : '(details)';
  return String(value);
}
