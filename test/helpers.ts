import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
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

const fileLevelDirs: string[] = [];

/**
 * A new empty directory, removed when the test that made it finishes, or, when made outside
 * a test (a describe block's shared directory), when the test file finishes (test/setup.ts).
 */
export function tempDir(prefix = 'charter-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  } catch {
    fileLevelDirs.push(dir);
  }
  return dir;
}

/** Removes the directories made outside tests; test/setup.ts calls it after each test file. */
export function removeFileLevelTempDirs(): void {
  for (const dir of fileLevelDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
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

/** Every example: one per use case, and a standing body's terms of reference. */
export const EXAMPLES = [...USE_CASE_EXAMPLES, 'data-consortium'];

/** A fixed "today" so that date rules do not change verdicts as time passes. */
export const TODAY = '2026-11-27';
