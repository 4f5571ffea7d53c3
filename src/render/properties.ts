import { stripPlaceholderMarks } from './placeholders.js';
import type { AgreementView } from './view.js';

/** Document properties shared by the DOCX and PDF agreements (what a file manager or Word shows). */
export function documentProperties(view: AgreementView) {
  const partners = view.parties.map((p) => stripPlaceholderMarks(p.name));
  return {
    title: stripPlaceholderMarks(view.title),
    subject: `Partnership charter between ${partners.length > 1 ? `${partners.slice(0, -1).join(', ')} and ${partners.at(-1)}` : partners.join('')}`,
    keywords: ['partnership charter', ...new Set(view.parties.map((p) => p.sector))].join(', '),
    version: view.version === undefined ? undefined : stripPlaceholderMarks(view.version),
  };
}

/** Page headers and footers stay on one line: a 10,000-character title would fill the page. */
export const shortened = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);
