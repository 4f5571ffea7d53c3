import { Chalk } from 'chalk';
import { totalCounts, type FileResult } from '../findings.js';
import { showControls } from '../core/controls.js';
import type { FormatOptions } from './index.js';
import { linePieces } from './pieces.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** For people: findings grouped per file, aligned columns, a summary line. */
export function formatStylish(results: readonly FileResult[], options: FormatOptions): string[] {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  for (const result of results) {
    if (result.findings.length === 0) continue;
    out.push(c.underline(showControls(result.file)));
    const positions = result.findings.map((f) => `${f.line}:${f.column}`);
    const width = positions.reduce((max, p) => Math.max(max, p.length), 0);
    result.findings.forEach((f, i) => {
      const severity = f.severity === 'error' ? c.red('error  ') : f.severity === 'warning' ? c.yellow('warning') : c.blue('info   ');
      out.push(`  ${c.dim(positions[i].padEnd(width))}  ${severity}  ${showControls(f.message)}  ${c.dim(showControls(f.ruleId))}`);
    });
    out.push('');
  }
  const counts = totalCounts(results);
  const problems = counts.errorCount + counts.warningCount + counts.infoCount;
  if (results.length === 0) return [''];
  if (problems === 0) {
    out.push(c.green(`✔ ${plural(results.length, 'file')} checked, no problems`));
  } else {
    const summary = `✖ ${plural(problems, 'problem')} (${plural(counts.errorCount, 'error')}, ${plural(counts.warningCount, 'warning')}${counts.infoCount > 0 ? `, ${plural(counts.infoCount, 'info')}` : ''})`;
    out.push(counts.errorCount > 0 ? c.red.bold(summary) : c.yellow.bold(summary));
  }
  return linePieces(out);
}
