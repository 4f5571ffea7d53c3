import type { AgreementView } from './view.js';

/** Document properties shared by the DOCX and PDF agreements (what a file manager or Word shows). */
export function documentProperties(view: AgreementView) {
  const partners = view.parties.map((p) => p.name);
  return {
    title: view.title,
    subject: `Partnership charter between ${partners.length > 1 ? `${partners.slice(0, -1).join(', ')} and ${partners.at(-1)}` : partners.join('')}`,
    keywords: ['partnership charter', ...new Set(view.parties.map((p) => p.sector))].join(', '),
    version: view.version,
  };
}

/** Whether a value is a placeholder left by `charter init` (the todo-placeholder rule's test). */
export const isPlaceholder = (text: string) => text.startsWith('TODO');

/** Page headers and footers stay on one line: a 10,000-character title would fill the page. */
export const shortened = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);
