import { describe, expect, it } from 'vitest';
import { lintYaml } from './table.js';

describe('rule yaml-syntax', () => {
  it.each([
    { name: 'unclosed flow sequence', yaml: 'charter: 1\nid: [a\ntitle: x\n', line: 3, column: 1 },
    { name: 'duplicate key', yaml: 'charter: 1\nid: a\nid: b\n', line: 3, column: 1 },
    { name: 'tab indentation', yaml: 'charter: 1\npartners:\n\t- id: a\n', line: 3, column: 1 },
    { name: 'a raw control character', yaml: 'charter: 1\ntitle: a\u0007b\n', line: 2, column: 9 },
  ])('$name: reported at $line:$column, with nothing else', ({ yaml, line, column }) => {
    const findings = lintYaml(yaml);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.ruleId === 'yaml-syntax')).toBe(true);
    expect(findings[0]).toMatchObject({ line, column });
  });
});
