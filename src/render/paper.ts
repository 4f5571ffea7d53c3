/** The paper sizes an agreement is printed on: A4 (the default) or US Letter. */
export type Paper = 'a4' | 'letter';

export const PAPERS: readonly Paper[] = ['a4', 'letter'];

/** Width and height in millimetres, the unit both Word (via twips) and Chromium accept. */
export const PAPER_SIZE_MM: Record<Paper, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
};

/** Page margins in millimetres: the HTML print's @page margins, so every format paginates alike. */
export const MARGIN_MM = { top: 20, right: 18, bottom: 22, left: 18 };
