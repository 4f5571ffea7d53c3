import {
  AlignmentType,
  BuilderElement,
  convertMillimetersToTwip,
  Document,
  DocumentDefaults,
  Footer,
  Header,
  HeadingLevel,
  HeightRule,
  HighlightColor,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type XmlComponent,
} from 'docx';
import type { Charter } from '../generated/charter-types.js';
import { mapStrings, replaceControlCharacters } from './escape.js';
import { MARGIN_MM, PAPER_TWIPS, type Paper } from './paper.js';
import { documentProperties, isPlaceholder, shortened } from './properties.js';
import { buildView, type AgreementView } from './view.js';

export interface DocxOptions {
  paper: Paper;
  /** Mark every page DRAFT, with the date it was rendered (YYYY-MM-DD). */
  draft?: { renderedOn: string };
}

const CLAUSES = 'clauses';
const STEPS = 'steps';

/**
 * Renders a schema-valid charter as a Word document (Office Open XML), built through the
 * `docx` library's objects, so every value is escaped by construction. The sections come in
 * the order of the built-in templates; clause numbers are Word's own numbering on the
 * Heading 1 and Heading 2 paragraphs, so they follow the document when lawyers edit it.
 */
export async function renderDocx(charter: Charter, options: DocxOptions): Promise<Buffer> {
  const view = mapStrings(buildView(charter), replaceControlCharacters);
  const properties = documentProperties(view);
  const paper = PAPER_TWIPS[options.paper];
  const textWidth = paper.width - convertMillimetersToTwip(MARGIN_MM.left + MARGIN_MM.right);
  const body = new Body(textWidth);
  for (const section of SECTIONS) section(view, body);

  const document = new Document({
    title: properties.title,
    subject: properties.subject,
    keywords: properties.keywords,
    creator: 'charter',
    description: view.summary,
    customProperties: properties.version === undefined ? [] : [{ name: 'Version', value: properties.version }],
    styles: STYLES,
    numbering: {
      config: [
        {
          reference: CLAUSES,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT, isLegalNumberingStyle: true, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
          ],
        },
        { reference: STEPS, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 360 } } } }] },
      ],
    },
    features: { updateFields: false },
    sections: [
      {
        properties: {
          page: {
            size: { width: paper.width, height: paper.height },
            margin: {
              top: convertMillimetersToTwip(MARGIN_MM.top),
              right: convertMillimetersToTwip(MARGIN_MM.right),
              bottom: convertMillimetersToTwip(MARGIN_MM.bottom),
              left: convertMillimetersToTwip(MARGIN_MM.left),
              header: convertMillimetersToTwip(8),
              footer: convertMillimetersToTwip(8),
            },
          },
        },
        headers: { default: pageHeader(view, options) },
        footers: { default: pageFooter(view) },
        children: body.children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A run of charter text: a TODO placeholder is highlighted, so it cannot pass for agreed wording. */
function text(value: string, style: { bold?: boolean; size?: number } = {}): TextRun {
  return isPlaceholder(value) ? new TextRun({ text: value, ...style, highlight: HighlightColor.YELLOW, style: 'Placeholder' }) : new TextRun({ text: value, ...style });
}

/** The document body, built in reading order. */
class Body {
  readonly children: (Paragraph | Table)[] = [];
  private stepsInstance = 0;

  constructor(private readonly textWidth: number) {}

  /** A numbered clause (Heading 1, "7.") or part (Heading 2, "7.1"); unnumbered for the cover and signatures. */
  heading(level: 1 | 2, title: string, numbered = true, extra: IParagraphOptions = {}): void {
    this.children.push(
      new Paragraph({
        heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        children: [text(title)],
        ...(numbered ? { numbering: { reference: CLAUSES, level: level - 1 } } : {}),
        ...extra,
      }),
    );
  }

  paragraph(...runs: (string | TextRun | undefined)[]): void {
    const children = runs.flatMap((r) => (r === undefined || r === '' ? [] : [typeof r === 'string' ? new TextRun(r) : r]));
    if (children.length > 0) this.children.push(new Paragraph({ children }));
  }

  /** A labelled fact ("Owner: City of Riverside"), the Word form of the HTML's definition lists. */
  fact(label: string, value: string | number | undefined, after = ''): void {
    if (value === undefined || value === '') return;
    this.paragraph(new TextRun({ text: `${label}: `, bold: true }), text(String(value)), after);
  }

  bullets(items: (string | (string | TextRun)[])[] | undefined): void {
    for (const item of items ?? []) {
      const runs = (Array.isArray(item) ? item : [text(item)]).map((r) => (typeof r === 'string' ? new TextRun(r) : r));
      this.children.push(new Paragraph({ children: runs, bullet: { level: 0 } }));
    }
  }

  /** A numbered list that starts again at 1 (its own instance of the steps numbering). */
  steps(items: string[]): void {
    const instance = ++this.stepsInstance;
    for (const item of items) this.children.push(new Paragraph({ children: [text(item)], style: 'ListParagraph', numbering: { reference: STEPS, level: 0, instance } }));
  }

  /**
   * A real table: a caption, a header row that Word repeats on every page, rows that never
   * split across pages, and a dash in an empty cell (an empty cell reads as an omission).
   */
  table(caption: string, headers: string[], rows: (string | number | undefined)[][], weights: number[] = headers.map(() => 1)): void {
    const total = weights.reduce((a, b) => a + b, 0);
    const columnWidths = weights.map((w) => Math.floor((this.textWidth * w) / total));
    // Eight columns fit a portrait page only in a smaller type (sizes in half-points).
    const size = headers.length > 5 ? 15 : undefined;
    const cell = (value: string | number | undefined, index: number, bold: boolean) =>
      new TableCell({
        width: { size: columnWidths[index], type: WidthType.DXA },
        children: [new Paragraph({ children: [value === undefined || value === '' ? new TextRun({ text: '—', size }) : text(String(value), { bold, size })] })],
      });
    this.children.push(new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(caption)] }));
    this.children.push(
      new Table({
        style: 'TableGrid',
        width: { size: this.textWidth, type: WidthType.DXA },
        columnWidths,
        rows: [
          new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, i, true)) }),
          ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((v, i) => cell(v, i, i === 0)) })),
        ],
      }),
    );
  }

  pageBreakBefore(): IParagraphOptions {
    return { pageBreakBefore: true };
  }

  /** Name, title, signature, date and place: one table per partner, kept on one page. */
  signatureTable(signatory: { name?: string; title?: string }): void {
    const labelWidth = Math.floor(this.textWidth * 0.3);
    const lines: [string, string | undefined][] = [
      ['Name', signatory.name],
      ['Title', signatory.title],
      ['Signature', undefined],
      ['Date and place', undefined],
    ];
    const cell = (width: number, keepNext: boolean, run: TextRun | undefined) =>
      new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph({ keepNext, children: run ? [run] : [] })] });
    this.children.push(
      new Table({
        style: 'TableGrid',
        width: { size: this.textWidth, type: WidthType.DXA },
        columnWidths: [labelWidth, this.textWidth - labelWidth],
        rows: lines.map(([label, value], index) => {
          const keepNext = index < lines.length - 1;
          return new TableRow({
            cantSplit: true,
            height: { value: convertMillimetersToTwip(value === undefined ? 16 : 9), rule: HeightRule.ATLEAST },
            children: [cell(labelWidth, keepNext, new TextRun({ text: label, bold: true })), cell(this.textWidth - labelWidth, keepNext, value ? text(value) : undefined)],
          });
        }),
      }),
    );
    this.children.push(new Paragraph({ children: [] }));
  }
}


