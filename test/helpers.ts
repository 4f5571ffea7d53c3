import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const bin = join(root, 'bin/charter.js');
export const examplesDir = join(root, 'examples');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as a user would: no colour, no CI variables unless given. */
export function runCli(args: string[], options: SpawnSyncOptions & { env?: NodeJS.ProcessEnv } = {}): RunResult {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...options.env };
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root, timeout: 60_000, ...options, env });
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

export function tempDir(prefix = 'charter-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function readExample(name: string): string {
  return readFileSync(join(examplesDir, `${name}.charter.yaml`), 'utf8');
}

export function exampleData(name: string): Record<string, any> {
  return parse(readExample(name));
}

export function toYaml(data: unknown): string {
  return stringify(data, { lineWidth: 0 });
}

export const USE_CASE_EXAMPLES = [
  'digital-health',
  'public-private-infrastructure',
  'research-commercialization',
  'smart-city',
  'circular-economy',
  'education',
  'disaster-response',
  'vaccine-development',
];

/** A fixed "today" so that date rules do not change verdicts as time passes. */
export const TODAY = '2026-11-27';
