import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExample, runCli, tempDir } from '../helpers.js';

const valid = readExample('digital-health');
const MINIMAL = `charter: 1
id: mini
title: Mini
vision: A vision
partners:
  - id: a
    name: A
    sector: business
  - id: b
    name: B
    sector: government
goals:
  - id: g
    title: G
`;

interface BadInput {
  name: string;
  content: string | Buffer;
  ruleId?: string;
  line?: number;
  column?: number;
  message: RegExp;
  exit: number;
}

const aliasBomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');

const cases: BadInput[] = [
  { name: 'a YAML syntax error', content: 'charter: 1\nid: [unclosed\ntitle: x\n', ruleId: 'yaml-syntax', line: 3, message: /invalid YAML/, exit: 1 },
  { name: 'a duplicate key', content: MINIMAL + 'title: Again\n', ruleId: 'yaml-syntax', line: 15, column: 1, message: /duplicate key/, exit: 1 },
  { name: 'a wrong type', content: MINIMAL.replace('name: A\n', 'name: 42\n'), ruleId: 'schema', line: 7, column: 11, message: /the name of the 1st partner \(partners\[0\]\.name\) must be a string, not the number 42/, exit: 1 },
  { name: 'an unknown key, with a suggestion', content: MINIMAL.replace('    name: A\n', '    name: A\n    contribution: []\n'), ruleId: 'schema', line: 8, column: 5, message: /unknown key 'contribution' in the 1st partner \(partners\[0\]\) \(did you mean 'contributions'\?\)/, exit: 1 },
  { name: 'a bad enum value', content: MINIMAL.replace('sector: business', 'sector: hospital'), ruleId: 'schema', line: 8, column: 13, message: /the sector of the 1st partner \(partners\[0\]\.sector\) 'hospital' is not one of: government, business/, exit: 1 },
  { name: 'a bad date', content: MINIMAL + 'term:\n  start: 2025-02-30\n', ruleId: 'schema', line: 16, column: 10, message: /^term\.start '2025-02-30' is not a real date: February 2025 has 28 days$/, exit: 1 },
  { name: 'a bad email', content: MINIMAL.replace('    name: B\n', '    name: B\n    representative: {name: Jo, email: jo-at-example}\n'), ruleId: 'schema', line: 11, column: 39, message: /the representative\.email of the 2nd partner \(partners\[1\]\.representative\.email\) 'jo-at-example' is not a valid email address/, exit: 1 },
  { name: 'a missing required key', content: MINIMAL.replace('    sector: government\n', ''), ruleId: 'schema', line: 9, column: 5, message: /^the 2nd partner \(partners\[1\]\) is missing required key 'sector'$/, exit: 1 },
  { name: 'an enum value with a typo, with a suggestion', content: MINIMAL.replace('sector: business', 'sector: nonprofti'), ruleId: 'schema', line: 8, column: 13, message: /'nonprofti' is not one of: .* \(did you mean 'nonprofit'\?\)$/, exit: 1 },
  { name: 'a percentage for a fraction', content: MINIMAL + 'governance:\n  decision_making: {rule: consensus, quorum: 75%}\n', ruleId: 'schema', line: 16, column: 46, message: /^governance\.decision_making\.quorum must be a number, not the string '75%': write 0\.75$/, exit: 1 },
  { name: 'a quoted number', content: MINIMAL + 'governance:\n  exit: {notice_days: "90"}\n', ruleId: 'schema', line: 16, column: 23, message: /must be a whole number, not the string '90': write 90 without quotes$/, exit: 1 },
  { name: 'a day that does not exist in a leap year', content: MINIMAL + 'term:\n  end: 2028-02-30\n', ruleId: 'schema', line: 16, column: 8, message: /^term\.end '2028-02-30' is not a real date: February 2028 has 29 days$/, exit: 1 },
  { name: 'a month that does not exist', content: MINIMAL + 'term:\n  end: 2028-13-01\n', ruleId: 'schema', line: 16, column: 8, message: /there is no month 13/, exit: 1 },
  { name: 'a date in another shape', content: MINIMAL + 'term:\n  end: 30/06/2028\n', ruleId: 'schema', line: 16, column: 8, message: /'30\/06\/2028' is not a valid date: write it as YYYY-MM-DD/, exit: 1 },
  { name: 'an item counted as people count', content: MINIMAL.replace('    name: B\n', '    name: B\n    contributions: [{type: data}]\n'), ruleId: 'schema', line: 11, column: 21, message: /^the 1st contribution \(partners\[1\]\.contributions\[0\]\) is missing required key 'description'$/, exit: 1 },
  { name: 'an empty file', content: '', ruleId: 'schema', line: 1, column: 1, message: /the file is empty/, exit: 1 },
  { name: 'a file of comments only', content: '# nothing yet\n', ruleId: 'schema', line: 1, column: 1, message: /the file is empty/, exit: 1 },
  { name: 'a list instead of a mapping', content: '- charter: 1\n- id: x\n', ruleId: 'schema', line: 1, column: 1, message: /the document is a list, but a charter must be a mapping/, exit: 1 },
  { name: 'an alias bomb', content: aliasBomb, ruleId: 'yaml-syntax', message: /alias bomb/, exit: 1 },
  { name: 'a binary file', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]), ruleId: 'yaml-syntax', line: 1, message: /not valid UTF-8/, exit: 1 },
  { name: 'a NUL byte in otherwise valid text', content: 'charter: 1\nid: a\u0000b\n', ruleId: 'yaml-syntax', line: 2, column: 6, message: /control character U\+0000/, exit: 1 },
  { name: 'several documents', content: MINIMAL + '---\n' + MINIMAL, ruleId: 'yaml-syntax', line: 15, message: /more than one YAML document/, exit: 1 },
];

