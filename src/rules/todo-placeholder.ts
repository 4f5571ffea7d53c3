import { findPlaceholders, placeholderMessage } from '../core/placeholders.js';
import type { Rule } from './types.js';

export const todoPlaceholder: Rule = {
  meta: {
    id: 'todo-placeholder',
    severity: 'warning',
    challenge: 'Vague agreements (SS "Establish Clear Agreements")',
    description: 'A value is still a TODO placeholder.',
  },
  check({ charter }) {
    return findPlaceholders(charter).map((p) => ({ path: p.path, message: placeholderMessage(p.text) }));
  },
};
