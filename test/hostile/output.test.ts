// Issue 16, rows 6, 7 and 10, and the property over every formatter: any number of
// findings, no raw control character, an inert job summary.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileResult, Finding } from '../../src/findings.js';
import { githubStepSummary } from '../../src/formatters/github.js';
import { FORMAT_NAMES, loadFormatter } from '../../src/formatters/index.js';
import { joinPieces } from '../../src/formatters/pieces.js';
import { baseCharter } from '../rules/table.js';
import { runCli, TODAY, toYaml } from '../helpers.js';
import { gfmToHtml, RAW_CONTROL, scratchDir } from './scratch.js';

const TERMINAL_ATTACK = '\u001b]0;PWNED\u0007\u001b[2J';
const SHOWN_ATTACK = '\\x1b]0;PWNED\\x07\\x1b[2J';


// 150,000 findings: spreading that many values into Math.max overflows the stack.
describe('row 6: every formatter handles any number of findings', () => {
  const findings: Finding[] = Array.from({ length: 150_000 }, (_, i) => ({
    ruleId: 'partner-without-goal',
    severity: i % 3 === 0 ? 'error' : 'warning',
    message: `partner 'p${i}' shares no goal and owns none`,
    path: `/partners/${i}`,
    line: i + 1,
    column: 5,
  }));
  const results: FileResult[] = [{ file: 'many.charter.yaml', findings, suppressed: [] }];

  it.each(FORMAT_NAMES)('%s: no spread over the findings, and the text comes in pieces of bounded size', async (name) => {
    const pieces = [...(await loadFormatter(name))(results, { color: false })];
    expect(pieces.every((piece) => piece.length <= 128 * 1024)).toBe(true);
    const text = pieces.join('');
    if (name === 'json') expect(JSON.parse(text)[0].messages).toHaveLength(150_000);
    // SARIF is checked whole on small input below; here it must only come out complete.
    if (name === 'sarif') expect(text.endsWith('  ]\n}\n')).toBe(true);
    if (name === 'stylish') expect(text.split('\n').filter((l) => l.includes('partner-without-goal'))).toHaveLength(150_000);
    if (name === 'github' || name === 'junit') expect(text.split('partner-without-goal').length - 1).toBeGreaterThanOrEqual(150_000);
  });

  it('the job summary too', () => {
    const pieces = [...githubStepSummary(results)];
    expect(pieces.every((piece) => piece.length <= 128 * 1024)).toBe(true);
    expect(pieces.join('').split('\n').filter((l) => l.startsWith('| many'))).toHaveLength(150_000);
  });

  it('JSON and SARIF pieces join into exactly what JSON.stringify writes', async () => {
    const small: FileResult[] = [{ file: 'a.charter.yaml', findings: findings.slice(0, 3), suppressed: [] }, { file: 'b.charter.yaml', findings: [], suppressed: [] }];
    const json = joinPieces((await loadFormatter('json'))(small, { color: false }));
    expect(json).toBe(JSON.stringify(JSON.parse(json), null, 2) + '\n');
    const sarif = joinPieces((await loadFormatter('sarif'))(small, { color: false }));
    expect(sarif).toBe(JSON.stringify(JSON.parse(sarif), null, 2) + '\n');
  });
});

