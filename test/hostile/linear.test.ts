// Issue 16, rows 2, 3 and 4: work grows linearly with the input. Each test times two sizes
// four times apart: linear work takes about 4× as long, quadratic about 16×.
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { applySuppressions } from '../../src/core/suppressions.js';
import { buildView, headingText } from '../../src/render/view.js';
import { baseCharter } from '../rules/table.js';
import { TODAY, toYaml } from '../helpers.js';
import { growthRatio } from './scratch.js';

const LINEAR_ENOUGH = 8;
const base = toYaml(baseCharter());
const lint = (text: string) => checkText(text, 'l.charter.yaml', { mode: 'lint', today: TODAY });

describe('linear time on hostile input', () => {
  it('row 2: a directive followed by a long run of spaces and a lone CR', () => {
    const text = (spaces: number) => `# charter-disable a${' '.repeat(spaces)}\r# x\n${base}`;
    // The suppression parser alone, so that parsing the YAML around it does not blur the measure.
    expect(growthRatio((n) => applySuppressions(text(n), [], 'info'), 10_000, 40_000)).toBeLessThan(LINEAR_ENOUGH);
    // The directive is read up to the CR, which YAML reads as a line break: it names an unknown rule.
    expect(lint(text(10)).findings.map((f) => f.ruleId)).toEqual(['unused-suppression']);
  });

  it('row 3: many next-line directives in a row', () => {
    const text = (lines: number) => `${'#charter-disable-next-line a\n'.repeat(lines)}${base}`;
    const findings = lint(text(3)).findings;
    expect(findings.map((f) => `${f.ruleId}:${f.line}`)).toEqual(['unused-suppression:1', 'unused-suppression:2', 'unused-suppression:3']);
    expect(findings[0].message).toBe("suppression names unknown rule 'a'");
    expect(growthRatio((n) => lint(text(n)), 2_500, 10_000)).toBeLessThan(LINEAR_ENOUGH);
  });

  it('row 4: a title of many " ." pairs that ends in a letter', () => {
    const title = (pairs: number) => `a${' .'.repeat(pairs)}x`;
    expect(growthRatio((n) => headingText(title(n)), 5_000, 20_000)).toBeLessThan(LINEAR_ENOUGH);
    const charter = baseCharter();
    charter.title = title(3);
    expect(buildView(charter as never).heading).toBe('a . . .x');
  });

  it('row 4: headings still drop trailing punctuation and spaces; a title of nothing else becomes (untitled)', () => {
    const heading = (title: string) => {
      const charter = baseCharter();
      charter.title = title;
      return buildView(charter as never).heading;
    };
    expect(heading('Our partnership.')).toBe('Our partnership');
    expect(heading('Wait — what?! ')).toBe('Wait — what');
    expect(heading('城市合作。')).toBe('城市合作');
    expect(heading('...')).toBe('(untitled)');
    expect(heading(' ! ')).toBe('(untitled)');
  });
});
