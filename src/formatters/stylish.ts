import { Chalk } from 'chalk';
import { totalCounts, type FileResult } from '../findings.js';
import { showControls } from '../core/controls.js';
import type { FormatOptions } from './index.js';
import { linePieces, toPieces } from './pieces.js';
import { wrap } from '../wrap.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** For people: findings grouped per file, aligned columns, a summary line. */
export function formatStylish(results: readonly FileResult[], options: FormatOptions): Generator<string> {
  return results.length === 0 ? toPieces([]) : linePieces(stylishLines(results, options));
}

function* stylishLines(results: readonly FileResult[], options: FormatOptions): Generator<string> {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  for (const result of results) {
    if (result.findings.length === 0) continue;
    yield c.underline(showControls(result.file));
    let width = 0;
    for (const f of result.findings) width = Math.max(width, `${f.line}:${f.column}`.length);
    for (const f of result.findings) {
      const position = `${f.line}:${f.column}`.padEnd(width);
      const severity = f.severity === 'error' ? c.red('error  ') : f.severity === 'warning' ? c.yellow('warning') : c.blue('info   ');
      const message = showControls(f.message);
      const ruleId = showControls(f.ruleId);
      const lead = `  ${position}  ${f.severity.padEnd(7)}  `;
      const room = options.width === undefined ? Infinity : options.width - lead.length;
      const lines = room >= 20 && message.length > room ? wrap(message, room) : [message];
      // The rule id ends the last line, dimmed, or has a line of its own when it does not fit.
      const last = lines.length - 1;
      if (room >= 20 && lines[last].length + 2 + ruleId.length > room) lines.push(c.dim(ruleId));
      else lines[last] += `  ${c.dim(ruleId)}`;
      yield `  ${c.dim(position)}  ${severity}  ${lines[0]}`;
      for (const line of lines.slice(1)) yield ' '.repeat(lead.length) + line;
    }
    yield '';
  }
  const counts = options.totals ?? totalCounts(results);
  const listed = totalCounts(results);
  const problems = counts.errorCount + counts.warningCount + counts.infoCount;
  if (problems === 0) {
    yield c.green(`✔ ${plural(results.length, 'file')} checked, no problems`);
  } else {
    // Errors first: they decide the exit code.
    const hidden = problems > listed.errorCount + listed.warningCount + listed.infoCount ? '; only errors listed (--quiet)' : '';
    const summary = `✖ ${plural(counts.errorCount, 'error')}, ${plural(counts.warningCount, 'warning')}${counts.infoCount > 0 ? `, ${plural(counts.infoCount, 'info')}` : ''} in ${plural(results.length, 'file')}${hidden}`;
    yield counts.errorCount > 0 ? c.red.bold(summary) : c.yellow.bold(summary);
  }
}
