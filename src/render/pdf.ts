import Handlebars from 'handlebars/runtime';
import { UsageError } from '../core/errors.js';
import { MARGIN_MM } from './paper.js';
import type { Paper } from './view.js';
import { shortened } from './properties.js';

export interface PdfOptions {
  /** The browser's executable (see findBrowser). */
  browser: string;
  paper: Paper;
  info: { title: string; subject: string; keywords: string; version?: string };
  /** A draft: the date it was rendered, as the agreement writes it ("27 November 2026"). */
  draft?: { renderedOn?: string };
}

/** Started as test/render starts it: headless, no first-run work, nothing in the background. */
function launchArgs(): string[] {
  const args = ['--disable-gpu', '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions', '--disable-default-apps', '--disable-quic', '--disable-dev-shm-usage', '--mute-audio'];
  // Chromium refuses to start its sandbox as root (containers, CI); elsewhere the sandbox stays on.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

const escape = (text: string) => Handlebars.Utils.escapeExpression(text);
const MARGIN_CSS = `font: 8pt system-ui, sans-serif; color: #4a5466; width: 100%; padding: 0 ${MARGIN_MM.right}mm 0 ${MARGIN_MM.left}mm; box-sizing: border-box;`;

/**
 * Prints the HTML agreement to PDF with a Chromium-family browser through playwright-core:
 * JavaScript off, every request refused, selectable text with embedded fonts, the outline
 * (bookmarks) from the headings, a tagged PDF, page numbers in the footer, and the title,
 * subject and keywords in the document information.
 */
export async function printPdf(html: string, options: PdfOptions): Promise<Buffer> {
  const { chromium } = await import('playwright-core');
  let browser;
  try {
    browser = await chromium.launch({ executablePath: options.browser, headless: true, args: launchArgs(), timeout: 60_000 });
  } catch (error) {
    const reason = (error as Error).message.split('\n').find((line) => line.trim() !== '') ?? 'it did not start';
    throw new UsageError(`cannot start the browser ${options.browser}: ${reason.replace(/^browserType\.launch: /, '')}`);
  }
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    // The HTML's own draft mark is large and rotated; the header repeats it legibly, with its date.
    const draft = options.draft ? `<strong style="color: #b00020">DRAFT</strong>${options.draft.renderedOn ? ` · rendered ${escape(options.draft.renderedOn)}` : ''} · not for signature · ` : '';
    const version = options.info.version ? `Version ${escape(shortened(options.info.version, 40))} · ` : '';
    const pdf = await page.pdf({
      format: options.paper === 'letter' ? 'Letter' : 'A4',
      preferCSSPageSize: false,
      margin: { top: `${MARGIN_MM.top}mm`, right: `${MARGIN_MM.right}mm`, bottom: `${MARGIN_MM.bottom}mm`, left: `${MARGIN_MM.left}mm` },
      printBackground: true,
      outline: true,
      tagged: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="${MARGIN_CSS} text-align: right">${draft}${escape(shortened(options.info.title, 90))}</div>`,
      footerTemplate: `<div style="${MARGIN_CSS} text-align: center">${version}Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
    });
    return withDocumentInfo(pdf, options.info);
  } finally {
    await browser.close();
  }
}

/** A PDF text string: UTF-16BE with a byte-order mark, written in hex, so no character needs escaping. */
function pdfText(text: string): string {
  const utf16 = Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();
  return `<${utf16.toString('hex').toUpperCase()}>`;
}

/**
 * Chromium writes only the title into the document information; an incremental update
 * (a new Info object, an xref section for it and a trailer pointing back at the original)
 * adds the subject, keywords and version without touching the printed bytes.
 */
export function withDocumentInfo(pdf: Buffer, info: PdfOptions['info']): Buffer {
  const text = pdf.toString('latin1');
  const trailer = [...text.matchAll(/trailer\s*<<([\s\S]*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$/g)].at(-1);
  const size = trailer && /\/Size (\d+)/.exec(trailer[1])?.[1];
  const root = trailer && /\/Root (\d+ \d+ R)/.exec(trailer[1])?.[1];
  if (!trailer || !size || !root) throw new Error('the browser wrote a PDF without the expected trailer');
  const created = /\/CreationDate (\(D:[0-9+\-Z']+\))/.exec(text)?.[1];
  const id = Number(size);
  const entries = [
    `/Title ${pdfText(info.title)}`,
    `/Subject ${pdfText(info.subject)}`,
    `/Keywords ${pdfText(info.keywords)}`,
    ...(info.version ? [`/Version ${pdfText(info.version)}`] : []),
    '/Creator (charter)',
    '/Producer (Chromium)',
    ...(created ? [`/CreationDate ${created}`, `/ModDate ${created}`] : []),
  ];
  const object = `\n${id} 0 obj\n<<${entries.join('\n')}>>\nendobj\n`;
  const objectOffset = pdf.length + 1;
  const xrefOffset = pdf.length + Buffer.byteLength(object, 'latin1');
  const update =
    `${object}xref\n${id} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${id + 1}\n/Root ${root}\n/Info ${id} 0 R\n/Prev ${trailer[2]}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
}
