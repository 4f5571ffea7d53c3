import { showControls } from '../core/controls.js';
import type { FileResult, Finding } from '../findings.js';
import { escapeMarkdown } from '../render/escape.js';
import { linePieces, toPieces } from './pieces.js';

/** As @actions/core escapes a command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As @actions/core escapes a command's property values. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow commands, errors first: GitHub shows only the first ten of each kind. */
export function formatGithub(results: readonly FileResult[]): Generator<string> {
  return toPieces(
    (function* () {
      // One pass per severity keeps each file's order (a stable sort would too, at a copy of every finding).
      for (const severity of ['error', 'warning', 'info'] as const) {
        for (const r of results) for (const f of r.findings) if (f.severity === severity) yield command(r.file, f);
      }
    })(),
  );
}

function command(file: string, f: Finding): string {
  const props = [`file=${escapeProperty(showControls(file))}`, `line=${f.line}`];
  const singleLine = f.endLine === undefined || f.endLine === f.line;
  if (singleLine) {
    props.push(`col=${f.column}`);
    if (f.endColumn !== undefined && f.endColumn > f.column) props.push(`endColumn=${f.endColumn}`);
  } else props.push(`endLine=${f.endLine}`);
  props.push(`title=${escapeProperty(showControls(f.ruleId))}`);
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(showControls(f.message, { keepTabAndLineFeed: true }))}\n`;
}

/** A table cell of the job summary: inert text, whatever the charter or file name holds. */
const cell = (text: string) => escapeMarkdown(showControls(text));

/** A rule id as code, as the registry spells them; anything else as escaped text. */
const ruleCell = (id: string) => (/^[a-z][a-z0-9-]*$/.test(id) ? `\`${id}\`` : cell(id));

/** The Markdown table appended to $GITHUB_STEP_SUMMARY. */
export function githubStepSummary(results: readonly FileResult[]): Iterable<string> {
  const rows = results.flatMap((r) => r.findings.map((f) => `| ${cell(r.file)}:${f.line}:${f.column} | ${f.severity} | ${ruleCell(f.ruleId)} | ${cell(f.message)} |`));
  const files = results.length;
  if (rows.length === 0) return [`## charter\n\n✔ ${files} charter file${files === 1 ? '' : 's'} checked, no problems.\n\n`];
  const head = [`## charter`, '', `${rows.length} problem${rows.length === 1 ? '' : 's'} in ${files} charter file${files === 1 ? '' : 's'}.`, '', '| Location | Severity | Rule | Message |', '| --- | --- | --- | --- |'];
  return linePieces(head.concat(rows, ['']));
}
