#!/usr/bin/env node
// The programs the test suite runs that npm cannot install, in one list: `npm test` and
// .ci/run call this first. As root with apt-get, it installs what is missing; otherwise it
// says in one line what is missing and how to get it, and fails.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Debian package → a program it provides that the tests run. */
const TEST_PACKAGES = {
  chromium: 'chromium', // HTML rendering, accessibility and print tests (playwright-core)
  tmux: 'tmux', // the interactive `init` in a real terminal
  'libreoffice-writer': 'soffice', // DOCX output opened and converted by a real word processor
  'poppler-utils': 'pdftotext', // PDF output read back
};

const onPath = (program) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, program), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

const missing = Object.entries(TEST_PACKAGES)
  .filter(([, program]) => !onPath(program))
  .map(([pkg]) => pkg);

if (missing.length > 0) {
  const command = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() === 0 && onPath('apt-get')) {
    console.error(`Installing what the tests need: ${missing.join(', ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env });
  } else {
    console.error(`charter: the tests need ${missing.join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} not installed: run \`sudo ${command}\` (or npm test as root), then npm test again`);
    process.exit(1);
  }
}
