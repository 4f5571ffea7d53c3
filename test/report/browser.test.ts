import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, runCli, tempDir, TODAY } from '../helpers.js';
import { axeViolations, expectHeadingsInOrder, launchChromium } from '../render/browser.js';
import { writePortfolio } from './portfolio.js';

let browser: Browser;
let work: string;
const pages: Record<'examples' | 'portfolio', string> = { examples: '', portfolio: '' };

beforeAll(async () => {
  work = tempDir('charter-report-browser-');
  writePortfolio(join(work, 'portfolio'), 200);
  for (const [name, input] of [['examples', 'examples/'], ['portfolio', join(work, 'portfolio')]] as const) {
    pages[name] = join(work, `${name}.html`);
    const run = runCli(['report', input, '--out', pages[name], '--today', TODAY]);
    expect([0, 1], run.stderr).toContain(run.code);
  }
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  requests: string[];
  consoleErrors: string[];
  dialogs: string[];
}

async function open(file: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Opened> {
  const page = await browser.newPage({ colorScheme });
  const opened: Opened = { page, requests: [], consoleErrors: [], dialogs: [] };
  page.on('request', (r) => {
    if (r.url() !== `file://${file}`) opened.requests.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') opened.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => opened.consoleErrors.push(e.message));
  page.on('dialog', (d) => {
    opened.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  return opened;
}

describe.each(['examples', 'portfolio'] as const)('the report over the %s in headless Chromium', (name) => {
  it('opens with no console error and no request, one h1 and headings in order', async () => {
    const { page, requests, consoleErrors, dialogs } = await open(pages[name]);
    expect(requests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(dialogs).toEqual([]);
    await expectHeadingsInOrder(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });

  it('gives every chart a title, a description and a table beside it', async () => {
    const { page } = await open(pages[name]);
    const charts = await page.$$eval('svg', (svgs) =>
      svgs.map((s) => ({
        title: s.querySelector(':scope > title')?.textContent ?? '',
        desc: s.querySelector(':scope > desc')?.textContent ?? '',
        role: s.getAttribute('role'),
        labelled: (s.getAttribute('aria-labelledby') ?? '').split(' ').every((id) => document.getElementById(id) !== null),
        table: s.closest('section')?.querySelector('table caption') !== null,
      })),
    );
    expect(charts.length).toBeGreaterThanOrEqual(name === 'examples' ? 8 : 150);
    for (const chart of charts) {
      expect(chart.title.length).toBeGreaterThan(5);
      expect(chart.desc.length).toBeGreaterThan(5);
      expect(chart).toMatchObject({ role: 'img', labelled: true, table: true });
    }
    expect(await page.$$eval('table', (ts) => ts.every((t) => t.querySelector('caption') !== null && t.querySelectorAll('th[scope]').length > 0))).toBe(true);
    await page.close();
  });

  // The dark scheme is the same stylesheet over every page: the examples are enough to check it.
  it.each(name === 'examples' ? (['light', 'dark'] as const) : (['light'] as const))('passes axe-core WCAG 2 A/AA in the %s colour scheme', async (scheme) => {
    const { page } = await open(pages[name], scheme);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 240_000);

  it('prints on A4 pages', async () => {
    const { page } = await open(pages[name]);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThan(1);
    for (const [w, h] of boxes) {
      expect(Math.abs(w - 595.28)).toBeLessThan(1.5);
      expect(Math.abs(h - 841.89)).toBeLessThan(1.5);
    }
    await page.close();
  }, 120_000);
});

describe('the report in headless Chromium', () => {
  it('works without JavaScript: the table, the charts and the links are all there', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`file://${pages.examples}`);
    const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.charter.yaml')).length;
    expect(await page.locator('table.portfolio tbody tr').count()).toBe(examples);
    expect(await page.locator('svg.chart').count()).toBeGreaterThanOrEqual(examples + 4);
    await page.click(`a[href="#charter-${examples}"]`);
    expect(page.url()).toMatch(new RegExp(`#charter-${examples}$`));
    await context.close();
  });

  it('keeps hostile strings inert: shown as text, nothing runs', async () => {
    const html = readFileSync(pages.portfolio, 'utf8');
    expect(html).not.toMatch(/<script|<img|<svg onload|<\/title><script/i);
    const { page, dialogs, requests } = await open(pages.portfolio);
    expect(await page.evaluate(() => (globalThis as any).__pwned)).toBeUndefined();
    expect(await page.$$('script, img, iframe, a[href^="javascript"]')).toHaveLength(0);
    const text = await page.textContent('body');
    expect(text).toContain('Hostile <script>globalThis.__pwned = true;');
    expect(text).toContain('<svg onload=alert(1)>');
    expect(await page.$$eval('a', (as) => as.map((a) => a.getAttribute('href')).filter((h) => !/^#charter-\d+$|^#[a-z]+$/.test(h ?? '')))).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('shows the charter that fails the schema in the table, with its errors and no marks', async () => {
    const { page } = await open(pages.portfolio);
    const row = page.locator('table.portfolio tbody tr').nth(2);
    expect(await row.locator('td.unchecked').textContent()).toBe('not checked: the file fails the schema');
    expect(await row.locator('td.mark').count()).toBe(0);
    const section = page.locator('#charter-3');
    expect(await section.locator('ul.findings li').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('#charter-2 ul.findings').textContent()).toContain('yaml-syntax');
    await page.close();
  });
});
