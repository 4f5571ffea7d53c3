import {
  AlignmentType,
  BorderStyle,
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
import { localToday } from '../core/check.js';
import { mapStrings, replaceControlCharacters } from './escape.js';
import type { Extension, ExtensionEntry } from './extensions.js';
import { clauseNumber, type ClauseSection } from './numbering.js';
import { MARGIN_MM, PAPER_TWIPS } from './paper.js';
import { splitPlaceholders } from './placeholders.js';
import { documentProperties, shortened } from './properties.js';
import { buildView, type AgreementView, type ViewOptions } from './view.js';

const CLAUSES = 'clauses';
const LIST = 'list';

/**
 * Renders a schema-valid charter as a Word document (Office Open XML), built through the
 * `docx` library's objects, so every value is escaped by construction. The clauses are the
 * numbering model's (numbering.ts), in its order, with the wording of the built-in templates;
 * their numbers are Word's own numbering on the Heading 1 and Heading 2 paragraphs, so they
 * follow the document when lawyers edit it, and equal the Markdown's and HTML's.
 */
export async function renderDocx(charter: Charter, options: ViewOptions = {}): Promise<Buffer> {
  const view = mapStrings(buildView(charter, { ...options, renderedOn: options.renderedOn ?? localToday() }), replaceControlCharacters);
  const properties = documentProperties(view);
  const paper = PAPER_TWIPS[options.paper ?? 'a4'];
  const textWidth = paper.width - convertMillimetersToTwip(MARGIN_MM.left + MARGIN_MM.right);
  const body = new Body(textWidth);
  cover(view, body);
  preamble(view, body);
  for (const section of view.clauses.sections) CLAUSE_WRITERS[section.key](view, body, section);
  if (view.adoption) adoption(view.adoption, body);
  if (!view.adoption?.termsOfReference) signatures(view, body);

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
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 720 } } } },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT, isLegalNumberingStyle: true, style: { paragraph: { indent: { left: 720, hanging: 720 } } } },
          ],
        },
        { reference: LIST, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 360 } } } }] },
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
        headers: { default: pageHeader(view) },
        footers: { default: pageFooter(view) },
        children: body.children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** Runs of charter text: each TODO placeholder highlighted, so it cannot pass for agreed wording. */
function text(value: string, style: { bold?: boolean; size?: number } = {}): TextRun[] {
  return splitPlaceholders(value).map((run) =>
    run.placeholder ? new TextRun({ text: `⚠ ${run.text}`, ...style, bold: true, highlight: HighlightColor.YELLOW, style: 'Placeholder' }) : new TextRun({ text: run.text, ...style }),
  );
}

type Inline = string | TextRun | TextRun[] | undefined;

/** Plain strings are the agreement's own wording; charter values come in through text(). */
const runs = (parts: Inline[]): TextRun[] => parts.flatMap((r) => (r === undefined || r === '' ? [] : typeof r === 'string' ? [new TextRun(r)] : Array.isArray(r) ? r : [r]));

/** The document body, built in reading order. */
class Body {
  readonly children: (Paragraph | Table)[] = [];
  private listInstance = 0;

  constructor(private readonly textWidth: number) {}

  /**
   * A clause heading: Heading 1 numbered "7." or Heading 2 numbered "7.1" by Word; the cover
   * and the signature page are not numbered.
   */
  heading(level: 1 | 2, title: string, numbered = true, extra: IParagraphOptions = {}): void {
    this.children.push(
      new Paragraph({
        heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        children: text(title),
        ...(numbered ? { numbering: { reference: CLAUSES, level: level - 1 } } : {}),
        ...extra,
      }),
    );
  }

  /** A numbered part that is a sentence, not a heading (the escalation steps, "10.2 If …"). */
  clause(...parts: Inline[]): void {
    this.children.push(new Paragraph({ style: 'ClauseText', children: runs(parts), numbering: { reference: CLAUSES, level: 1 } }));
  }

  paragraph(...parts: Inline[]): void {
    const children = runs(parts);
    if (children.length > 0) this.children.push(new Paragraph({ children }));
  }

  /** A labelled fact ("Owner: City of Riverside"), the Word form of the HTML's definition lists. */
  fact(label: string, value: string | number | undefined, after?: string): void {
    if (value === undefined || value === '') return;
    this.paragraph(new TextRun({ text: `${label}: `, bold: true }), text(String(value)), after);
  }

