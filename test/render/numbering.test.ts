import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCharter } from '../../src/render/render.js';
import { clauseNumber, type Clause } from '../../src/render/numbering.js';
import { buildView } from '../../src/render/view.js';
import { renderDocx } from '../../src/render/docx.js';
import { printPdf } from '../../src/render/pdf.js';
import { EXAMPLES, exampleData, tempDir } from '../helpers.js';
import { launchChromium } from './browser.js';
import { numberedParagraphs, pdfOutline, pdfText, unzip } from './office.js';

/** A clause as a format printed it: its number and the text that follows the number. */
interface PrintedClause {
  number: string;
  text: string;
}

const CLAUSE = /^(\d+(?:\.\d+)*)\.? (.*)$/s;
const markdownIt = new MarkdownIt();

/** Markdown: numbered headings, and paragraphs that start with a part number (escalation steps). */
function markdownClauses(markdown: string): PrintedClause[] {
  const tokens = markdownIt.parse(markdown, {});
  const printed: PrintedClause[] = [];
  tokens.forEach((token, i) => {
    const inline = tokens[i + 1];
    const isHeading = token.type === 'heading_open' && (token.tag === 'h2' || token.tag === 'h3');
    if (!isHeading && token.type !== 'paragraph_open') return;
    const text = (inline.children ?? []).map((t) => t.content).join('');
    const match = CLAUSE.exec(text);
    if (match && (isHeading || match[1].includes('.'))) printed.push({ number: match[1], text: match[2] });
  });
  return printed;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** HTML as Chromium shows it: every element that carries a clause number. */
async function htmlClauses(html: string): Promise<PrintedClause[]> {
  const dir = tempDir();
  const file = join(dir, 'agreement.html');
  writeFileSync(file, html);
  const page = await browser.newPage();
  try {
    await page.goto(`file://${file}`);
    return await page.$$eval('.clause-number', (spans) =>
      spans.map((span) => ({ number: span.textContent!.replace(/\.$/, ''), text: span.parentElement!.textContent!.slice(span.textContent!.length).trim() })),
    );
  } finally {
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** DOCX: the paragraphs Word numbers, with the numbers Word gives them (LibreOffice shows the same: test/render/docx.test.ts). */
async function docxClauses(charter: never): Promise<PrintedClause[]> {
  const documentXml = unzip(await renderDocx(charter)).get('word/document.xml')!.toString('utf8');
  return numberedParagraphs(documentXml).flatMap((p) => (p.number === undefined ? [] : [{ number: p.number.replace(/\.$/, ''), text: p.text }]));
}

/**
 * PDF, as poppler reads Chromium's print: numbered headings from the outline, and the
 * numbered paragraphs (escalation steps) from the text, each after the clause it belongs to.
 */
async function pdfClauses(charter: never): Promise<PrintedClause[]> {
  const file = join(tempDir(), 'agreement.pdf');
  const html = await renderCharter(charter, { format: 'html' });
  writeFileSync(file, await printPdf(html, { browser: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', paper: 'a4', info: { title: 't', subject: 's', keywords: 'k' } }));
  const printed = pdfOutline(file).flatMap((o) => {
    const match = CLAUSE.exec(o.title);
    return match ? [{ number: match[1], text: match[2] }] : [];
  });
  const headed = new Set(printed.map((p) => p.number));
  // A numbered line not in the outline starts a clause paragraph; it runs on until a blank or numbered line.
  const lines = pdfText(file).split('\n').map((line) => line.trim());
  lines.forEach((line, i) => {
    const match = /^(\d+)\.(\d+) (.*)$/.exec(line);
    if (!match || headed.has(`${match[1]}.${match[2]}`)) return;
    let text = match[3];
    for (let j = i + 1; j < lines.length && lines[j] !== '' && !/^\d+(\.\d+)*\.? /.test(lines[j]); j++) text += ` ${lines[j]}`;
    let after = printed.length - 1;
    while (after >= 0 && printed[after].number !== match[1] && !printed[after].number.startsWith(`${match[1]}.`)) after--;
    printed.splice(after + 1, 0, { number: `${match[1]}.${match[2]}`, text });
  });
  return printed;
}

/** Each format, rendered and read back. */
const FORMATS: Record<string, (charter: never) => Promise<PrintedClause[]>> = {
  md: async (charter) => markdownClauses(await renderCharter(charter, { format: 'md' })),
  html: async (charter) => htmlClauses(await renderCharter(charter, { format: 'html' })),
  docx: docxClauses,
  pdf: pdfClauses,
};

function expectedClauses(charter: never): Clause[] {
  return buildView(charter).clauses.sections.flatMap((section) => [section, ...section.parts]);
}

describe('clause numbers', () => {
  describe.each(Object.keys(FORMATS))('in %s', (format) => {
    it.each(EXAMPLES)('are the numbering model’s, in order, for %s', async (name) => {
      const charter = exampleData(name) as never;
      const expected = expectedClauses(charter);
      const printed = await FORMATS[format](charter);
      expect(printed.map((p) => p.number)).toEqual(expected.map((c) => c.number));
      printed.forEach((p, i) => expect(p.text, `clause ${p.number}`).toContain(expected[i].title));
    });
  });

  it('number sections 1, 2, … and their parts n.1, n.2, …, leaving out what the charter lacks', () => {
    const charter = exampleData('smart-city');
    const full = buildView(charter as never).clauses;
    full.sections.forEach((section, i) => {
      expect(section.number).toBe(String(i + 1));
      section.parts.forEach((part, j) => expect(part.number).toBe(`${i + 1}.${j + 1}`));
    });
    expect(full.sections[0].key).toBe('definitions');
    expect(full.sections.map((s) => s.key)).not.toContain('signatures');
    delete charter.challenge;
    delete charter.sectors;
    const fewer = buildView(charter as never).clauses;
    expect(fewer.sections).toHaveLength(full.sections.length - (full.numbers.challenge ? 1 : 0) - (full.numbers.sectors ? 1 : 0));
    expect(Number(clauseNumber(fewer, 'goals'))).toBeLessThan(Number(clauseNumber(full, 'goals')));
    expect(clauseNumber(fewer, 'challenge')).toBeUndefined();
    expect(clauseNumber(fewer, 'goals', charter.goals[1].id)).toBe(`${clauseNumber(fewer, 'goals')}.2`);
    expect(clauseNumber(fewer, 'constructor')).toBeUndefined();
  });

  it('are the same for the same charter, and cross-references use them', async () => {
    const charter = exampleData('digital-health');
    expect(buildView(charter as never).clauses).toEqual(buildView(structuredClone(charter) as never).clauses);
    const numbers = buildView(charter as never).clauses.numbers;
    const markdown = await renderCharter(charter as never, { format: 'md' });
    expect(markdown).toContain(`as amended under clause ${numbers.amendments}.`);
    expect(markdown).toContain(`set up in clause ${numbers['governance/body']}.`);
    expect(markdown).toContain(`leaves earlier under clause ${numbers.exit}.`);
  });
});
