import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, tempDir } from '../helpers.js';

const script = join(root, 'scripts/test-deps.mjs');

/** Runs the script with PATH set to `dir` only: exactly the programs placed there exist. */
function runWithPath(dir: string) {
  const result = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { PATH: dir } });
  return { code: result.status, stderr: result.stderr };
}

function fakeProgram(dir: string, name: string): void {
  writeFileSync(join(dir, name), '#!/bin/sh\n');
  chmodSync(join(dir, name), 0o755);
}

describe('scripts/test-deps.mjs, run by npm test before the suite', () => {
  it('names every missing package and the command that installs it, in one line, when it cannot install', () => {
    const dir = tempDir();
    fakeProgram(dir, 'tmux');
    const { code, stderr } = runWithPath(dir);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'charter: the tests need chromium, libreoffice-writer, poppler-utils, which are not installed: run `sudo apt-get install -y --no-install-recommends chromium libreoffice-writer poppler-utils` (or npm test as root), then npm test again\n',
    );
  });

  it('is silent and succeeds when everything is there', () => {
    const dir = tempDir();
    for (const program of ['chromium', 'tmux', 'soffice', 'pdftotext']) fakeProgram(dir, program);
    expect(runWithPath(dir)).toEqual({ code: 0, stderr: '' });
  });
});
