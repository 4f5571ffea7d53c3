import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../src/formatters/junit.js';
import { joinPieces } from '../../src/formatters/pieces.js';
import { runCli, tempDir, TODAY } from '../helpers.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name) });

describe('JUnit output', () => {
  it('is well-formed XML with a testsuite per file and a unique testcase per (file, rule)', () => {
    const { stdout, code } = runCli(['lint', 'test/fixtures/challenges.charter.yaml', 'examples/smart-city.charter.yaml', '--format', 'junit', '--today', TODAY]);
    expect(code).toBe(1);
    expect(XMLValidator.validate(stdout)).toBe(true);
    const xml = parser.parse(stdout);
    const suites = xml.testsuites.testsuite;
    expect(suites.map((s: any) => s.name)).toEqual(['test/fixtures/challenges.charter.yaml', 'examples/smart-city.charter.yaml']);
    const [flawed, clean] = suites;
    const names = flawed.testcase.map((t: any) => t.name);
    expect(new Set(names).size).toBe(names.length);
    expect(flawed.testcase.every((t: any) => t.classname === flawed.name)).toBe(true);
    const owner = flawed.testcase.find((t: any) => t.name === 'goal-without-owner');
    expect(owner.failure).toHaveLength(1);
    expect(owner.failure[0]['#text']).toMatch(/^57:5 error goal 'research' has no owner/);
    const cadence = flawed.testcase.find((t: any) => t.name === 'communication-cadence-missing');
    expect(cadence.failure).toBeUndefined();
    expect(cadence['system-out']).toMatch(/^84:3 warning/);
    expect(Number(flawed.failures)).toBe(flawed.testcase.filter((t: any) => t.failure).length);
    expect(clean.testcase).toEqual([{ classname: 'examples/smart-city.charter.yaml', name: 'charter' }]);
  });

  it('escapes hostile file names and messages, and shows control characters as \\xHH', () => {
    const text = joinPieces(
      formatJunit([
      {
        file: 'a&b <c> "d".charter.yaml',
        findings: [{ ruleId: 'schema', severity: 'error', message: 'bad \u0001 value "<x>" & \'y\' ]]>', path: '/a', line: 1, column: 1 }],
        suppressed: [],
      },
      ]),
    );
    expect(XMLValidator.validate(text)).toBe(true);
    const xml = parser.parse(text);
    expect(text).toContain('name="a&amp;b &lt;c&gt; &quot;d&quot;.charter.yaml"');
    expect(text).toContain('bad \\x01 value &quot;&lt;x&gt;&quot; &amp; &apos;y&apos; ]]&gt;');
    expect(xml.testsuites.testsuite[0].testcase[0].failure).toHaveLength(1);
  });

  it('is written to a file with --output next to the stylish report', () => {
    const dir = tempDir();
    const out = join(dir, 'junit.xml');
    writeFileSync(out, '');
    const { stdout } = runCli(['lint', 'examples/education.charter.yaml', '--format', 'stylish', '--format', 'junit', '--output', `junit=${out}`, '--today', TODAY]);
    expect(stdout).toBe('✔ 1 file checked, no problems\n');
    expect(XMLValidator.validate(readFileSync(out, 'utf8'))).toBe(true);
  });
});
