import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCharter } from '../../src/render/render.js';
import { exampleData, tempDir, USE_CASE_EXAMPLES } from '../helpers.js';
import { axeViolations, expectHeadingsInOrder, launchChromium } from './browser.js';
import { hostileCharter, IMG, SCRIPT } from './hostile.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens rendered HTML as a file:// page, recording every request it makes beyond itself. */
async function open(html: string): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
  const file = join(tempDir(), 'agreement.html');
  writeFileSync(file, html);
  const page = await browser.newPage();
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => {
    if (r.url() !== `file://${file}`) requests.push(r.url());
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  return { page, requests, dialogs };
}

describe('HTML rendering in headless Chromium', () => {
  it.each(USE_CASE_EXAMPLES)('renders %s accessibly (axe-core: no WCAG 2 A/AA violation), with one h1 and headings in order', async (name) => {
    const html = await renderCharter(exampleData(name) as never, { format: 'html' });
    const { page, requests } = await open(html);
    expect(requests).toEqual([]);
    await expectHeadingsInOrder(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.$$eval('table', (ts) => ts.every((t) => t.querySelector('caption') !== null && t.querySelectorAll('th[scope]').length > 0))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('renders a draft with highlighted placeholders accessibly too', async () => {
    const charter = exampleData('smart-city');
    charter.status = 'draft';
    charter.vision = 'TODO: the shared vision';
    charter.partners[0].signatory.name = 'TODO: who signs';
    const { page } = await open(await renderCharter(charter as never, { format: 'html', renderedOn: '2026-12-01' }));
    expect(await page.$$('mark.placeholder')).toHaveLength(2);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows a hostile charter as text and runs nothing', async () => {
    const html = await renderCharter(hostileCharter() as never, { format: 'html' });
    expect(html).not.toContain('<script>globalThis');
    expect(html).not.toContain('<img src=x');
    const { page, requests, dialogs } = await open(html);
    expect(await page.evaluate(() => (globalThis as any).__pwned)).toBeUndefined();
    expect(await page.title()).toContain(SCRIPT);
    expect(await page.$$('body script, img, iframe, a[href^="javascript"]')).toHaveLength(0);
    const text = await page.textContent('body');
    expect(text).toContain(SCRIPT);
    expect(text).toContain(IMG);
    expect(text).toContain('<iframe src="https://evil.example"></iframe>');
    expect(await page.$$eval('a', (as) => as.map((a) => a.getAttribute('href')).filter((h) => !/^(https:|mailto:)/.test(h ?? '')))).toEqual([]);
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('forbids scripts through a Content-Security-Policy and fetches nothing', async () => {
    const html = await renderCharter(exampleData('smart-city') as never, { format: 'html' });
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(html).not.toMatch(/<script|<link|@import|url\(/i);
    const { page, requests } = await open(html);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('prints on A4 pages, with the signatures starting on a new page', async () => {
    const html = await renderCharter(exampleData('digital-health') as never, { format: 'html' });
    const { page } = await open(html);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString('latin1');
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThan(1);
    for (const [w, h] of boxes) {
      expect(Math.abs(w - 595.28)).toBeLessThan(1.5);
      expect(Math.abs(h - 841.89)).toBeLessThan(1.5);
    }
    await page.emulateMedia({ media: 'print' });
    const styles = await page.$eval('section.signatures', (s) => getComputedStyle(s).breakBefore);
    expect(styles).toBe('page');
    expect(await page.$eval('.signature', (s) => getComputedStyle(s).breakInside)).toBe('avoid');
    expect(await page.$eval('thead', (t) => getComputedStyle(t).display)).toBe('table-header-group');
    await page.close();
  });
});