function pageHeader(view: AgreementView, options: DocxOptions): Header {
  const children = [new Paragraph({ style: 'Header', children: [new TextRun(shortened(view.title, 90))] })];
  if (options.draft) {
    children.unshift(
      new Paragraph({
        style: 'Header',
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: 'DRAFT', bold: true, color: 'B00020', size: 28 }), new TextRun({ text: ` · rendered ${options.draft.renderedOn} · not for signature`, color: 'B00020' })],
      }),
    );
  }
  return new Header({ children });
}

function pageFooter(view: AgreementView): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [`${view.version ? `Version ${shortened(view.version, 40)} · ` : ''}Page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

/** Sizes are in half-points, spacing in twips (Word's units). */
const FONT = 'Georgia';
const HEADING_FONT = 'Arial';
const ACCENT = '1F4E8C';

/** Word's built-in style names, so the navigation pane, a table of contents and restyling work. */
const STYLES = {
  importedStyles: [new DocumentDefaults({ run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } }), tableGridStyle()],
  paragraphStyles: [
    { id: 'Normal', name: 'Normal', quickFormat: true },
    { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: HEADING_FONT, size: 52, bold: true, color: '1D2330' }, paragraph: { spacing: { after: 240 } } },
    { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: HEADING_FONT, size: 18, allCaps: true, color: ACCENT } },
    { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: HEADING_FONT, size: 30, bold: true, color: ACCENT }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 0 } },
    { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: HEADING_FONT, size: 24, bold: true, color: '1D2330' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true, outlineLevel: 1 } },
    { id: 'ListParagraph', name: 'List Paragraph', basedOn: 'Normal', quickFormat: true, paragraph: { indent: { left: 720 }, spacing: { after: 60 } } },
    { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: HEADING_FONT, size: 18, bold: true, color: '4A5466' }, paragraph: { spacing: { before: 120, after: 60 } } },
    { id: 'Header', name: 'header', basedOn: 'Normal', run: { font: HEADING_FONT, size: 16, color: '4A5466' }, paragraph: { spacing: { after: 0 } } },
    { id: 'Footer', name: 'footer', basedOn: 'Normal', run: { font: HEADING_FONT, size: 16, color: '4A5466' }, paragraph: { spacing: { after: 0 } } },
  ],
  characterStyles: [{ id: 'Placeholder', name: 'Placeholder', basedOn: 'DefaultParagraphFont', run: { bold: true, highlight: HighlightColor.YELLOW } }],
};

/**
 * Word's "Table Grid" table style. The docx library makes paragraph and character styles
 * only, so this one is assembled from its element objects (never from XML text).
 */
function tableGridStyle(): XmlComponent {
  const element = (name: string, attributes: Record<string, string | number> = {}, children: XmlComponent[] = []) =>
    new BuilderElement({ name, attributes: Object.fromEntries(Object.entries(attributes).map(([key, value]) => [key, { key, value }])), children });
  const border = (side: string) => element(`w:${side}`, { 'w:val': 'single', 'w:sz': 4, 'w:space': 0, 'w:color': 'C9D0DC' });
  const margin = (side: string, twips: number) => element(`w:${side}`, { 'w:w': twips, 'w:type': 'dxa' });
  return element('w:style', { 'w:type': 'table', 'w:styleId': 'TableGrid' }, [
    element('w:name', { 'w:val': 'Table Grid' }),
    element('w:uiPriority', { 'w:val': 39 }),
    element('w:pPr', {}, [element('w:spacing', { 'w:before': 0, 'w:after': 0, 'w:line': 240, 'w:lineRule': 'auto' })]),
    element('w:rPr', {}, [element('w:rFonts', { 'w:ascii': HEADING_FONT, 'w:hAnsi': HEADING_FONT, 'w:cs': HEADING_FONT }), element('w:sz', { 'w:val': 18 })]),
    element('w:tblPr', {}, [
      element('w:tblBorders', {}, ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border)),
      element('w:tblCellMar', {}, [margin('top', 40), margin('left', 100), margin('bottom', 40), margin('right', 100)]),
    ]),
    element('w:tblStylePr', { 'w:type': 'firstRow' }, [element('w:rPr', {}, [element('w:b')]), element('w:tcPr', {}, [element('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': 'F3F6FA' })])]),
  ]);
}

type Section = (view: AgreementView, body: Body) => void;

const joined = (list: string[] | undefined) => list?.join('; ');

/** The agreement's sections, in the order of templates/*\/agreement.hbs. */
const SECTIONS: Section[] = [
  function cover(view, body) {
    body.children.push(new Paragraph({ style: 'Subtitle', children: [new TextRun('Partnership charter')] }));
    body.children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [text(view.title)] }));
    const meta = [`Status: ${view.status}`, view.version && `Version ${view.version}`, view.term?.start && `From ${view.term.start}${view.term.end ? ` to ${view.term.end}` : ''}`];
    body.paragraph(meta.filter(Boolean).join(' · '));
    if (view.summary) body.paragraph(text(view.summary));
  },
  function parties(view, body) {
    body.heading(1, 'Parties');
    for (const party of view.parties) {
      body.heading(2, `Party ${party.number}: ${party.name}`);
      body.fact('Sector', party.sector);
      body.fact('Type', party.type);
      body.fact('Mission', party.mission);
      const rep = party.representative;
      if (rep) {
        body.paragraph(
          new TextRun({ text: 'Representative: ', bold: true }),
          text(rep.name ?? ''),
          ...(rep.role ? [', ', text(rep.role)] : []),
          ...(rep.email ? [' (', text(rep.email), ')'] : []),
          rep.authority ? ', authorised to commit the organisation' : undefined,
        );
      }
      if (party.contributions) {
        body.paragraph(new TextRun({ text: 'Contributes:', bold: true }));
        body.bullets(party.contributions.map((c) => [`${c.type}: `, text(c.description), c.value ? ` (${c.value})` : '']));
      }
      body.fact('Expects', joined(party.expectations));
    }
  },
  function vision(view, body) {
    body.heading(1, 'Vision');
    body.paragraph(text(view.vision));
    if (view.challenge) {
      body.heading(1, 'The challenge');
      if (view.challenge.statement) body.paragraph(text(view.challenge.statement));
      body.fact('Focus', view.challenge.focus);
    }
    if (view.sectors) {
      body.heading(1, 'Working across sectors');
      for (const sector of view.sectors) {
        body.heading(2, sector.sector);
        body.fact('How this sector works', joined(sector.norms));
        body.fact('What it cannot bend', joined(sector.constraints));
        body.fact('How we bridge it', joined(sector.bridging));
      }
    }
  },
  function goals(view, body) {
    body.heading(1, 'Shared goals');
    for (const goal of view.goals) {
      body.heading(2, `Goal ${goal.number}: ${goal.title}`);
      if (goal.description) body.paragraph(text(goal.description));
      body.fact('Owner', goal.owner);
      body.fact('Shared by', goal.partners);
      body.fact('Due', goal.due);
      for (const a of goal.alignment ?? []) body.fact(`For ${a.partner}`, a.text);
    }
  },
  function roles(view, body) {
    if (view.roles) {
      body.heading(1, 'Roles and responsibilities');
      body.bullets(
        view.roles.map((r) => [new TextRun({ text: r.partner ?? '', bold: true }), r.role ? ` (${r.role})` : '', r.responsibilities ? `: ${r.responsibilities.join('; ')}` : '']),
      );
    }
    if (view.raci) {
      body.heading(1, 'Responsibility matrix');
      body.table(
        'Who is responsible, accountable, consulted and informed for each activity',
        ['Activity', 'Responsible', 'Accountable', 'Consulted', 'Informed'],
        view.raci.map((r) => [r.activity, r.responsible, r.accountable, r.consulted, r.informed]),
        [3, 2, 2, 2, 2],
      );
    }
  },
  function governance(view, body) {
    const gov = view.governance;
    if (!gov) return;
    body.heading(1, 'Governance');
    if (gov.body) {
      body.heading(2, gov.body.name);
      if (gov.body.chair) body.paragraph('Chair: ', text(gov.body.chair), '.');
      if (gov.body.members) body.table(`Members of the ${gov.body.name}`, ['Partner', 'Seats', 'Role'], gov.body.members.map((m) => [m.partner, m.seats, m.role]), [4, 1, 2]);
    }
    if (gov.backbone) body.paragraph('The secretariat is run by ', text(gov.backbone), '.');
    if (gov.decisions) {
      body.heading(2, 'Decision-making');
      const d = gov.decisions;
      body.bullets(
        [
          d.rule && `Decisions are taken by ${d.rule}.`,
          d.quorum && `Quorum: ${d.quorum} of the voting seats.`,
          d.threshold && `Threshold: ${d.threshold} of the votes cast.`,
          d.tieBreak && ['When no decision can be reached: ', text(d.tieBreak)],
        ].filter((x): x is string | (string | TextRun)[] => Boolean(x)),
      );
    }
    if (gov.meetings) {
      body.heading(2, 'Meetings');
      body.paragraph(`The governing body meets ${gov.meetings}.`);
    }
  },
  function communication(view, body) {
    const c = view.communication;
    if (!c) return;
    body.heading(1, 'Communication plan');
    body.bullets(
      [
        c.channels && ['Channels: ', text(c.channels.join('; '))],
        c.cadence && `Partners update each other ${c.cadence}.`,
        c.reportingCadence || c.audience ? [`Progress is reported${c.reportingCadence ? ` ${c.reportingCadence}` : ''}${c.audience ? ' to ' : ''}`, text(c.audience ?? ''), '.'] : undefined,
        c.languages && ['Working languages: ', text(c.languages)],
      ].filter((x): x is string | (string | TextRun)[] => Boolean(x)),
    );
  },
  function escalation(view, body) {
    if (!view.escalation) return;
    body.heading(1, 'Conflict resolution');
    body.paragraph('A dispute the partners cannot settle is escalated, in this order:');
    body.steps(view.escalation.map((s) => `${s.level}${s.days ? `, within ${s.days} days` : ''}${s.by ? ` (${s.by})` : ''}`));
  },
  function amendments(view, body) {
    if (!view.amendments) return;
    body.heading(1, 'Amendments');
    if (view.amendments.process) body.paragraph(text(view.amendments.process));
    if (view.amendments.approval) body.paragraph(`Amendments are approved by ${view.amendments.approval}.`);
  },
  function admission(view, body) {
    if (!view.admission) return;
    body.heading(1, 'Admission of new partners');
    body.paragraph(text(view.admission));
  },
  function exit(view, body) {
    if (!view.exit) return;
    body.heading(1, 'Exit');
    if (view.exit.noticeDays) body.paragraph(`A partner may leave with ${view.exit.noticeDays} days' written notice.`);
    body.fact('Obligations on leaving', view.exit.obligations);
    body.fact('Shared data, IP and assets', view.exit.assets);
  },
  function ip(view, body) {
    if (!view.ip) return;
    body.heading(1, 'Intellectual property');
    body.fact('Background IP', view.ip.background);
    body.fact('Foreground IP', view.ip.foreground);
    body.fact('Licensing', view.ip.licensing);
    body.fact('Publication', view.ip.publication);
  },
  function dataSharing(view, body) {
    const d = view.dataSharing;
    if (!d) return;
    body.heading(1, 'Data sharing');
    body.fact('Purpose', d.purpose);
    body.fact('Data shared', d.items);
    body.fact('Personal data', d.personalData);
    body.fact('Legal basis', d.legalBasis);
    body.fact('Controllers', d.controllers);
    body.fact('Retention', d.retention);
    body.fact('Security', d.security);
    if (d.breachNoticeHours) body.fact('Breach notice', `within ${d.breachNoticeHours} hours`);
  },
  function confidentiality(view, body) {
    if (!view.confidentiality) return;
    body.heading(1, 'Confidentiality');
    body.paragraph(text(view.confidentiality));
  },
  function metrics(view, body) {
    if (!view.metrics) return;
    body.heading(1, 'Measuring impact');
    body.table(
      'Metrics, with their baselines and targets',
      ['Metric', 'Goal', 'Baseline', 'Target', 'Unit', 'Direction', 'Frequency', 'Owner'],
      view.metrics.map((m) => [m.name, m.goal, m.baseline, m.target, m.unit, m.direction, m.frequency, m.owner]),
      [3, 3, 2, 2, 2, 2, 2, 2],
    );
  },
  function commitments(view, body) {
    if (!view.commitments) return;
    body.heading(1, 'Commitments');
    body.table('What each partner has committed to deliver', ['Partner', 'Commitment', 'Due', 'Status'], view.commitments.map((c) => [c.partner, c.description, c.due, c.status]), [2, 5, 2, 2]);
  },
  function risks(view, body) {
    if (!view.risks) return;
    body.heading(1, 'Risks');
    body.table('Known risks and how the partnership mitigates them', ['Challenge', 'Risk', 'Mitigation', 'Owner'], view.risks.map((r) => [r.challenge, r.description, r.mitigation, r.owner]), [2, 4, 4, 2]);
  },
  function term(view, body) {
    if (view.term) {
      body.heading(1, 'Term');
      body.fact('Start', view.term.start);
      body.fact('End', view.term.end);
      if (view.term.review) body.fact('Review', `The partners review this charter ${view.term.review}.`);
    }
    const a = view.agreement;
    if (a) {
      body.heading(1, 'Legal nature');
      body.paragraph(
        a.binding ? 'This charter is legally binding on the partners.' : "This charter is not legally binding; it records the partners' shared intentions.",
        a.governingLaw ? ' It is governed by ' : undefined,
        a.governingLaw ? text(a.governingLaw) : undefined,
        a.governingLaw ? '.' : undefined,
      );
      if (a.related) {
        body.paragraph('Separate agreements carry the binding terms:');
        body.bullets(a.related);
      }
    }
  },
  function extensions(view, body) {
    if (!view.extensions) return;
    body.heading(1, 'Further provisions');
    for (const e of view.extensions) body.fact(e.key, e.value);
  },
  function signatures(view, body) {
    body.heading(1, 'Signatures', false, body.pageBreakBefore());
    body.paragraph("Signed by the parties' authorised representatives.");
    for (const party of view.parties) {
      body.heading(2, `For ${party.name}`, false, { keepNext: true, keepLines: true });
      body.signatureTable(party.signatory);
    }
  },
];
