import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { closest, type Severity } from '../findings.js';
import { configurableRuleIds } from '../rules/index.js';
import { UsageError } from './errors.js';
import { toDisplayPath } from './files.js';
import { readBounded } from './read.js';
import { fullYaml } from './yaml-lazy.js';
import { parseSubset } from './yaml-subset.js';

export type RuleSetting = Severity | 'off';
export type RuleSettings = ReadonlyMap<string, RuleSetting>;

export const CONFIG_FILE_NAMES = ['charter.config.yaml', 'charter.config.yml', 'charter.config.json'];
const SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

/** Checks one `id=severity` or config entry; a wrong one is a usage error naming the fix. */
export function parseRuleSetting(id: string, setting: unknown, source: string): [string, RuleSetting] {
  if (!configurableRuleIds.has(id)) {
    const suggestion = closest(id, configurableRuleIds);
    const why = id === 'schema' || id === 'yaml-syntax' ? ` ('${id}' cannot be configured: a charter must parse and match the schema)` : suggestion ? ` (did you mean '${suggestion}'?)` : ' (run `charter rules` to list them)';
    throw new UsageError(`${source}: unknown rule '${id}'${why}`);
  }
  if (typeof setting !== 'string' || !SETTINGS.includes(setting as RuleSetting)) {
    throw new UsageError(`${source}: rule '${id}' has severity ${JSON.stringify(setting)}; use one of: ${SETTINGS.join(', ')}`);
  }
  return [id, setting as RuleSetting];
}

/** `--rule id=severity` flags, in order; a later one wins. */
export function parseRuleFlags(flags: readonly string[]): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>();
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq === -1) throw new UsageError(`--rule ${flag}: write it as <rule-id>=<off|info|warning|error>, e.g. --rule representative-missing=off`);
    const [id, setting] = parseRuleSetting(flag.slice(0, eq).trim(), flag.slice(eq + 1).trim(), `--rule ${flag}`);
    settings.set(id, setting);
  }
  return settings;
}

/** Reads a config file: `rules: {<id>: off|info|warning|error}`. */
export function loadConfig(file: string): Map<string, RuleSetting> {
  const shown = toDisplayPath(resolve(file));
  const text = readBounded(file, { what: 'config', shown }).toString('utf8');
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : (parseSubset(text)?.data ?? fullYaml().parse(text, { version: '1.2', schema: 'core', uniqueKeys: true, logLevel: 'error' }));
  } catch (error) {
    throw new UsageError(`${shown}: the config is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`);
  }
  data ??= {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UsageError(`${shown}: the config must be a mapping with a 'rules' key`);
  const unknownKeys = Object.keys(data).filter((k) => k !== 'rules' && k !== '$schema');
  if (unknownKeys.length > 0) throw new UsageError(`${shown}: unknown config key '${unknownKeys[0]}' (the config has one key, 'rules')`);
  const rules = (data as { rules?: unknown }).rules ?? {};
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) throw new UsageError(`${shown}: 'rules' must map rule ids to off, info, warning or error`);
  return new Map(Object.entries(rules).map(([id, setting]) => parseRuleSetting(id, setting, shown)));
}

/** Finds the nearest config from a directory upwards, stopping at the repository root. */
export class ConfigFinder {
  private readonly cache = new Map<string, Map<string, RuleSetting> | null>();
  /** Every config file read so far: a command never writes over one. */
  readonly files: string[] = [];

  find(directory: string): Map<string, RuleSetting> | null {
    const dir = resolve(directory);
    const cached = this.cache.get(dir);
    if (cached !== undefined) return cached;
    let found: Map<string, RuleSetting> | null = null;
    const name = CONFIG_FILE_NAMES.find((n) => existsSync(join(dir, n)));
    if (name !== undefined) {
      found = loadConfig(join(dir, name));
      this.files.push(join(dir, name));
    }
    else if (!existsSync(join(dir, '.git')) && dirname(dir) !== dir) found = this.find(dirname(dir));
    this.cache.set(dir, found);
    return found;
  }
}