  bullets(items: Inline[][]): void {
    for (const item of items) this.children.push(new Paragraph({ children: runs(item), bullet: { level: 0 } }));
  }

  /** A numbered list that starts again at 1 (its own instance of the list numbering). */
  numbered(items: Inline[][]): void {
    const instance = ++this.listInstance;
    for (const item of items) this.children.push(new Paragraph({ children: runs(item), style: 'ListParagraph', numbering: { reference: LIST, level: 0, instance } }));
  }

  /**
   * A real table: a caption, a header row that Word repeats on every page, rows that never
   * split across pages, and a dash in an empty cell (an empty cell reads as an omission).
   */
  table(caption: string, headers: string[], rows: (string | number | undefined)[][], weights: number[]): void {
    const total = weights.reduce((a, b) => a + b, 0);
    const columnWidths = weights.map((w) => Math.floor((this.textWidth * w) / total));
    // Eight columns fit a portrait page only in a smaller type (sizes in half-points).
    const size = headers.length > 5 ? 15 : undefined;
    const cell = (value: string | number | undefined, index: number, bold: boolean) =>
      new TableCell({
        width: { size: columnWidths[index], type: WidthType.DXA },
        children: [new Paragraph({ children: value === undefined || value === '' ? [new TextRun({ text: '—', size })] : text(String(value), { bold, size }) })],
      });
    this.children.push(new Paragraph({ style: 'Caption', keepNext: true, children: text(caption) }));
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

  /** Name, title, signature, date and place: one table per partner, kept on one page. */
  signatureTable(signatory: { name?: string; title?: string }): void {
    const labelWidth = Math.floor(this.textWidth * 0.3);
    const lines: [string, string | undefined][] = [
      ['Name', signatory.name],
      ['Title', signatory.title],
      ['Signature', undefined],
      ['Date and place', undefined],
    ];
    const cell = (width: number, keepNext: boolean, children: TextRun[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph({ keepNext, children })] });
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
            children: [cell(labelWidth, keepNext, [new TextRun({ text: label, bold: true })]), cell(this.textWidth - labelWidth, keepNext, value ? text(value) : [])],
          });
        }),
      }),
    );
    this.children.push(new Paragraph({ children: [] }));
  }
}

const joined = (list: string[] | undefined) => list?.join('; ');

function cover(view: AgreementView, body: Body): void {
  if (view.draft) {
    body.children.push(
      new Paragraph({
        style: 'DraftNote',
        children: [new TextRun({ text: 'DRAFT', bold: true }), new TextRun(`${view.draft.renderedOn ? `, rendered on ${view.draft.renderedOn}` : ''}. Not for signature: the partners have not yet agreed this text.`)],
      }),
    );
  }
  body.children.push(new Paragraph({ style: 'Subtitle', children: [new TextRun('Partnership charter')] }));
  body.children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: text(view.title) }));
  body.paragraph(`Status: ${view.status}`, ...(view.version ? [' · Version ', text(view.version)] : []), view.term?.start && ` · Effective ${view.term.start}`, view.term?.end && ` · Ends ${view.term.end}`);
  if (view.summary) body.paragraph(text(view.summary));
}

function preamble(view: AgreementView, body: Body): void {
  body.paragraph('This Charter', ...(view.version ? [', version ', text(view.version), ','] : []), ` is entered into on ${view.effectiveDate} (the “Effective Date”) by and between:`);
  body.numbered(
    view.parties.map((p, i, all) => [
      ...text(p.name, { bold: true }),
      ` (${p.sector} sector)`,
      ...(p.representative?.name ? [', represented by ', text(p.representative.name), ...(p.representative.role ? [', ', text(p.representative.role)] : [])] : []),
      i < all.length - 1 ? ';' : '',
    ]),
  );
  body.paragraph('each a “Partner” and together the “Partners”, who agree as follows.');
}

function signatures(view: AgreementView, body: Body): void {
  body.heading(1, 'Signatures', false, { pageBreakBefore: true });
  body.paragraph("Signed by the Partners' authorised representatives.");
  for (const party of view.parties) {
    body.heading(2, `Signed for party ${party.number}: ${party.name}`, false, { keepNext: true, keepLines: true });
    body.children.push(
      new Paragraph({
        keepNext: true,
        children: runs(['Charter: “', text(view.title), '”', ...(view.version ? [', version ', text(view.version)] : []), `, effective ${view.effectiveDate}`]),
      }),
    );
    body.signatureTable(party.signatory);
  }
}

