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

describe('yaml-syntax messages', () => {
  it.each([
    ['title: Note: read this', 2, 8, 'invalid YAML: a value that contains ": " must be quoted: write title: "Note: read this"'],
    ['partners:\n  - id: acme\n    name: ACME: "the" best', 4, 11, 'invalid YAML: a value that contains ": " must be quoted: write name: "ACME: \\"the\\" best"'],
  ])('an unquoted colon in a value gets one finding with the quoted line (%j)', (body, line, column, message) => {
    expect(lintYaml(`charter: 1\n${body}\n`)).toEqual([expect.objectContaining({ ruleId: 'yaml-syntax', line, column, message })]);
  });

  it('a tab in the indentation gives one finding, whatever follows from it', () => {
    const findings = lintYaml('charter: 1\ngovernance:\n  body: x\n\tchair: y\n  chair: z\n');
    expect(findings).toEqual([expect.objectContaining({ line: 4, column: 1, message: 'tabs are not allowed for indentation in YAML: indent with spaces' })]);
  });

  it('a cascade of parser errors shows the first and counts the rest', () => {
    const findings = lintYaml('charter: 1\nid: [unclosed\ntitle: x\nvision: "open\npartners:\n - x\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 3, column: 1 });
    expect(findings[0].message).toMatch(/^invalid YAML: flow sequence .* \(and 1 more YAML error after this one, which may follow from it\)$/);
  });
});

describe('alias expansion budget', () => {
  const anchored = (items: number, aliases: number) =>
    `charter: 1\nx-list: &big [${Array.from({ length: items }, (_, i) => `i${i}`).join(', ')}]\n` + Array.from({ length: aliases }, (_, i) => `x-copy-${i}: *big\n`).join('');

  it('refuses a few aliases of a large anchor: the expanded values count, not the aliases', () => {
    // The reported attack, scaled down: 93 aliases (under the old limit of 100) of one big list.
    const findings = lintYaml(anchored(20_000, 93));
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'yaml-syntax', line: 3, column: 11, message: expect.stringMatching(/^aliases would expand this document \d+-fold: this looks like an alias bomb/) })]);
  });

  it('accepts many aliases of small values', () => {
    const findings = lintYaml(anchored(3, 150));
    expect(findings.filter((f) => f.ruleId === 'yaml-syntax')).toEqual([]);
  });
});
