import { pointerSegment } from '../findings.js';
import type { Rule, RuleReport } from './types.js';

export const todoPlaceholder: Rule = {
  meta: {
    id: 'todo-placeholder',
    severity: 'warning',
    challenge: 'Vague agreements (SS "Establish Clear Agreements")',
    description: 'A value is still a TODO placeholder.',
  },
  check({ charter }) {
    const reports: RuleReport[] = [];
    // Iterative walk: charters may nest deeply, and x- extensions are not linted.
    const stack: [unknown, string][] = [[charter, '']];
    while (stack.length > 0) {
      const [value, path] = stack.pop()!;
      if (typeof value === 'string') {
        if (value.startsWith('TODO')) reports.push({ path, message: `placeholder left to fill in: ${JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}…` : value)}` });
      } else if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${path}/${i}`]);
      } else if (value !== null && typeof value === 'object') {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          if (!keys[i].startsWith('x-')) stack.push([(value as Record<string, unknown>)[keys[i]], `${path}/${pointerSegment(keys[i])}`]);
        }
      }
    }
    return reports;
  },
};