/** Terms of reference are adopted once by the body: one line instead of a signature block per partner. */
function adoption(adopted: { by?: string; date?: string; termsOfReference: boolean }, body: Body): void {
  const blank = '____________________';
  body.heading(1, 'Adoption', false);
  body.paragraph(adopted.termsOfReference ? 'These terms of reference were adopted by ' : 'This Charter was adopted by ', adopted.by ? text(adopted.by) : blank, ' on ', adopted.date ?? blank, '.');
}

/** A decision rule's parts as list items, the same for the governing body and a committee. */
function decisionItems(d: { rule?: string; lead?: string; quorum?: string; threshold?: string; tieBreak?: string }, written: string | undefined): Inline[][] {
  const items: Inline[][] = [];
  if (d.rule) items.push([`Decisions are taken by ${d.rule}.`]);
  if (d.lead) items.push(['The lead partner is ', text(d.lead), '.']);
  if (d.quorum) items.push([`Quorum: ${d.quorum} of the voting seats.`]);
  if (d.threshold) items.push([`Threshold: ${d.threshold} of the votes cast.`]);
  if (d.tieBreak) items.push(['When no decision can be reached: ', text(d.tieBreak)]);
  if (written) items.push([text(written)]);
  return items;
}

/** `x-` extensions, each with where it stands; a nested value as a list, deeper levels marked by dashes. */
function extensionFacts(body: Body, extensions: readonly Extension[]): void {
  for (const e of extensions) {
    const label = `${e.key}${e.where ? ` (${e.where})` : ''}`;
    if (e.value !== undefined) body.fact(label, e.value);
    else {
      body.paragraph(new TextRun({ text: `${label}:`, bold: true }));
      body.bullets(flattenEntries(e.entries ?? []).map(([depth, entry]) => [`${'— '.repeat(depth)}${entry.key}${entry.value === undefined ? ':' : ': '}`, entry.value === undefined ? undefined : text(entry.value)]));
    }
  }
}

/** Depth-first, in source order, with each entry's depth. */
function flattenEntries(entries: readonly ExtensionEntry[], depth = 0): [number, ExtensionEntry][] {
  return entries.flatMap((e) => [[depth, e] as [number, ExtensionEntry], ...flattenEntries(e.entries ?? [], depth + 1)]);
}

type ClauseWriter = (view: AgreementView, body: Body, section: ClauseSection) => void;

/** A clause's part heading, by its key in the numbering model ("governance/decisions"). */
const part = (section: ClauseSection, key: string) => section.parts.find((p) => p.key === `${section.key}/${key}`)!;

/**
 * What each clause of the numbering model says: the wording of templates/html/partials,
 * section by section. Each writer prints its heading from the model, then its parts.
 */