describe('row 7: control characters are made visible in every output', () => {
  function hostileRun(format: string) {
    const dir = scratchDir();
    const charter = baseCharter();
    charter.partners[0].sector = TERMINAL_ATTACK;
    const text = toYaml(charter).replace('charter: 1\n', `charter: 1\n"${TERMINAL_ATTACK.replace(/\u001b/g, '\\e').replace(/\u0007/g, '\\a')}": 1\n`);
    const name = 'esc\u001b[2J.charter.yaml';
    writeFileSync(join(dir, name), text);
    return runCli(['lint', '.', '--format', format, '--today', TODAY], { cwd: dir });
  }

  it.each(FORMAT_NAMES)('%s: a key, an enum value and a file name holding escape sequences reach no terminal raw', (format) => {
    const { code, stdout, stderr } = hostileRun(format);
    expect(code).toBe(1);
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stderr).toBe('');
    if (format === 'stylish' || format === 'github') {
      expect(stdout).toContain(`unknown key '${SHOWN_ATTACK}'`);
      expect(stdout).toContain('esc\\x1b[2J.charter.yaml');
    }
    if (format === 'json') expect(JSON.parse(stdout)[0].messages.map((m: { message: string }) => m.message).join('\n')).toContain(TERMINAL_ATTACK);
  });

  it('stderr lines show them too, those of commander included', () => {
    const missing = runCli(['lint', `missing${TERMINAL_ATTACK}.charter.yaml`]);
    expect(missing.code).toBe(2);
    // The brackets make it look like a glob to match.
    expect(missing.stderr).toBe(`charter: missing${SHOWN_ATTACK}.charter.yaml: no files match this pattern\n`);
    const option = runCli(['lint', `--bogus${TERMINAL_ATTACK}`, 'x.charter.yaml']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain(`--bogus${SHOWN_ATTACK}`);
    expect(option.stderr).not.toMatch(RAW_CONTROL);
  });

  it('property: no formatter prints a C0 or C1 control character but tab and line feed, whatever the findings hold', async () => {
    const formatters = await Promise.all(FORMAT_NAMES.map(async (name) => [name, await loadFormatter(name)] as const));
    const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('\u001b', '\u0007', '\u009b', '\u007f', '\u0000', '\r', '\n', '\t', '\u0085', '[', '%', ':', ','), fc.integer({ min: 0, max: 0x2ff }).map((c) => String.fromCharCode(c))), maxLength: 30 });
    const finding = fc.record({
      ruleId: anyText,
      severity: fc.constantFrom('error', 'warning', 'info'),
      message: anyText,
      path: anyText,
      line: fc.integer({ min: 1, max: 1000 }),
      column: fc.integer({ min: 1, max: 200 }),
    });
    fc.assert(
      fc.property(fc.array(fc.record({ file: anyText, findings: fc.array(finding, { maxLength: 4 }) }), { maxLength: 3 }), (files) => {
        const results = files.map((f) => ({ ...f, findings: f.findings as Finding[], suppressed: [] }));
        for (const [name, format] of formatters) {
          for (const color of [false, true]) {
            // Colour codes are the formatter's own ESC sequences; strip them before looking for others.
            const text = joinPieces(format(results, { color })).replace(/\u001b\[[0-9;]*m/g, '');
            expect(text, name).not.toMatch(RAW_CONTROL);
          }
        }
        expect(joinPieces(githubStepSummary(results))).not.toMatch(RAW_CONTROL);
      }),
      { numRuns: Number(process.env.CHARTER_PROPERTY_RUNS ?? 150) },
    );
  });
});

describe('row 10: the GitHub job summary is inert text', () => {
  it('a key holding an image and a link shows them as text, under a GFM renderer', () => {
    const dir = scratchDir();
    const trap = '![t](https://tracker.example/p.png) [Approve here](https://evil.example/login) <img src=x> www.evil.example https://evil.example me@evil.example';
    writeFileSync(join(dir, 'a.charter.yaml'), toYaml({ ...baseCharter(), [trap]: 1 }));
    const summary = join(dir, 'summary.md');
    const { code } = runCli(['lint', 'a.charter.yaml', '--today', TODAY], { cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    expect(code).toBe(1);
    const html = gfmToHtml(readFileSync(summary, 'utf8'));
    expect(html).toContain('<table>');
    expect(html).not.toMatch(/<a |<img /);
    expect(html).toContain('![t](https://tracker.example/p.png) [Approve here](https://evil.example/login) &lt;img src=x&gt; www.evil.example https://evil.example me@evil.example');
  });
});