describe('charter validate on bad input', () => {
  const dir = tempDir();
  it.each(cases)('reports $name at its place, with exit $exit and no stack trace', (c) => {
    const file = join(dir, `${c.name.replace(/\W+/g, '-')}.charter.yaml`);
    writeFileSync(file, c.content);
    const { code, stdout, stderr } = runCli(['validate', file, '--format', 'json']);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code).toBe(c.exit);
    const [result] = JSON.parse(stdout);
    expect(result.messages.length).toBeGreaterThan(0);
    const first = result.messages[0];
    expect(first.ruleId).toBe(c.ruleId);
    expect(first.message).toMatch(c.message);
    if (c.line !== undefined) expect(first.line).toBe(c.line);
    if (c.column !== undefined) expect(first.column).toBe(c.column);
  });

  it('accepts a file with a BOM and CRLF line ends, and keeps positions right', () => {
    const file = join(dir, 'bom-crlf.charter.yaml');
    writeFileSync(file, '\uFEFF' + MINIMAL.replace('sector: business', 'sector: hospital').replace(/\n/g, '\r\n'));
    const { code, stdout } = runCli(['validate', file, '--format', 'json']);
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout);
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ ruleId: 'schema', line: 8, column: 13 });
    writeFileSync(file, '\uFEFF' + valid.replace(/\n/g, '\r\n'));
    expect(runCli(['validate', file]).code).toBe(0);
  });

  it('refuses a 20 MB file quickly with exit 2 and one line', () => {
    const file = join(dir, 'huge.charter.yaml');
    writeFileSync(file, MINIMAL + `x-padding: "${'x'.repeat(20 * 1024 * 1024)}"\n`);
    const { code, stdout, stderr } = runCli(['validate', file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/huge\.charter\.yaml is 20\.0 MB; charter files over 10 MB are refused/);
  });

  it('reports a missing file in one line with exit 2, and still checks the others', () => {
    const good = join(dir, 'good.charter.yaml');
    writeFileSync(good, valid);
    const { code, stdout, stderr } = runCli(['validate', join(dir, 'missing.charter.yaml'), good, '--format', 'json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^charter: .*missing\.charter\.yaml: no such file or directory\n$/);
    expect(JSON.parse(stdout)).toHaveLength(1);
  });
});
