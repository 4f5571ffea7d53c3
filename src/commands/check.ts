import { appendFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { totalCounts } from '../findings.js';
import { localToday } from '../core/check.js';
import { parseRuleFlags } from '../core/config.js';
import { showControls } from '../core/controls.js';
import { UsageError } from '../core/errors.js';
import { toDisplayPath } from '../core/files.js';
import { checkInputs } from '../core/run.js';
import { checkOutput, STDOUT_TARGET, writeOutput } from '../core/write.js';
import { FORMAT_NAMES, loadFormatter, type FormatName } from '../formatters/index.js';
import type { CommandIO } from './io.js';

export interface CheckCommandOptions {
  format?: string[];
  out?: string[];
  /** The older name of --out, kept as an alias. */
  output?: string[];
  maxWarnings?: string;
  quiet?: boolean;
  rule?: string[];
  config?: string;
  today?: string;
  color?: boolean;
}

/** `charter validate` and `charter lint`: check, print each requested format, return the exit code. */
export async function runCheck(mode: 'validate' | 'lint', inputs: string[], options: CheckCommandOptions, io: CommandIO): Promise<number> {
  const outputs = planOutputs(options.format ?? [], [...(options.out ?? []), ...(options.output ?? [])], io.env);
  // A file that cannot be written is refused before any charter is read.
  for (const { file } of outputs) if (file !== undefined) await checkOutput(file);
  const maxWarnings = options.maxWarnings === undefined ? undefined : Number(options.maxWarnings);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new UsageError(`--max-warnings ${options.maxWarnings}: give a whole number of 0 or more`);
  }
  if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
    throw new UsageError(`--today ${options.today}: write the date as YYYY-MM-DD`);
  }
  const ruleFlags = parseRuleFlags(options.rule ?? []);
  const showProgress = io.stderrIsTTY && outputs.every((o) => o.file !== undefined || o.format === 'stylish');
  const { results, failures, notes, read } = await checkInputs(inputs, {
    mode,
    today: options.today ?? localToday(),
    configFile: options.config,
    ruleFlags,
    onFile: showProgress ? progressLine(io) : undefined,
  });

  const counts = totalCounts(results);
  const shown = options.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : results;
  for (const { format, file } of outputs) {
    const pieces = (await loadFormatter(format))(shown, { color: file === undefined && io.color, width: file === undefined ? terminalWidth(io) : undefined, totals: counts });
    if (file === undefined) for (const piece of pieces) io.stdout(piece);
    else await writeOutput(file, pieces, { protect: read });
  }
  if (outputs.some((o) => o.format === 'github') && io.env.GITHUB_STEP_SUMMARY) {
    const { githubStepSummary } = await import('../formatters/github.js');
    await appendSummary(io.env.GITHUB_STEP_SUMMARY, githubStepSummary(shown));
  }
  for (const note of notes) io.stderr(`charter: ${showControls(note)}\n`);
  for (const failure of failures) io.stderr(`charter: ${showControls(failure)}\n`);
  if (failures.length > 0) return 2;
  if (counts.errorCount > 0) return 1;
  if (maxWarnings !== undefined && counts.warningCount > maxWarnings) {
    io.stderr(`charter: ${counts.warningCount} warnings exceed --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

async function appendSummary(file: string, markdown: Iterable<string>): Promise<void> {
  try {
    for (const piece of markdown) await appendFile(file, piece);
  } catch (error) {
    throw new UsageError(`cannot write the GitHub step summary to ${file}: ${(error as Error).message}`);
  }
}

interface PlannedOutput {
  format: FormatName;
  file?: string;
}

/**
 * `--format a --format b --output b=file`: each format once; `--output file` alone (one
 * format) writes that format to the file. With no --format, stylish; under GitHub Actions,
 * github annotations plus the stylish report.
 */
export function planOutputs(formats: string[], outputFlags: string[], env: NodeJS.ProcessEnv): PlannedOutput[] {
  const known = new Set<string>(FORMAT_NAMES);
  for (const f of formats) {
    if (!known.has(f)) throw new UsageError(`--format ${f}: use one of ${FORMAT_NAMES.join(', ')}`);
  }
  let chosen = [...new Set(formats)] as FormatName[];
  if (chosen.length === 0) chosen = env.GITHUB_ACTIONS === 'true' ? ['github', 'stylish'] : ['stylish'];
  const files = new Map<string, string>();
  for (const flag of outputFlags) {
    const eq = flag.indexOf('=');
    const named = eq > 0 && known.has(flag.slice(0, eq));
    if (named) {
      const format = flag.slice(0, eq) as FormatName;
      if (!chosen.includes(format)) throw new UsageError(`--out ${flag}: add --format ${format} to write it`);
      files.set(format, flag.slice(eq + 1));
    } else if (formats.length <= 1) {
      files.set(chosen[0], flag);
    } else {
      throw new UsageError(`--out ${flag}: with several formats, name the format: --out <format>=<file>`);
    }
  }
  const outputs = chosen.map((format) => ({ format, file: files.get(format) === STDOUT_TARGET ? undefined : files.get(format) }));
  const targets = outputs.flatMap((o) => (o.file === undefined ? [] : [realTarget(o.file)]));
  const twice = targets.find((target, i) => targets.indexOf(target) !== i);
  if (twice !== undefined) throw new UsageError(`--out: two formats would write to ${toDisplayPath(twice)}; give each its own file`);
  if (outputs.filter((o) => o.file === undefined && o.format !== 'stylish' && o.format !== 'github').length > 1) {
    throw new UsageError('several machine formats would print to stdout together: send all but one to files with --out <format>=<file>');
  }
  return outputs;
}

/** The path a file name leads to, through links in its directories, so that `x` and `here/x` compare equal. */
function realTarget(file: string): string {
  const path = resolve(file);
  try {
    return join(realpathSync(dirname(path)), basename(path));
  } catch {
    return path;
  }
}

/** The terminal's width, or COLUMNS when stdout is not a terminal (a test, `script`); undefined: no wrapping. */
function terminalWidth(io: CommandIO): number | undefined {
  return io.columns ?? (Number(io.env.COLUMNS) > 0 ? Number(io.env.COLUMNS) : undefined);
}

function progressLine(io: CommandIO) {
  return (done: number, total: number) => {
    if (total < 200) return;
    if (done === total) io.stderr('\r\x1b[K');
    else if (done % 50 === 0) io.stderr(`\rchecking ${done}/${total} files…`);
  };
}