const CLAUSE_WRITERS: Record<string, ClauseWriter> = {
  definitions(view, body, section) {
    body.heading(1, section.title);
    body.paragraph('In this Charter:');
    const clause = (key: string, sub?: string) => clauseNumber(view.clauses, key, sub) ?? '';
    const define = (term: Inline, ...meaning: Inline[]) => body.paragraph(...(typeof term === 'string' ? [new TextRun({ text: term, bold: true })] : [term]), ' means ', ...meaning);
    define('Charter', 'this document, “', text(view.title), '”', ...(view.version ? [', version ', text(view.version)] : []), `, as amended under clause ${clause('amendments')}.`);
    define('Partnership', 'the collaboration of the Partners that this Charter sets up.');
    define('Partner', `each party named in clause ${clause('parties')} and each partner admitted later${view.admission ? ` under clause ${clause('admission')}` : ''}; `, new TextRun({ text: 'Partners', bold: true }), ' means all of them.');
    define('Representative', `the person named for a Partner in clause ${clause('parties')}, who speaks for it in the Partnership.`);
    if (view.governance?.body) define(text(view.governance.body.name, { bold: true }), `the governing body of the Partnership set up in clause ${clause('governance', 'body')}.`);
    if (view.governance?.backbone) define('Backbone', text(view.governance.backbone), `, which runs the Partnership's secretariat under clause ${clause('governance', 'backbone')}.`);
    define('Effective Date', `${view.effectiveDate}.`);
    define('Days', 'calendar days.');
  },
  parties(view, body, section) {
    body.heading(1, section.title);
    view.parties.forEach((party, i) => {
      body.heading(2, section.parts[i].title);
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
        body.bullets(party.contributions.map((c) => [`${c.type}: `, text(c.description), c.value ? ` (${c.value})` : undefined]));
      }
      body.fact('Expects', joined(party.expectations));
    });
  },
  vision(view, body, section) {
    body.heading(1, section.title);
    body.paragraph(text(view.vision));
  },
  challenge(view, body, section) {
    body.heading(1, section.title);
    if (view.challenge?.statement) body.paragraph(text(view.challenge.statement));
    body.fact('Focus', view.challenge?.focus);
  },
  sectors(view, body, section) {
    body.heading(1, section.title);
    (view.sectors ?? []).forEach((sector, i) => {
      body.heading(2, section.parts[i].title);
      body.fact('How this sector works', joined(sector.norms));
      body.fact('What it cannot bend', joined(sector.constraints));
      body.fact('How we bridge it', joined(sector.bridging));
    });
  },
  goals(view, body, section) {
    body.heading(1, section.title);
    view.goals.forEach((goal, i) => {
      body.heading(2, section.parts[i].title);
      if (goal.description) body.paragraph(text(goal.description));
      body.fact('Owner', goal.owner);
      body.fact('Shared by', goal.partners);
      body.fact('Due', goal.due);
      for (const a of goal.alignment ?? []) body.fact(`For ${a.partner}`, a.text);
    });
  },
  roles(view, body, section) {
    body.heading(1, section.title);
    body.bullets((view.roles ?? []).map((r) => [text(r.partner ?? '', { bold: true }), ...(r.role ? [' (', text(r.role), ')'] : []), ...(r.responsibilities ? [': ', text(r.responsibilities.join('; '))] : [])]));
  },
  raci(view, body, section) {
    body.heading(1, section.title);
    body.table(
      'Who is responsible, accountable, consulted and informed for each activity',
      ['Activity', 'Responsible', 'Accountable', 'Consulted', 'Informed'],
      (view.raci ?? []).map((r) => [r.activity, r.responsible, r.accountable, r.consulted, r.informed]),
      [3, 2, 2, 2, 2],
    );
  },
  governance(view, body, section) {
    const gov = view.governance!;
    body.heading(1, section.title);
    if (gov.body) {
      body.heading(2, part(section, 'body').title);
      if (gov.body.chair) body.paragraph('Chair: ', text(gov.body.chair), '.');
      if (gov.body.members) body.table(`Members of the ${gov.body.name}`, ['Partner', 'Seats', 'Role'], gov.body.members.map((m) => [m.partner, m.seats, m.role]), [4, 1, 2]);
    }
    if (gov.backbone) {
      body.heading(2, part(section, 'backbone').title);
      body.paragraph('The secretariat is run by ', text(gov.backbone), ', the Backbone.');
    }
    if (view.secretariat) {
      if (!gov.backbone) body.heading(2, part(section, 'secretariat').title);
      body.paragraph('The secretariat is ', text(view.secretariat.name), ...(view.secretariat.host ? [', hosted by ', text(view.secretariat.host)] : []), '.');
    }
    if (gov.decisions) {
      body.heading(2, part(section, 'decisions').title);
      body.bullets(decisionItems(gov.decisions, view.writtenProcedure));
    }
    if (gov.meetings) {
      body.heading(2, part(section, 'meetings').title);
      body.paragraph(`The governing body meets ${gov.meetings}.`);
    }
  },
  committees(view, body, section) {
    body.heading(1, section.title);
    (view.committees ?? []).forEach((committee, i) => {
      body.heading(2, section.parts[i].title);
      body.fact('Mandate', committee.mandate);
      if (committee.chair) body.paragraph('Chair: ', text(committee.chair), '.');
      if (committee.members) body.table(`Members of the ${committee.name}`, ['Partner', 'Seats', 'Role'], committee.members.map((m) => [m.partner, m.seats, m.role]), [4, 1, 2]);
      if (committee.decisions) body.bullets(decisionItems(committee.decisions, committee.decisions.written));
      if (committee.meetings) body.paragraph(`The committee meets ${committee.meetings}.`);
    });
  },
  'conflict-of-interest'(view, body, section) {
    const coi = view.conflictOfInterest!;
    body.heading(1, section.title);
    if (coi.policy) body.paragraph(text(coi.policy));
    body.fact('Declaring interests', coi.declaration);
    if (coi.recusal) body.paragraph('A member with a conflict of interest in an item takes no part in its discussion or vote.');
  },
  dissolution(view, body, section) {
    const d = view.dissolution!;
    body.heading(1, section.title);
    if (d.decidedBy) body.paragraph(text(d.decidedBy), ' may end the partnership on its own.');
    if (d.approval) body.paragraph(`The partnership is dissolved by a decision of the governing body taken by ${d.approval}.`);
    if (d.process) body.paragraph(text(d.process));
  },
  communication(view, body, section) {
    const c = view.communication!;
    body.heading(1, section.title);
    const items: Inline[][] = [];
    if (c.channels) items.push(['Channels: ', text(c.channels.join('; '))]);
    if (c.cadence) items.push([`Partners update each other ${c.cadence}.`]);
    if (c.reportingCadence || c.audience) items.push([`Progress is reported${c.reportingCadence ? ` ${c.reportingCadence}` : ''}${c.audience ? ' to ' : ''}`, text(c.audience ?? ''), '.']);
    if (c.languages) items.push(['Working languages: ', text(c.languages)]);
    body.bullets(items);
  },
  escalation(view, body, section) {
    body.heading(1, section.title);
    body.paragraph('A dispute the Partners cannot settle between themselves is escalated as follows.');
    for (const step of view.escalation ?? []) body.clause(text(step.sentence));
  },
  admission(view, body, section) {
    body.heading(1, section.title);
    body.paragraph(text(view.admission ?? ''));
  },
  exit(view, body, section) {
    const exit = view.exit!;
    body.heading(1, section.title);
    if (exit.noticeDays) body.paragraph(`A partner may leave with ${exit.noticeDays} days' written notice.`);
    body.fact('Obligations on leaving', exit.obligations);
    body.fact('Shared data, IP and assets', exit.assets);
  },
  ip(view, body, section) {
    const ip = view.ip!;
    body.heading(1, section.title);
    body.fact('Background IP', ip.background);
    body.fact('Foreground IP', ip.foreground);
    body.fact('Licensing', ip.licensing);
    body.fact('Publication', ip.publication);
  },
  'data-sharing'(view, body, section) {
    const d = view.dataSharing!;
    body.heading(1, section.title);
    body.fact('Purpose', d.purpose);
    body.fact('Data shared', d.items);
    body.fact('Personal data', d.personalData);
    body.fact('Legal basis', d.legalBasis);
    body.fact('Controllers', d.controllers);
    body.fact('Retention', d.retention);
    body.fact('Security', d.security);
    if (d.breachNoticeHours) body.fact('Breach notice', `within ${d.breachNoticeHours} hours`);
    if (view.dataSharingAgreement) body.paragraph(new TextRun({ text: 'Data sharing agreement: ', bold: true }), 'the detailed terms are set out in ', text(view.dataSharingAgreement), '.');
  },
  confidentiality(view, body, section) {
    body.heading(1, section.title);
    body.paragraph(text(view.confidentiality ?? ''));
  },
  metrics(view, body, section) {
    body.heading(1, section.title);
    body.table(
      'Metrics, with their baselines and targets',
      ['Metric', 'Goal', 'Baseline', 'Target', 'Unit', 'Direction', 'Frequency', 'Owner'],
      (view.metrics ?? []).map((m) => [m.name, m.goal, m.baseline, m.target, m.unit, m.direction, m.frequency, m.owner]),
      [3, 3, 2, 2, 2, 2, 2, 2],
    );
  },
  commitments(view, body, section) {
    body.heading(1, section.title);
    body.table('What each partner has committed to deliver', ['Partner', 'Commitment', 'Due', 'Status'], (view.commitments ?? []).map((c) => [c.partner, c.description, c.due, c.status]), [2, 5, 2, 2]);
  },
  risks(view, body, section) {
    body.heading(1, section.title);
    body.table('Known risks and how the partnership mitigates them', ['Challenge', 'Risk', 'Mitigation', 'Owner'], (view.risks ?? []).map((r) => [r.challenge, r.description, r.mitigation, r.owner]), [2, 4, 4, 2]);
  },
  term(view, body, section) {
    const term = view.term!;
    body.heading(1, section.title);
    const early = view.exit ? `, unless a Partner leaves earlier under clause ${clauseNumber(view.clauses, 'exit')}` : '';
    const dissolved = `remains in force until the partnership is dissolved${view.dissolution ? ` under clause ${clauseNumber(view.clauses, 'dissolution')}` : ''}`;
    if (term.start) body.paragraph(`This Charter takes effect on ${term.start}${term.openEnded ? ` and ${dissolved}` : `${term.end ? ` and ends on ${term.end}` : ''}${early}`}.`);
    else if (term.openEnded) body.paragraph(`This Charter ${dissolved}.`);
    else if (term.end) body.paragraph(`This Charter ends on ${term.end}.`);
    if (term.review) body.paragraph(`The Partners review this Charter ${term.review}.`);
  },
  'legal-nature'(view, body, section) {
    const a = view.agreement;
    body.heading(1, section.title);
    body.paragraph(
      a.binding ? 'This Charter is legally binding on the Partners.' : "This Charter is not legally binding; it records the Partners' shared intentions.",
      ...(a.governingLaw ? [' It is governed by ', text(a.governingLaw), '.'] : []),
    );
    if (a.related) {
      body.paragraph('Separate agreements carry the binding terms:');
      body.bullets(a.related.map((r) => [text(r)]));
    }
  },
  amendments(view, body, section) {
    body.heading(1, section.title);
    if (view.amendments.process) body.paragraph(text(view.amendments.process));
    body.paragraph(
      view.amendments.approval
        ? `An amendment is adopted by ${view.amendments.approval} and takes effect when it is recorded in writing as a new version of this Charter.`
        : 'An amendment takes effect only when all Partners have agreed it in writing and it is recorded as a new version of this Charter.',
    );
  },
  general(view, body, section) {
    body.heading(1, section.title);
    body.heading(2, part(section, 'notices').title);
    body.paragraph("Notices under this Charter are given in writing, by letter or e-mail, to the receiving Partner's Representative:");
    body.bullets(
      view.parties.map((p) => [
        text(p.name),
        ': ',
        ...(p.representative?.name ? [text(p.representative.name), ...(p.representative.email ? [', ', text(p.representative.email)] : [])] : ['its Representative']),
      ]),
    );
    body.paragraph('A Partner that changes its Representative tells the other Partners in writing.');
    body.heading(2, part(section, 'entire-understanding').title);
    body.paragraph(
      `This Charter${view.agreement.related ? `, with the separate agreements named in clause ${clauseNumber(view.clauses, 'legal-nature')},` : ''} is the entire understanding of the Partners about the Partnership and replaces any earlier understanding about it, written or oral.`,
    );
    body.heading(2, part(section, 'counterparts').title);
    body.paragraph('This Charter may be signed in counterparts, each of which is an original and which together are one document, and by electronic signature, which has the same effect as a handwritten one.');
  },
  extensions(view, body, section) {
    body.heading(1, section.title);
    extensionFacts(body, view.extensions ?? []);
  },
};

