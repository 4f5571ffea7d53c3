import { dirname } from 'node:path';
import { analyseBytes, localToday } from '../core/check.js';
import { ConfigFinder, loadConfig } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import { checkOutput, writeOutput } from '../core/write.js';
import { diffCharters, type DiffInput } from '../diff/report.js';
import { readDiffSource, type DiffSource } from '../diff/source.js';
import type { DiffReport } from '../diff/types.js';
import { formatStylish } from '../formatters/stylish.js';
import { joinPieces } from '../formatters/pieces.js';
import type { Charter } from '../rules/types.js';
import type { CommandIO } from './io.js';

export const DIFF_FORMATS = ['stylish', 'json', 'markdown', 'amendment'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
export const FAIL_ON = ['new-errors'] as const;

export interface DiffCommandOptions {
  base?: string;
  format: DiffFormat;
  out?: string;
  failOn?: (typeof FAIL_ON)[number];
  number?: string;
  config?: string;
  today?: string;
}

/** `charter diff`: read both sides, refuse one that is not a valid charter (exit 2), print the comparison. */
export async function runDiff(args: string[], options: DiffCommandOptions, io: CommandIO): Promise<number> {
  const [oldArg, newArg] = sidesOf(args, options.base);
  if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new UsageError(`--today ${options.today}: write the date as YYYY-MM-DD`);
  const oldSource = await readDiffSource(oldArg);
  const newSource = await readDiffSource(newArg);
  // The work-tree file a revision stands for is protected too: it is what the user is amending.
  const protect = [oldSource.file, newSource.file, ...(options.config === undefined ? [] : [options.config])];
  if (options.out !== undefined) await checkOutput(options.out, { protect });
  const configs = new ConfigFinder();
  const settings = options.config !== undefined ? loadConfig(options.config) : (configs.find(dirname(newSource.file)) ?? undefined);
  const today = options.today ?? localToday();
  const sides: DiffInput[] = [];
  for (const [source, which] of [[oldSource, 'old'], [newSource, 'new']] as const) {
    const side = analyse(source, settings, today);
    if ('errors' in side) {
      io.stderr(side.errors);
      io.stderr(`charter: cannot compare: the ${which} charter ${source.label} is not a valid charter; fix it first\n`);
      return 2;
    }
    sides.push(side);
  }
  const report = diffCharters(sides[0], sides[1]);
  const text = await format(report, sides, options, options.out === undefined && io.color);
  if (options.out === undefined) io.stdout(text);
  else await writeOutput(options.out, text, { protect: [...protect, ...configs.files], stdout: io.stdout });
  if (options.failOn === 'new-errors') {
    const errors = report.lint.introduced.filter((f) => f.severity === 'error').length;
    if (errors > 0) {
      io.stderr(`charter: the amendment introduces ${errors} lint ${errors === 1 ? 'error' : 'errors'} (--fail-on new-errors)\n`);
      return 1;
    }
  }
  return 0;
}

function sidesOf(args: string[], base: string | undefined): [string, string] {
  if (base !== undefined) {
    if (args.length !== 1) throw new UsageError(`--base ${base} compares one file with its version at that revision: give exactly one file (got ${args.length})`);
    if (base === '' || base.includes(':')) throw new UsageError(`--base ${base}: give a revision such as main or HEAD~1, without a path`);
    return [`${base}:${args[0]}`, args[0]];
  }
  if (args.length !== 2) throw new UsageError(`give two charters to compare, <old> <new> (each a file or <rev>:<path>), or one file with --base <rev> (got ${args.length})`);
  return [args[0], args[1]];
}

function analyse(source: DiffSource, settings: ReturnType<ConfigFinder['find']> | undefined, today: string): DiffInput | { errors: string } {
  const { result, charter } = analyseBytes(source.bytes, source.label, { mode: 'lint', today, settings: settings ?? undefined });
  if (charter === undefined) return { errors: joinPieces(formatStylish([result], { color: false })) };
  return { file: source.label, charter, findings: result.findings };
}

async function format(report: DiffReport, sides: DiffInput[], options: DiffCommandOptions, color: boolean): Promise<string> {
  switch (options.format) {
    case 'json':
      return (await import('../formatters/diff/json.js')).formatDiffJson(report);
    case 'markdown':
      return (await import('../formatters/diff/markdown.js')).formatDiffMarkdown(report);
    case 'amendment':
      return (await import('../formatters/diff/amendment.js')).formatAmendment(report, { number: options.number, signatories: signatories(sides.map((s) => s.charter)) });
    default:
      return (await import('../formatters/diff/stylish.js')).formatDiffStylish(report, { color });
  }
}

/** Who signs for each partner: the new charter's signatory, else the old one's. */
function signatories(charters: Charter[]): Map<string, { name?: string; title?: string }> {
  const map = new Map<string, { name?: string; title?: string }>();
  for (const charter of charters) for (const p of charter.partners) if (p.signatory) map.set(p.id, p.signatory);
  return map;
}
