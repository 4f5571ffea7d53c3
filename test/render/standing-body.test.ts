import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { lint } from 'markdownlint/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinItems, renderCharter } from '../../src/render/render.js';
import { exampleData, root, tempDir } from '../helpers.js';
import { launchChromium } from './browser.js';

const markdownIt = new MarkdownIt();

function headings(markdown: string): string[] {
  const tokens = markdownIt.parse(markdown, {});
  return tokens.flatMap((t, i) => (t.type === 'heading_open' ? [`${t.tag} ${tokens[i + 1].content.replace(/^\d+(\.\d+)*\.? /, '')}`] : []));
}

function markdownlint(markdown: string): string[] {
  const result = lint({ strings: { doc: markdown }, config: { default: true, MD013: false } });
  return result.doc.map((e) => `${e.lineNumber} ${e.ruleNames.join('/')} ${e.errorDetail ?? ''}`);
}

describe('a standing body adopted as terms of reference (examples/data-consortium)', () => {
  it('prints committees, the secretariat, conflicts of interest, written decisions, dissolution and the data sharing agreement in plain words', async () => {
    const markdown = await renderCharter(exampleData('data-consortium') as never, { format: 'md' });
    expect(markdownlint(markdown)).toEqual([]);
    const h = headings(markdown);
    for (const heading of ['h2 Committees', 'h3 Data Access Committee', 'h3 Secretariat', 'h2 Conflicts of interest', 'h2 Dissolution', 'h2 Adoption']) expect(h).toContain(heading);
    expect(markdown).toContain('The secretariat is Consortium Secretariat, hosted by Northern Regional Public Health Agency.');
    expect(markdown).toMatch(/Decisions may also be taken in writing between meetings\\?: a written decision counts only when at least 67% of the voting members have answered; a member who does not answer is not counted as agreeing\./);
    expect(markdown).toContain('A member with a conflict of interest in an item takes no part in its discussion or vote.');
    expect(markdown).toContain('The partnership is dissolved by a decision of the governing body taken by unanimity');
    expect(markdown).toContain('the detailed terms are set out in the Northern Health Data Sharing Agreement (2024 edition).');
    expect(markdown).toContain('| Northern Regional Public Health Agency | 1 | Observer |');
    expect(markdown).toContain('The committee meets monthly.');
  });

  it('says so when a conflicted member may still vote', async () => {
    const charter = exampleData('data-consortium');
    charter.governance.conflict_of_interest = { recusal: false };
    const markdown = await renderCharter(charter as never, { format: 'md' });
    expect(markdown).toContain('- A member who has declared a conflict of interest may still take part in the discussion and the vote.');
  });

  it('says the term runs until dissolution, and prints an adoption line instead of a signature block per partner', async () => {
    const markdown = await renderCharter(exampleData('data-consortium') as never, { format: 'md' });
    expect(markdown).toMatch(/This Charter takes effect on 1 April 2019 and remains in force until the partnership is dissolved under clause \d+\./);
    expect(markdown).toContain('These terms of reference were adopted by the Consortium Board on 12 March 2025.');
    expect(headings(markdown)).not.toContain('h2 Signatures');
    expect(markdown).not.toContain('Signed for party');
  });

  it('leaves blanks to fill in when terms of reference do not say who adopted them', async () => {
    const charter = exampleData('data-consortium');
    delete charter.agreement.adopted;
    const markdown = await renderCharter(charter as never, { format: 'md' });
    expect(markdown).toContain('These terms of reference were adopted by \\_\\_');
    expect(markdownlint(markdown)).toEqual([]);
  });

  it('an agreement (the default form) keeps its signature blocks, after the adoption it records', async () => {
    const charter = exampleData('data-consortium');
    delete charter.form;
    const markdown = await renderCharter(charter as never, { format: 'md' });
    expect(headings(markdown).slice(-8)).toEqual(['h2 Adoption', 'h2 Signatures', ...charter.partners.map((_: unknown, i: number) => expect.stringMatching(new RegExp(`^h3 Signed for party ${i + 1}: `)))]);
    expect(markdown).toContain('This Charter was adopted by the Consortium Board on 12 March 2025.');
    expect(markdownlint(markdown)).toEqual([]);
    delete charter.agreement.adopted;
    expect(headings(await renderCharter(charter as never, { format: 'md' }))).not.toContain('h2 Adoption');
  });
});