function pageHeader(view: AgreementView): Header {
  const children = [new Paragraph({ style: 'Header', children: [new TextRun(shortened(documentProperties(view).title, 90))] })];
  if (view.draft) {
    children.unshift(
      new Paragraph({
        style: 'Header',
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: 'DRAFT', bold: true, color: 'B00020', size: 28 }), new TextRun({ text: `${view.draft.renderedOn ? ` · rendered ${view.draft.renderedOn}` : ''} · not for signature`, color: 'B00020' })],
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
        children: [new TextRun({ children: [`${view.version ? `Version ${shortened(documentProperties(view).version!, 40)} · ` : ''}Page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

/** Sizes are in half-points, spacing in twips (Word's units). */
const FONT = 'Georgia';
const HEADING_FONT = 'Arial';
const ACCENT = '1F4E8C';

const DRAFT_BORDER = { style: BorderStyle.SINGLE, size: 12, color: 'B3261E', space: 4 };

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
    { id: 'ClauseText', name: 'Clause Text', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { spacing: { after: 120 } } },
    { id: 'DraftNote', name: 'Draft Note', basedOn: 'Normal', next: 'Normal', run: { font: HEADING_FONT, color: '8A1C14' }, paragraph: { border: { top: DRAFT_BORDER, bottom: DRAFT_BORDER, left: DRAFT_BORDER, right: DRAFT_BORDER }, spacing: { after: 240 } } },
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

