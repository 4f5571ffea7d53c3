// Makes docs/report-screenshot.png: `charter report` over the examples, opened in headless
// Chromium, the top of the page. Run after `npm run build`: node scripts/report-screenshot.mjs
// A fixed --today keeps the picture the same from one run to the next.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const today = process.argv[2] ?? '2027-02-20';
const work = mkdtempSync(join(tmpdir(), 'charter-screenshot-'));
try {
  const page = join(work, 'report.html');
  const run = spawnSync(process.execPath, [join(root, 'bin/charter.js'), 'report', 'examples/', '--today', today, '--out', page], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`charter report exited ${run.status}: ${run.stderr}`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const tab = await browser.newPage({ viewport: { width: 1200, height: 1500 }, deviceScaleFactor: 1 });
    await tab.goto(`file://${page}`, { waitUntil: 'load' });
    const out = join(root, 'docs/report-screenshot.png');
    await tab.screenshot({ path: out, fullPage: false });
    process.stdout.write(`wrote ${out}\n`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