describe('x- extensions under "Further provisions"', () => {
  const charter = () => {
    const c = exampleData('smart-city');
    c['x-zeta'] = 'first at the top';
    c.governance['x-nested'] = { b: 'second', a: ['<script>alert(1)</script>', { deep: '*bold*' }] };
    c.partners[0]['x-note'] = 'About [this](http://example.com) partner';
    c['x-alpha'] = true;
    return c;
  };

  it('shows keys at any depth, in source order, as nested lists, with where each stands, escaped', async () => {
    const markdown = await renderCharter(charter() as never, { format: 'md' });
    expect(markdownlint(markdown)).toEqual([]);
    const section = markdown.slice(markdown.indexOf('Further provisions'));
    const html = markdownIt.render(section);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<a ');
    expect(html).not.toContain('<strong>');
    // In the order the file has them: a partner's, then governance's, then the top-level ones.
    const order = ['note', 'nested', 'zeta', 'alpha'].map((key) => section.indexOf(`- ${key}`));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(section).toContain('- note (Partners › City of Aarhaven):');
    expect(section).toMatch(/\n {2}- b: second\n {2}- a:\n {4}- 1: \\<script>/);
    expect(section).toMatch(/\n {4}- 2:\n {6}- deep: \\\*bold\\\*/);
  });

  it('shows them as nested definition lists in HTML, escaped', async () => {
    const html = await renderCharter(charter() as never, { format: 'html' });
    const section = html.slice(html.indexOf('id="further-provisions"'));
    expect(section).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(section).not.toContain('<script>');
    expect(section).toMatch(/<dt>nested[^<]*<span class="where">\(Governance\)<\/span><\/dt><dd><dl>\n<dt>b<\/dt><dd>second<\/dd>/);
  });

  it('summarises values nested deeper than it shows, without failing', async () => {
    const c = exampleData('smart-city');
    let deep: Record<string, unknown> = { end: 'bottom' };
    for (let i = 0; i < 500; i++) deep = { level: deep };
    c['x-deep'] = deep;
    const markdown = await renderCharter(c as never, { format: 'md' });
    expect(markdown).toContain('- deep:');
    expect(markdown).toContain('…');
  });
});

describe('lists joined into a sentence', () => {
  it.each([
    [['a', 'b'], 'a; b'],
    [['Design the study.', 'To publish'], 'Design the study. To publish'],
    [['one;', 'two', 'three?', 'four'], 'one; two; three? four'],
    [['only'], 'only'],
    [[], ''],
  ])('%j → %s', (items, joined) => {
    expect(joinItems(items)).toBe(joined);
  });

  it('never gives an item that ends in punctuation a second mark in the agreement', async () => {
    const c = exampleData('smart-city');
    c.roles[0].responsibilities = ['Grant permits.', 'To publish data'];
    const markdown = await renderCharter(c as never, { format: 'md' });
    expect(markdown).toContain('Grant permits. To publish data');
    expect(markdown).not.toMatch(/[.;:!?]; /);
  });
});

describe('the standing-body example in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is accessible (axe-core: no WCAG 2 A/AA violation) and its headings are in order', async () => {
    const file = join(tempDir(), 'agreement.html');
    writeFileSync(file, await renderCharter(exampleData('data-consortium') as never, { format: 'html' }));
    const page = await browser.newPage();
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName[1])));
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
    const text = await page.innerText('body');
    expect(text).toContain('These terms of reference were adopted by the Consortium Board on 12 March 2025.');
    expect(text).not.toContain('Signed for party');
    await page.evaluate(readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const result = await (globalThis as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v: any) => `${v.id}: ${v.nodes.length} nodes`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
