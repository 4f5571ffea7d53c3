import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCharter, type RenderOptions } from '../../src/render/render.js';
import { baseCharter } from '../rules/table.js';
import { exampleData, tempDir } from '../helpers.js';
import { launchChromium } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(charter: unknown, options: Partial<RenderOptions> = {}): Promise<{ page: Page; dir: string }> {
  const dir = tempDir();
  const file = join(dir, 'agreement.html');
  writeFileSync(file, await renderCharter(charter as never, { format: 'html', renderedOn: '2026-12-01', ...options }));
  const page = await browser.newPage();
  await page.goto(`file://${file}`);
  return { page, dir };
}

/** Prints the page as Chromium does and reads the text of each page back with poppler's pdftotext. */
async function printedPages(page: Page, dir: string): Promise<{ pages: string[]; pdf: Buffer }> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const file = join(dir, 'agreement.pdf');
  writeFileSync(file, pdf);
  const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
  return { pages, pdf };
}

function withPlaceholders(): Record<string, any> {
  const c = baseCharter();
  c.status = 'active';
  c.vision = 'TODO: the shared vision';
  c.partners[0].signatory.name = 'TODO: who signs for this partner';
  c.goals[0].title = 'TODO: <b>first</b> goal';
  c.title = 'TODO: a title';
  c.partners[1].mission = 'Not a placeholder \uE000 but a stray mark \uE001';
  return c;
}

describe('placeholders in HTML', () => {
  it('shows each one highlighted, and nothing else', async () => {
    const { page } = await open(withPlaceholders());
    const marks = await page.$$eval('mark.placeholder', (ms) => ms.map((m) => ({ text: m.textContent, background: getComputedStyle(m).backgroundColor, before: getComputedStyle(m, '::before').content })));
    const texts = marks.map((m) => m.text);
    expect(texts).toContain('TODO: the shared vision');
    expect(texts).toContain('TODO: who signs for this partner');
    expect(texts).toContain('TODO: <b>first</b> goal');
    expect(texts.every((t) => t!.startsWith('TODO'))).toBe(true);
    for (const m of marks) {
      expect(m.background).not.toBe('rgba(0, 0, 0, 0)');
      expect(m.before).toContain('⚠');
    }
    expect(await page.title()).toBe('TODO: a title');
    expect(await page.$$('mark b, b')).toHaveLength(0);
    const body = (await page.textContent('body'))!;
    expect(body).toContain('Not a placeholder \uFFFD but a stray mark \uFFFD');
    expect(body).not.toMatch(/[\uE000\uE001]/);
    await page.close();
  });
});

describe('draft marking and paper in print', () => {
  it('puts DRAFT and the render date on every printed page of a draft', async () => {
    const charter = exampleData('digital-health');
    charter.status = 'draft';
    const { page, dir } = await open(charter);
    const { pages } = await printedPages(page, dir);
    expect(pages.length).toBeGreaterThan(2);
    // The mark overlays the text, so pdftotext interleaves its date with the page's lines: the word is checked per page, the date in the DOM.
    for (const text of pages) expect(text).toMatch(/\bDRAFT\b(?!,)/);
    expect(await page.$eval('.draft-mark', (m) => getComputedStyle(m, '::after').content)).toBe('"rendered 1 December 2026"');
    expect(await page.$eval('.draft-mark', (m) => getComputedStyle(m).position)).toBe('fixed');
    expect(await page.textContent('.draft-note')).toContain('DRAFT, rendered on 1 December 2026');
    await page.close();
  });

  it('marks an active charter only with --draft', async () => {
    const active = await open(exampleData('education'));
    expect(await active.page.$$('.draft-mark, .draft-note')).toHaveLength(0);
    expect((await printedPages(active.page, active.dir)).pages.join('')).not.toContain('DRAFT');
    await active.page.close();
    const forced = await open(exampleData('education'), { draft: true });
    expect(await forced.page.$$('.draft-mark')).toHaveLength(1);
    await forced.page.close();
  });

  it.each([
    ['a4', 595.28, 841.89],
    ['letter', 612, 792],
  ] as const)('prints on %s paper', async (paper, width, height) => {
    const { page, dir } = await open(exampleData('smart-city'), { paper });
    const { pdf } = await printedPages(page, dir);
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThan(1);
    for (const [w, h] of boxes) {
      expect(Math.abs(w - width)).toBeLessThan(1.5);
      expect(Math.abs(h - height)).toBeLessThan(1.5);
    }
    await page.close();
  });
});
