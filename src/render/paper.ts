import type { Paper } from './view.js';

/** Width and height in twips (1/1440 inch), as Word itself writes them. */
export const PAPER_TWIPS: Record<Paper, { width: number; height: number }> = {
  a4: { width: 11906, height: 16838 },
  letter: { width: 12240, height: 15840 },
};

/** Page margins in millimetres: the HTML print's @page margins, so every format paginates alike. */
export const MARGIN_MM = { top: 20, right: 18, bottom: 22, left: 18 };
