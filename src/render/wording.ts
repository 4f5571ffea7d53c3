import { clauseNumber, type ClauseNumbering } from './numbering.js';
import type { AgreementContent } from './view.js';

/**
 * The agreement's own sentences (preamble, definitions, term, legal nature, amendments,
 * general provisions, the line that ties a signature block to this document), written once
 * for every format: the templates and the DOCX writer print these strings.
 */
export function agreementWording(view: AgreementContent, clauses: ClauseNumbering) {
  const clause = (section: string, part?: string) => clauseNumber(clauses, section, part);
  const version = view.version ? `, version ${view.version}` : '';
  const body = view.governance?.body;
  const backbone = view.governance?.backbone;

  const definitions = [
    { term: 'Charter', meaning: `means this document, “${view.title}”${version}, as amended under clause ${clause('amendments')}.` },
    { term: 'Partnership', meaning: 'means the collaboration of the Partners that this Charter sets up.' },
    { term: 'Partner', meaning: `means each party named in clause ${clause('parties')} and each partner admitted later${view.admission ? ` under clause ${clause('admission')}` : ''}; “Partners” means all of them.` },
    { term: 'Representative', meaning: `means the person named for a Partner in clause ${clause('parties')}, who speaks for it in the Partnership.` },
    ...(body ? [{ term: body.name, meaning: `means the governing body of the Partnership set up in clause ${clause('governance', 'body')}.` }] : []),
    ...(backbone ? [{ term: 'Backbone', meaning: `means ${backbone}, which runs the Partnership's secretariat under clause ${clause('governance', 'backbone')}.` }] : []),
    { term: 'Effective Date', meaning: `means ${view.effectiveDate}.` },
    { term: 'Days', meaning: 'means calendar days.' },
  ];

  const term = view.term;
  const untilDissolved = `remains in force until the partnership is dissolved${view.dissolution ? ` under clause ${clause('dissolution')}` : ''}`;
  const termSentences = [
    term?.start
      ? `This Charter takes effect on ${term.start}${term.openEnded ? ` and ${untilDissolved}` : `${term.end ? ` and ends on ${term.end}` : ''}${view.exit ? `, unless a Partner leaves earlier under clause ${clause('exit')}` : ''}`}.`
      : term?.openEnded
        ? `This Charter ${untilDissolved}.`
        : term?.end
          ? `This Charter ends on ${term.end}.`
          : undefined,
    term?.review ? `The Partners review this Charter ${term.review}.` : undefined,
  ].filter((s): s is string => s !== undefined);

  const agreement = view.agreement;
  return {
    preamble: {
      opening: `This Charter${version ? `${version},` : ''} is entered into on ${view.effectiveDate} (the “Effective Date”) by and between:`,
      parties: view.parties.map((p) => ({
        number: p.number,
        name: p.name,
        description: `(${p.sector} sector)${p.representative?.name ? `, represented by ${p.representative.name}${p.representative.role ? `, ${p.representative.role}` : ''}` : ''}`,
      })),
      closing: 'each a “Partner” and together the “Partners”, who agree as follows.',
    },
    definitions,
    term: termSentences.length > 0 ? termSentences : undefined,
    legalNature: `${agreement.binding ? 'This Charter is legally binding on the Partners.' : "This Charter is not legally binding; it records the Partners' shared intentions."}${agreement.governingLaw ? ` It is governed by ${agreement.governingLaw}.` : ''}`,
    amendment: view.amendments.approval
      ? `An amendment is adopted by ${view.amendments.approval} and takes effect when it is recorded in writing as a new version of this Charter.`
      : 'An amendment takes effect only when all Partners have agreed it in writing and it is recorded as a new version of this Charter.',
    notices: {
      opening: "Notices under this Charter are given in writing, by letter or e-mail, to the receiving Partner's Representative:",
      addressees: view.parties.map((p) => ({ partner: p.name, name: p.representative?.name ?? 'its Representative', email: p.representative?.name ? p.representative.email : undefined })),
      closing: 'A Partner that changes its Representative tells the other Partners in writing.',
    },
    entireUnderstanding: `This Charter${agreement.related ? `, with the separate agreements named in clause ${clause('legal-nature')},` : ''} is the entire understanding of the Partners about the Partnership and replaces any earlier understanding about it, written or oral.`,
    counterparts:
      'This Charter may be signed in counterparts, each of which is an original and which together are one document, and by electronic signature, which has the same effect as a handwritten one.',
    signedDocument: `Charter: “${view.title}”${version}, effective ${view.effectiveDate}`,
  };
}
