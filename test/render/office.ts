// Real components for the DOCX and PDF tests: a ZIP reader, LibreOffice and poppler-utils.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** The entries of a ZIP archive (an Office Open XML package), read from its central directory. */
export function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a ZIP archive: no end of central directory');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const method = archive.readUInt16LE(at + 10);
    const compressedSize = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const localHeader = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = localHeader + 30 + archive.readUInt16LE(localHeader + 26) + archive.readUInt16LE(localHeader + 28);
    const data = archive.subarray(dataStart, dataStart + compressedSize);
    if (!name.endsWith('/')) entries.set(name, method === 0 ? data : inflateRawSync(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Converts documents to PDF with Debian's LibreOffice in one headless run. Each call has its
 * own profile and HOME, so parallel test files never share (and lock) a LibreOffice profile.
 */
export function convertWithLibreOffice(files: string[], workDir: string): void {
  const profile = join(workDir, 'lo-profile');
  mkdirSync(profile, { recursive: true });
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', workDir, ...files], {
    env: { PATH: process.env.PATH, HOME: workDir },
    stdio: 'pipe',
    timeout: 300_000,
  });
}

export function pdfText(file: string, pages: { first?: number; last?: number } = {}): string {
  const range = [...(pages.first ? ['-f', String(pages.first)] : []), ...(pages.last ? ['-l', String(pages.last)] : [])];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').flatMap((line) => {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    return m ? [[m[1], m[2]]] : [];
  }));
}

const xmlUnescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;|&#39;/g, "'").replace(/&amp;/g, '&');

/** The PDF's outline (bookmarks) as poppler reads it: title and page, flattened in order. */
export function pdfOutline(file: string): { title: string; page: number }[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-q', '-stdout', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...xml.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => ({ title: xmlUnescape(m[2]), page: Number(m[1]) }));
}

/** Page size in points as pdfinfo reports it. */
export function pageSize(info: Record<string, string>): [number, number] {
  const m = /([\d.]+) x ([\d.]+) pts/.exec(info['Page size'] ?? '');
  if (!m) throw new Error(`no page size in ${JSON.stringify(info)}`);
  return [Number(m[1]), Number(m[2])];
}

/** The fonts a PDF uses, as pdffonts lists them, with whether each is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  // Columns: name type encoding emb sub uni object ID; the name has no spaces, the type may.
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    return { name: columns[0], embedded: columns.at(-5) === 'yes' };
  });
}


/** Paragraphs of word/document.xml: style, numbering level (if numbered) and text. */
export function paragraphs(documentXml: string) {
  return [...documentXml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const p = m[1] ?? m[2];
    return {
      style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1],
      level: /<w:numPr>[\s\S]*?<w:ilvl w:val="(\d+)"/.exec(p)?.[1],
      pageBreakBefore: p.includes('<w:pageBreakBefore'),
      text: xmlUnescape([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
      xml: p,
    };
  });
}

/**
 * What Word numbers and how: Heading 1 paragraphs with the clause numbering are "7.", Heading 2
 * and numbered clause paragraphs "7.1"; unnumbered headings (cover, signatures) come bare.
 */
export function numberedParagraphs(documentXml: string) {
  let clause = 0;
  let part = 0;
  return paragraphs(documentXml)
    .filter((p) => p.style === 'Heading1' || p.style === 'Heading2' || p.style === 'ClauseText')
    .map((p) => {
      if (p.level === '0') {
        clause++;
        part = 0;
      } else if (p.level === '1') part++;
      const number = p.level === '0' ? `${clause}.` : p.level === '1' ? `${clause}.${part}` : undefined;
      return { style: p.style, number, text: p.text };
    });
}
