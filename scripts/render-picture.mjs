// Draws docs/agreement-page.png, the README's picture of a rendered agreement: an example
// charter rendered to HTML by the built CLI, photographed in headless Chromium.
// Usage: npm run build && node scripts/render-picture.mjs [example] [out.png]
// Chromium: /usr/bin/chromium, or the path in CHROMIUM_PATH.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const example = process.argv[2] ?? 'digital-health';
const out = process.argv[3] ?? join(root, 'docs/agreement-page.png');

const html = execFileSync(process.execPath, [join(root, 'bin/charter.js'), 'render', join(root, `examples/${example}.charter.yaml`), '--format', 'html'], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'charter-picture-'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
try {
  const file = join(dir, 'agreement.html');
  writeFileSync(file, html);
  const page = await browser.newPage({ viewport: { width: 980, height: 1260 }, deviceScaleFactor: 1 });
  await page.goto(`file://${file}`);
  // The top of the agreement: cover, preamble, definitions and the first numbered clauses.
  await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 980, height: 1260 } });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
