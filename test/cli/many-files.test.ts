import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInputs } from '../../src/core/run.js';
import type { FileResult, Finding } from '../../src/findings.js';
import { bin, readExample, runCli, tempDir, TODAY, USE_CASE_EXAMPLES } from '../helpers.js';

describe('many files in one run', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'many'));
  const texts = USE_CASE_EXAMPLES.map(readExample);
  // Above the worker threshold (500 files), so that the CLI runs them in threads.
  for (let i = 0; i < 520; i++) {
    let text = texts[i % texts.length];
    if (i % 50 === 7) text = text.replace('sector: government', 'sector: city-hall');
    if (i % 50 === 9) text = text.replace(/^vision: .*$/m, 'vision: TODO');
    writeFileSync(join(dir, 'many', `c${String(i).padStart(3, '0')}.charter.yaml`), text);
  }

  it('checks them in worker threads with the same results, in the same order, as one thread would', async () => {
    const json = JSON.parse(runCli(['lint', 'many', '--format', 'json', '--today', TODAY], { cwd: dir }).stdout);
    expect(json).toHaveLength(520);
    expect(json.map((r: any) => r.file)).toEqual(Array.from({ length: 520 }, (_, i) => `many/c${String(i).padStart(3, '0')}.charter.yaml`));
    const previous = process.cwd();
    process.chdir(dir);
    try {
      // In-process, below the worker threshold: one file at a time.
      const single = await Promise.all(json.map((r: any) => checkInputs([r.file], { mode: 'lint', today: TODAY })));
      const flattened = single.flatMap((s) => s.results.map((r: FileResult) => r.findings.map((f: Finding) => `${f.ruleId}@${f.line}`)));
      expect(json.map((r: any) => r.messages.map((m: any) => `${m.ruleId}@${m.line}`))).toEqual(flattened);
    } finally {
      process.chdir(previous);
    }
    expect(json.filter((r: any) => r.errorCount > 0)).toHaveLength(11);
  });

  it('reports unreadable files among them and exits 2, still linting the rest', () => {
    const { code, stdout, stderr } = runCli(['lint', 'many', 'missing.charter.yaml', '--format', 'json', '--today', TODAY], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('charter: missing.charter.yaml: no such file or directory\n');
    expect(JSON.parse(stdout)).toHaveLength(520);
  });

  it('shows no progress line without a terminal', () => {
    const { stderr, stdout } = runCli(['lint', 'many', '--today', TODAY], { cwd: dir });
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(/checking \d+\/\d+/);
  });

  it('shows a progress line on stderr in a terminal, and erases it when done', () => {
    // `script` gives the command a real pseudo-terminal and copies everything it prints.
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} lint many --today ${TODAY}`;
    const { stdout: output, status } = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(status).toBe(1);
    expect(output).toMatch(/\rchecking 50\/520 files…/);
    expect(output).toMatch(/\rchecking 250\/520 files…/);
    expect(output).toContain('\r\x1b[K');
    // The line is erased before the report starts.
    expect(output).toMatch(/\r\x1b\[Kmany\/c007\.charter\.yaml/);
  });
});
