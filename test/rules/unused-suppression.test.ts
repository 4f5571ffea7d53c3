import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { TODAY } from '../helpers.js';
import { ruleTable } from './table.js';

ruleTable('unused-suppression', [
  {
    name: 'a suppression that silences nothing, and one with an unknown id',
    yaml: `charter: 1
id: x
title: X
vision: V
partners:
  # charter-disable-next-line signatory-missing -- joins later
  - {id: a, name: A, sector: business, signatory: {name: S}}
  # charter-disable-next-line signatory-mising
  - {id: b, name: B, sector: government}
goals:
  - {id: g, title: G}
`,
    expected: [{ path: '', line: 6, column: 3, severity: 'info' }, { path: '', line: 8, column: 3, severity: 'info' }],
  },
  {
    name: 'can be turned off',
    yaml: 'charter: 1\nid: x\ntitle: X\nvision: V\n# charter-disable todo-placeholder\npartners:\n  - {id: a, name: A, sector: business}\n  - {id: b, name: B, sector: government}\ngoals:\n  - {id: g, title: G}\n',
    settings: new Map([['unused-suppression', 'off']]),
    expected: [],
  },
]);

describe('unused suppressions outside a full lint', () => {
  const text = 'charter: 1\nid: x\ntitle: X\nvision: V\n# charter-disable-next-line representative-missing -- later\npartners:\n  - {id: a, name: A, sector: business}\n  - {id: b, name: B, sector: government}\ngoals:\n  - {id: g, title: G}\n';
  it('are not reported by validate, which runs no rules', () => {
    expect(checkText(text, 'x', { mode: 'validate', today: TODAY }).findings).toEqual([]);
  });
  it('are not reported for a charter that fails the schema, whose rules did not run', () => {
    const findings = checkText(text.replace('sector: business', 'sector: shop'), 'x', { mode: 'lint', today: TODAY }).findings;
    expect(findings.map((f) => f.ruleId)).toEqual(['schema']);
  });
});
