import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printPdf } from '../../src/render/pdf.js';
import { renderCharter } from '../../src/render/render.js';
import { buildView } from '../../src/render/view.js';
import { documentProperties } from '../../src/render/properties.js';
import { browserCandidates, findBrowser, NO_BROWSER } from '../../src/render/browser.js';
import { exampleData, runCli, tempDir, USE_CASE_EXAMPLES } from '../helpers.js';
import { hostileCharter, SCRIPT } from './hostile.js';
import { pageSize, pdfFonts, pdfInfo, pdfOutline, pdfText } from './office.js';

const BROWSER = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const A4: [number, number] = [595.28, 841.89];
const LETTER: [number, number] = [612, 792];

const work = tempDir('charter-pdf-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const flat = (text: string) => text.replace(/\s+/g, ' ');
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#x3D;/g, '=').replace(/&#x60;/g, '`').replace(/&amp;/g, '&');

/** The HTML agreement's section and part headings (h2, h3), as text. */
const headingsOf = (html: string) => [...html.matchAll(/<h([23])[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => ({ level: Number(m[1]), title: decode(m[2].replace(/<[^>]+>/g, '')) }));

function expectPageSize(file: string, [width, height]: [number, number]) {
  const [w, h] = pageSize(pdfInfo(file));
  expect(Math.abs(w - width)).toBeLessThan(1.5);
  expect(Math.abs(h - height)).toBeLessThan(1.5);
}

async function print(charter: Record<string, any>, name: string, paper: 'a4' | 'letter' = 'a4'): Promise<{ file: string; html: string }> {
  const html = await renderCharter(charter as never, { format: 'html' });
  const pdf = await printPdf(html, { browser: BROWSER, paper, info: documentProperties(buildView(charter as never)) });
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  return { file, html };
}

describe('PDF printing through the machine\'s Chromium', () => {
  it.each(USE_CASE_EXAMPLES)('%s: A4, title and subject, outline from the headings, every section, page numbers, signatures last', async (name) => {
    const charter = exampleData(name);
    const { file, html } = await print(charter, name);
    expectPageSize(file, A4);
    const info = pdfInfo(file);
    expect(info.Title).toBe(charter.title);
    expect(info.Subject).toContain(charter.partners[0].name);
    expect(info.Tagged).toBe('yes');
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThanOrEqual(3);

    const headings = headingsOf(html);
    const outline = pdfOutline(file);
    // Chromium drops the space where a heading wraps, so titles compare without whitespace.
    const bare = (title: string) => title.replace(/\s+/g, '');
    expect(bare(outline[0].title)).toBe(bare(charter.title));
    expect(outline.slice(1).map((o) => bare(o.title))).toEqual(headings.map((h) => bare(h.title)));

    const text = flat(pdfText(file));
    // Every section's heading is in the text (the signature blocks, in two columns, are read from the outline below).
    for (const heading of headings.slice(0, headings.findIndex((h) => h.title === 'Signatures') + 1)) expect(text).toContain(flat(heading.title));
    for (const partner of charter.partners) expect(text).toContain(flat(partner.name));
    for (let page = 1; page <= pages; page++) expect(flat(pdfText(file, { first: page, last: page }))).toContain(`Page ${page} of ${pages}`);

    // The signatures start a page of their own, and nothing but signatures follows.
    const signatures = outline.findIndex((o) => o.title === 'Signatures');
    const signaturePage = outline[signatures].page;
    expect(outline[signatures - 1].page).toBeLessThan(signaturePage);
    expect(outline.slice(signatures + 1).every((o) => o.title.startsWith('Signed for party '))).toBe(true);
    for (const [i, partner] of charter.partners.entries()) {
      const block = outline.find((o) => bare(o.title) === bare(`Signed for party ${i + 1}: ${partner.name}`));
      expect(block?.page, partner.name).toBeGreaterThanOrEqual(signaturePage);
    }
    // Signature blocks sit in two columns, so pdftotext interleaves them: count, do not read.
    const lastPages = flat(pdfText(file, { first: signaturePage }));
    expect(lastPages.match(/Date and place/g)).toHaveLength(charter.partners.length);
  });

  it('embeds its fonts, and prints a hostile charter as text', async () => {
    const { file } = await print(hostileCharter(), 'hostile');
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    const text = flat(pdfText(file));
    expect(text).toContain(SCRIPT);
    expect(pdfInfo(file).Title).toBe(hostileCharter().title);
  });

  it('is the same document every time but for the creation date', async () => {
    const a = await printPdf('<!DOCTYPE html><title>T</title><h1>T</h1>', { browser: BROWSER, paper: 'a4', info: { title: 'T', subject: 'S', keywords: 'K' } });
    const b = await printPdf('<!DOCTYPE html><title>T</title><h1>T</h1>', { browser: BROWSER, paper: 'a4', info: { title: 'T', subject: 'S', keywords: 'K' } });
    const strip = (pdf: Buffer) => pdf.toString('latin1').replace(/\/(CreationDate|ModDate) \(D:[^)]*\)/g, '');
    expect(strip(a)).toBe(strip(b));
  });
});

describe('charter render --format pdf', () => {
  let server: Server;
  const requests: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('prints Letter when asked, marks a draft on every page, and fetches nothing even when a template asks', () => {
    const port = (server.address() as AddressInfo).port;
    const templates = join(work, 'templates');
    mkdirSync(templates, { recursive: true });
    // A user's agreement.hbs without the built-in Content-Security-Policy, pulling from the network.
    writeFileSync(
      join(templates, 'agreement.hbs'),
      `<!DOCTYPE html><html lang="en"><head><title>{{title}}</title><link rel="stylesheet" href="http://127.0.0.1:${port}/style.css"></head>` +
        `<body>{{> draft}}<img src="http://127.0.0.1:${port}/logo.png" alt=""><h1>{{title}}</h1>{{> parties}}{{> signatures}}<iframe src="http://127.0.0.1:${port}/frame"></iframe></body></html>`,
    );
    const out = join(work, 'letter.pdf');
    const { code, stdout, stderr } = runCli(['render', 'examples/education.charter.yaml', '--format', 'pdf', '--paper', 'letter', '--draft', '--today', '2026-11-27', '--template', templates, '--out', out], {
      env: { CHARTER_BROWSER: BROWSER },
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expectPageSize(out, LETTER);
    const pages = Number(pdfInfo(out).Pages);
    for (let page = 1; page <= pages; page++) expect(flat(pdfText(out, { first: page, last: page }))).toContain('DRAFT · rendered 27 November 2026');
    expect(requests).toEqual([]);
  });

  it('exits 2 with one line saying how to get a browser when none is found, writing nothing', () => {
    const empty = join(work, 'empty-path');
    mkdirSync(empty, { recursive: true });
    const out = join(work, 'none.pdf');
    const r = runCli(['render', 'examples/education.charter.yaml', '--format', 'pdf', '--out', out], { env: { PATH: empty, CHARTER_BROWSER: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`charter: ${NO_BROWSER}\n`);
    expect(r.stderr).toContain('apt-get install chromium');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 naming a --browser or CHARTER_BROWSER that does not exist', () => {
    const given = runCli(['render', 'examples/education.charter.yaml', '--format', 'pdf', '--browser', '/nonexistent/chrome', '--out', join(work, 'x.pdf')]);
    expect(given.code).toBe(2);
    expect(given.stderr).toBe('charter: --browser /nonexistent/chrome: no such executable file\n');
    const env = runCli(['render', 'examples/education.charter.yaml', '--format', 'pdf', '--out', join(work, 'x.pdf')], { env: { CHARTER_BROWSER: '/nonexistent/edge' } });
    expect(env.code).toBe(2);
    expect(env.stderr).toBe('charter: CHARTER_BROWSER /nonexistent/edge: no such executable file\n');
  });

  it('looks for Chrome, Chromium and Edge where each platform installs them', () => {
    expect(browserCandidates({ PATH: '/usr/bin:/snap/bin' }, 'linux')).toEqual(expect.arrayContaining(['/usr/bin/chromium', '/usr/bin/google-chrome', '/snap/bin/chromium', '/usr/bin/microsoft-edge']));
    expect(browserCandidates({ PATH: '', HOME: '/Users/ana' }, 'darwin')).toEqual(
      expect.arrayContaining(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Users/ana/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge']),
    );
    expect(browserCandidates({ PATH: '', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }, 'win32')).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    const installed = new Set(['/opt/bin/google-chrome']);
    expect(findBrowser(undefined, { PATH: '/usr/local/bin:/opt/bin' }, 'linux', (p) => installed.has(p))).toBe('/opt/bin/google-chrome');
    expect(() => findBrowser(undefined, { PATH: '/usr/local/bin' }, 'linux', () => false)).toThrow(NO_BROWSER);
  });
});
