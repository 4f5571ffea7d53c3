import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx.js';
import { buildView, type ViewOptions } from '../../src/render/view.js';
import { runRender } from '../../src/commands/render.js';
import { bin, exampleData, root, runCli, tempDir, toYaml, USE_CASE_EXAMPLES } from '../helpers.js';
import { hostileCharter, IMG, SCRIPT } from './hostile.js';
import { convertWithLibreOffice, numberedParagraphs, pageSize, paragraphs, pdfInfo, pdfText, unzip } from './office.js';

const RTL = 'جمعية سكان ريفرسايد';
const LONG_NAME = `Long${'Ab'.repeat(5000)}`;
const CONTROL = 'bell\u0007 escape\u001b[31m nul\u0000 end';

/** Every hostile string the issue names: markup, CDATA ends, control characters, a 10,000-character name, right-to-left text. */
function hostileDocxCharter(): Record<string, any> {
  const c = hostileCharter();
  c.partners[2].name = RTL;
  c.partners[2].signatory.name = LONG_NAME;
  c.vision = `${c.vision} ]]> <![CDATA[ x ]]> ${CONTROL}`;
  c.governance.confidentiality = `&amp; &#0; <?xml version="1.0"?> ${CONTROL}`;
  return c;
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

const work = tempDir('charter-docx-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cases: Record<string, { charter: Record<string, any>; options: ViewOptions }> = {
  ...Object.fromEntries(USE_CASE_EXAMPLES.map((name) => [name, { charter: exampleData(name), options: { paper: 'a4' } }])),
  hostile: { charter: hostileDocxCharter(), options: { paper: 'a4', draft: true, renderedOn: '2026-11-27' } },
  letter: { charter: exampleData('education'), options: { paper: 'letter' } },
};
const docx = new Map<string, Buffer>();

beforeAll(async () => {
  for (const [name, { charter, options }] of Object.entries(cases)) {
    const bytes = await renderDocx(charter as never, options);
    docx.set(name, bytes);
    writeFileSync(join(work, `${name}.docx`), bytes);
  }
  // One LibreOffice run converts them all: its start-up is most of the cost.
  convertWithLibreOffice(Object.keys(cases).map((name) => join(work, `${name}.docx`)), work);
}, 300_000);

describe('DOCX rendering', () => {
  it.each(Object.keys(cases))('%s: is an Office Open XML package whose every part parses as XML', (name) => {
    const parts = unzip(docx.get(name)!);
    expect([...parts.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml']));
    for (const [part, bytes] of parts) {
      if (!/\.(xml|rels)$/.test(part)) continue;
      expect(XMLValidator.validate(bytes.toString('utf8')), part).toBe(true);
    }
    // Every part the package declares exists, and every relationship points at a part.
    const types = parts.get('[Content_Types].xml')!.toString('utf8');
    for (const m of types.matchAll(/PartName="\/([^"]+)"/g)) expect(parts.has(m[1]), m[1]).toBe(true);
    for (const [part, bytes] of parts) {
      if (!part.endsWith('.rels')) continue;
      const base = part.replace(/_rels\/[^/]*\.rels$/, '');
      for (const m of bytes.toString('utf8').matchAll(/Target="([^"]+)"(?![^>]*TargetMode="External")/g)) {
        expect(parts.has(m[1].startsWith('/') ? m[1].slice(1) : `${base}${m[1]}`), `${part} → ${m[1]}`).toBe(true);
      }
    }
  });

  it.each(USE_CASE_EXAMPLES)('%s: LibreOffice converts it, and its text has every partner, every numbered clause heading and the signature lines', async (name) => {
    const charter = cases[name].charter;
    const pdf = join(work, `${name}.pdf`);
    expect(existsSync(pdf)).toBe(true);
    const text = flat(pdfText(pdf));
    for (const partner of charter.partners) {
      expect(text).toContain(flat(partner.name));
      expect(text).toContain(`For ${flat(partner.name)}`);
      if (partner.signatory?.name) expect(text).toContain(flat(partner.signatory.name));
    }
    const numbered = numberedParagraphs(unzip(docx.get(name)!).get('word/document.xml')!.toString('utf8'));
    let from = 0;
    for (const heading of numbered) {
      // A long escalation sentence wraps; its number and first words are enough to place it.
      const shown = flat(heading.number ? `${heading.number} ${heading.text}` : heading.text).slice(0, 60);
      const at = text.indexOf(shown, from);
      expect(at, shown).toBeGreaterThanOrEqual(0);
      from = at + shown.length;
    }
    expect(text.match(/Date and place/g)).toHaveLength(charter.partners.length);
    expect(text.match(/Signature/g)!.length).toBeGreaterThanOrEqual(charter.partners.length);
    const pages = Number(pdfInfo(pdf).Pages);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(25);
    // Footer: "page X of Y" on every page.
    for (let page = 1; page <= pages; page++) expect(flat(pdfText(pdf, { first: page, last: page }))).toContain(`Page ${page} of ${pages}`);
  });

  it.each(USE_CASE_EXAMPLES)("%s: numbers the numbering model's clauses, in its order, and leaves the signatures unnumbered", (name) => {
    const model = buildView(cases[name].charter as never).clauses.sections.flatMap((section) => [section, ...section.parts]);
    const numbered = numberedParagraphs(unzip(docx.get(name)!).get('word/document.xml')!.toString('utf8'));
    const clauses = numbered.filter((p) => p.number !== undefined);
    expect(clauses.map((p) => p.number!.replace(/\.$/, ''))).toEqual(model.map((c) => c.number));
    clauses.forEach((p, i) => expect(p.text, `clause ${p.number}`).toContain(model[i].title));
    const signatures = numbered.findIndex((p) => p.text === 'Signatures');
    expect(numbered.slice(signatures).every((p) => p.number === undefined)).toBe(true);
    expect(numbered.slice(signatures + 1).map((p) => p.text)).toEqual(cases[name].charter.partners.map((p: { name: string }, i: number) => `Signed for party ${i + 1}: ${p.name}`));
  });

  it('uses Word styles and numbering, real tables with repeated header rows, a signature page, header, footer and properties', () => {
    const parts = unzip(docx.get('smart-city')!);
    const styles = parts.get('word/styles.xml')!.toString('utf8');
    for (const [id, name] of [['Title', 'Title'], ['Heading1', 'heading 1'], ['Heading2', 'heading 2'], ['ListParagraph', 'List Paragraph'], ['Caption', 'caption']]) {
      expect(styles).toMatch(new RegExp(`<w:style w:type="paragraph" w:styleId="${id}"[^>]*>\\s*<w:name w:val="${name}"`, 'i'));
    }
    expect(styles).toMatch(/<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"\/>/);
    const numbering = parts.get('word/numbering.xml')!.toString('utf8');
    expect(numbering).toMatch(/<w:lvl w:ilvl="0"[^>]*>[\s\S]*?<w:numFmt w:val="decimal"\/>[\s\S]*?<w:lvlText w:val="%1."\/>/);
    expect(numbering).toMatch(/<w:lvl w:ilvl="1"[^>]*>[\s\S]*?<w:lvlText w:val="%1.%2"\/>/);

    const documentXml = parts.get('word/document.xml')!.toString('utf8');
    const charter = cases['smart-city'].charter;
    const tables = [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]);
    // RACI, members, metrics, commitments, risks, and one signature table per partner.
    expect(tables).toHaveLength(5 + charter.partners.length);
    for (const table of tables) expect(table).toContain('<w:tblStyle w:val="TableGrid"/>');
    for (const table of tables.slice(0, 5)) expect(/<w:tr>\s*<w:trPr>([\s\S]*?)<\/w:trPr>/.exec(table)?.[1]).toContain('<w:tblHeader');
    const metricsTable = tables.find((t) => t.includes('Baseline'))!;
    expect(metricsTable.match(/<w:tr>/g)).toHaveLength(charter.metrics.length + 1);
    const heading = paragraphs(documentXml).find((p) => p.text === 'Signatures')!;
    expect(heading.style).toBe('Heading1');
    expect(heading.pageBreakBefore).toBe(true);
    expect(heading.level).toBeUndefined();
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);

    expect(parts.get('word/header1.xml')!.toString('utf8')).toContain(charter.title);
    const footer = parts.get('word/footer1.xml')!.toString('utf8');
    expect(footer).toContain(`Version ${charter.version}`);
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
    const core = parts.get('docProps/core.xml')!.toString('utf8');
    expect(core).toContain(`<dc:title>${charter.title}</dc:title>`);
    expect(core).toMatch(/<dc:subject>Partnership charter between City of Aarhaven, [^<]+ and Aarhaven Residents&apos;s? Network<\/dc:subject>|<dc:subject>Partnership charter between City of Aarhaven, [^<]+ and Aarhaven Residents' Network<\/dc:subject>/);
    expect(core).toMatch(/<cp:keywords>partnership charter, Government, Business/);
    expect(parts.get('docProps/custom.xml')!.toString('utf8')).toMatch(new RegExp(`name="Version"[\\s\\S]*<vt:lpwstr>${charter.version}</vt:lpwstr>`));
  });

  it('prints on Letter when asked, and on A4 by default', () => {
    expect(pageSize(pdfInfo(join(work, 'letter.pdf')))).toEqual([612, 792]);
    const [w, h] = pageSize(pdfInfo(join(work, 'education.pdf')));
    expect(Math.abs(w - 595.28)).toBeLessThan(1.5);
    expect(Math.abs(h - 841.89)).toBeLessThan(1.5);
    expect(unzip(docx.get('letter')!).get('word/document.xml')!.toString('utf8')).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });

  it('keeps a hostile charter text: LibreOffice converts it and prints every value as written', () => {
    // pdftotext wraps right-to-left runs in embedding marks; the text between them is what matters.
    const text = flat(pdfText(join(work, 'hostile.pdf'))).replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
    expect(text).toContain(SCRIPT);
    expect(text).toContain(flat(IMG));
    expect(text).toContain(']]> <![CDATA[ x ]]>');
    expect(text).toContain('<?xml version="1.0"?>');
    expect(text).toContain(`bell\uFFFD escape\uFFFD[31m nul\uFFFD end`);
    expect(text).toContain(RTL);
    // The 10,000-character name runs over pages (headers and footers cut into it), all of it printed.
    expect(text.match(/A/g)!.length).toBeGreaterThanOrEqual(5000);
    expect(text.match(/b/g)!.length).toBeGreaterThanOrEqual(5000);
    expect(text).toContain('DRAFT · rendered 27 November 2026');
  });

  it('marks a draft on every page, and highlights each TODO placeholder', async () => {
    const charter = exampleData('education');
    charter.status = 'active';
    const header = async (options: ViewOptions) => unzip(await renderDocx(charter as never, options)).get('word/header1.xml')!.toString('utf8');
    expect(await header({ paper: 'a4' })).not.toContain('DRAFT');
    expect(await header({ paper: 'a4', draft: true, renderedOn: '2026-11-27' })).toMatch(/DRAFT[\s\S]*rendered 27 November 2026/);
    charter.status = 'draft';
    expect(await header({ paper: 'a4', renderedOn: '2026-11-27' })).toMatch(/DRAFT[\s\S]*rendered 27 November 2026/);
    charter.status = 'active';
    charter.partners[0].signatory = { name: 'TODO: who signs for this partner' };
    const documentXml = unzip(await renderDocx(charter as never, { paper: 'a4' })).get('word/document.xml')!.toString('utf8');
    const run = [...documentXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]).find((r) => r.includes('TODO: who signs'))!;
    expect(run).toContain('<w:highlight w:val="yellow"/>');
  });
});

describe('charter render --format docx', () => {
  it('writes the document to --out, and to stdout when stdout is not a terminal', () => {
    const dir = tempDir();
    try {
      const out = join(dir, 'agreement.docx');
      const written = runCli(['render', 'examples/education.charter.yaml', '--format', 'docx', '--out', out]);
      expect(written.code).toBe(0);
      expect(written.stdout).toBe('');
      expect(readFileSync(out).subarray(0, 4)).toEqual(Buffer.from('PK\u0003\u0004', 'latin1'));
      const piped = spawnSync(process.execPath, [bin, 'render', 'examples/education.charter.yaml', '--format', 'docx'], { cwd: root, env: { PATH: process.env.PATH, NO_COLOR: '1' } });
      expect(piped.status).toBe(0);
      expect(unzip(piped.stdout).has('word/document.xml')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to write a binary document to a terminal, and --template, with exit 2', async () => {
    const io = { stdout: () => {}, stdoutBytes: () => {}, stderr: () => {}, env: {}, color: false, stdoutIsTTY: true, stderrIsTTY: true, stdinIsTTY: true };
    await expect(runRender(join(root, 'examples/education.charter.yaml'), { format: 'docx' }, io)).rejects.toThrow('--format docx writes a binary file: give --out <file>, or redirect stdout');
    const r = runCli(['render', 'examples/education.charter.yaml', '--format', 'docx', '--template', 'templates', '--out', join(work, 'x.docx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('charter: --template applies to md, html and pdf; the DOCX is built without templates\n');
  });

  it('takes --paper a4 or letter and nothing else', () => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir, 'c.charter.yaml'), toYaml(exampleData('education')));
      expect(runCli(['render', 'c.charter.yaml', '--format', 'docx', '--paper', 'legal', '--out', 'x.docx'], { cwd: dir }).code).toBe(2);
      expect(runCli(['render', 'c.charter.yaml', '--format', 'docx', '--paper', 'letter', '--out', 'x.docx'], { cwd: dir }).code).toBe(0);
      expect(unzip(readFileSync(join(dir, 'x.docx'))).get('word/document.xml')!.toString('utf8')).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
