// Wording shared by the HTML and Markdown writers.
import { formatDate } from '../render/view.js';
import type { Action } from './build.js';

/** Rows drawn in a timeline; the tables beside them list every row. */
export const CHART_ROWS = 25;
/** Items per kind in "what to do first". */
export const ACTIONS_SHOWN = 10;

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
export const sentenceCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `in 12 days`, `today`, `3 days ago`. */
export function daysText(days: number): string {
  if (days === 0) return 'today';
  return days > 0 ? `in ${plural(days, 'day')}` : `${plural(-days, 'day')} ago`;
}

/** One item of "what to do first", without its charter. */
export function actionText(action: Action): string {
  switch (action.kind) {
    case 'error':
      return `${action.message} (line ${action.line}, ${action.ruleId})`;
    case 'overdue-commitment':
      return `${action.partnerName}: ${action.description}, due ${formatDate(action.due)} (${plural(action.daysOverdue, 'day')} overdue)`;
    case 'term-ending':
      return `the term ends on ${formatDate(action.end)} (${daysText(action.daysLeft)})`;
  }
}
