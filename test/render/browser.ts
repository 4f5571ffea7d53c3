import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { root } from '../helpers.js';

/** Debian's Chromium, started the way this machine's closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A/AA violations axe-core finds on the page. */
export async function axeViolations(page: Page): Promise<string[]> {
  // axe runs as a script the page's CSP would refuse, so it is added through the DevTools protocol.
  await page.addScriptTag({ content: axeSource }).catch(async () => {
    await page.evaluate(axeSource);
  });
  return page.evaluate(async () => {
    const axe = (globalThis as any).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v: any) => `${v.id}: ${v.nodes.length} nodes ${v.nodes.map((n: any) => n.target.join(' ') + ' ' + n.failureSummary).join(' | ')}`);
  });
}

/** One h1, first, and no heading level skipped on the way down. */
export async function expectHeadingsInOrder(page: Page): Promise<void> {
  const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
}
