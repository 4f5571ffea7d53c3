import type { ErrorObject } from 'ajv';
import validateCharter from '../generated/validate-charter.js';
import schema from '../../schemas/charter.schema.json' with { type: 'json' };
import { closest, humanPath, pointer, parsePointer, type Finding } from '../findings.js';
import type { LoadedDocument } from './load.js';

export { schema };

/** Schema findings for a parsed charter: one per violation, in plain words. */
export function validateDocument(doc: LoadedDocument): Finding[] {
  if (validateCharter(doc.data)) return [];
  return describeErrors(validateCharter.errors ?? []).map(({ path, message }) => {
    const at = doc.locate(path);
    return { ruleId: 'schema', severity: 'error', message, path, ...at };
  });
}

interface Violation {
  path: string;
  message: string;
}

/** Ajv's errors → one plain-words violation each; the errors of one anyOf branch collapse into one. */
export function describeErrors(errors: readonly ErrorObject[]): Violation[] {
  // An anyOf error summarises its branches, which ajv reports at the same place or below it.
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.instancePath);
  const violations: Violation[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const summarised = error.keyword !== 'anyOf' && error.keyword !== 'oneOf' && anyOfPaths.some((p) => error.instancePath === p || error.instancePath.startsWith(p + '/'));
    // Errors about a property name are summarised by their propertyNames error.
    if (summarised || (error as ErrorObject & { propertyName?: string }).propertyName !== undefined) continue;
    const violation = describe(error);
    const key = `${violation.path}\0${violation.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    violations.push(violation);
  }
  return violations;
}

function describe(error: ErrorObject): Violation {
  const path = error.instancePath;
  const where = placeName(path);
  const segments = parsePointer(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path, message: `${where} is missing required key '${params.missingProperty}'` };
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as SchemaNode | undefined)?.properties ?? {});
      const suggestion = closest(key, known);
      const hint = suggestion ? ` (did you mean '${suggestion}'?)` : `: allowed keys are ${known.join(', ')}; prefix your own keys with x-`;
      return { path: pointer(...segments, key), message: `unknown key '${key}' in ${where}${hint}` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof error.data === 'string' ? closest(error.data.toLowerCase(), allowed) : undefined;
      return { path, message: `${where} ${quote(error.data)} is not one of: ${allowed.join(', ')}${suggestion ? ` (did you mean '${suggestion}'?)` : ''}` };
    }
    case 'const':
      return { path, message: `${where} must be ${JSON.stringify(params.allowedValue)}, not ${quote(error.data)}` };
    case 'type':
      return { path, message: `${where} must be ${article(String(params.type))}, not ${kindOf(error.data)}${numberHint(String(params.type), error.data)}` };
    case 'format':
      return params.format === 'date'
        ? { path, message: `${where} ${quote(error.data)} ${dateHint(error.data)}` }
        : { path, message: `${where} ${quote(error.data)} is not a valid ${params.format === 'email' ? 'email address' : String(params.format)}` };
    case 'pattern':
      return { path, message: `${where} ${quote(error.data)} ${patternHint(String(params.pattern), error.data)}` };
    case 'propertyNames': {
      const name = String(params.propertyName);
      return { path: pointer(...segments, name), message: `${where} key ${quote(name)} is not a valid partner id: use lowercase letters, digits and hyphens` };
    }
    case 'minItems': {
      const count = Array.isArray(error.data) ? error.data.length : 0;
      return { path, message: `${where} needs at least ${params.limit} ${Number(params.limit) === 1 ? 'entry' : 'entries'}, found ${count}` };
    }
    case 'minLength':
      return { path, message: `${where} must not be empty` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path, message: `${where} must be ${params.comparison} ${params.limit}, not ${quote(error.data)}` };
    case 'anyOf':
    case 'oneOf':
      return { path, message: `${where} must be ${alternatives(error.schema as SchemaNode[])}, not ${kindOf(error.data)}` };
    default:
      return { path, message: `${where} ${error.message ?? 'is invalid'}` };
  }
}

const ITEM_NOUNS: Record<string, string> = {
  partners: 'partner',
  goals: 'goal',
  metrics: 'metric',
  roles: 'role',
  raci: 'RACI row',
  commitments: 'commitment',
  risks: 'risk',
  steps: 'escalation step',
  contributions: 'contribution',
  members: 'member',
  committees: 'committee',
};

/** 1st, 2nd, 3rd, 4th, 11th, 21st … */
function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * Where a violation is, as people count: `partners[3]` is "the 4th partner (partners[3])",
 * `partners[3].sector` "the sector of the 4th partner (partners[3].sector)". A path with no
 * list in it stays as it is: `term.start`.
 */
export function placeName(path: string): string {
  const segments = parsePointer(path);
  const last = segments.map((seg) => /^\d+$/.test(seg)).lastIndexOf(true);
  if (last < 0) return humanPath(path);
  const collection = segments[last - 1] ?? '';
  const item = `the ${ordinal(Number(segments[last]) + 1)} ${ITEM_NOUNS[collection] ?? `entry of ${collection || 'the list'}`}`;
  const field = segments.slice(last + 1).join('.');
  return `${field ? `the ${field} of ${item}` : item} (${humanPath(path)})`;
}

/** `quorum: 75%` or `quorum: "0.75"`: say what to write instead. */
function numberHint(expected: string, value: unknown): string {
  if ((expected !== 'number' && expected !== 'integer') || typeof value !== 'string') return '';
  const percent = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
  if (percent && expected === 'number') return `: write ${Number(percent[1]) / 100}`;
  if (value.trim() !== '' && Number.isFinite(Number(value))) return `: write ${Number(value)} without quotes`;
  return '';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date in the right shape that does not exist names why; any other says how to write one. */
function dateHint(value: unknown): string {
  const parts = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (parts) {
    const [year, month, day] = parts.slice(1).map(Number);
    if (month < 1 || month > 12) return `is not a real date: there is no month ${month}; write YYYY-MM-DD`;
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > days) return `is not a real date: ${MONTHS[month - 1]} ${year} has ${days} days`;
  }
  return 'is not a valid date: write it as YYYY-MM-DD, e.g. 2026-01-31';
}

type SchemaNode = { properties?: Record<string, unknown>; anyOf?: SchemaNode[]; oneOf?: SchemaNode[]; $ref?: string; type?: string; description?: string; items?: SchemaNode };

function schemaAt(schemaPath: string): SchemaNode | undefined {
  let node: unknown = schema;
  for (const seg of parsePointer(schemaPath.replace(/^#/, ''))) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node as SchemaNode | undefined;
}

function alternatives(branches: readonly SchemaNode[]): string {
  return branches
    .map((branch) => {
      const target = branch.$ref ? schemaAt(branch.$ref) : branch;
      return target?.type === 'array' ? 'a list of ids' : target?.type === 'string' ? 'an id' : article(target?.type ?? 'value');
    })
    .join(' or ');
}

function patternHint(pattern: string, value: unknown): string {
  if (pattern.startsWith('^[a-z0-9]')) {
    const suggestion = String(value)
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 63);
    return `is not a valid id: use lowercase letters, digits and hyphens, at most 63 characters${suggestion ? ` (e.g. '${suggestion}')` : ''}`;
  }
  if (pattern === '^[A-Z]{3}$') return 'is not an ISO 4217 currency code: use three capital letters such as EUR or USD';
  if (pattern.includes('@')) return 'is not a valid email address: write a plain name@domain, without spaces, ?, &, = or other link syntax';
  return `does not match the pattern ${pattern}`;
}

function article(type: string): string {
  switch (type) {
    case 'string':
      return 'a string';
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping';
    default:
      return `a ${type}`;
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Uint8Array) return 'binary data (!!binary)';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string ${quote(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  return `${typeof value} ${String(value)}`;
}

function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `'${short}'`;
}
