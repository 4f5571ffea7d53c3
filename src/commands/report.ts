import { localToday } from '../core/check.js';
import { parseRuleFlags } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import { checkInputs } from '../core/run.js';
import { checkOutput, STDOUT_TARGET, writeOutput } from '../core/write.js';
import { buildReport } from '../report/build.js';
import type { CommandIO } from './io.js';

export const REPORT_FORMATS = ['html', 'json', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportCommandOptions {
  format: ReportFormat;
  out?: string;
  rule?: string[];
  config?: string;
  today?: string;
}

/** `charter report`: lint every charter once, then write one page about all of them. */
export async function runReport(inputs: string[], options: ReportCommandOptions, io: CommandIO): Promise<number> {
  if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
    throw new UsageError(`--today ${options.today}: write the date as YYYY-MM-DD`);
  }
  // A file that cannot be written is refused before any charter is read.
  if (options.out !== undefined) await checkOutput(options.out);
  const today = options.today ?? localToday();
  const { results, failures, summaries, read } = await checkInputs(inputs, {
    mode: 'lint',
    today,
    configFile: options.config,
    ruleFlags: parseRuleFlags(options.rule ?? []),
    summarise: true,
  });
  for (const failure of failures) io.stderr(`charter: ${failure}\n`);
  if (results.length === 0) {
    io.stderr('charter: nothing to report: no charter could be read (give charter files, directories or globs)\n');
    return 2;
  }
  const report = buildReport(summaries, today);
  const output = await writeReport(report, options.format);
  await writeOutput(options.out ?? STDOUT_TARGET, output, { protect: read, stdout: io.stdout });
  if (failures.length > 0) return 2;
  return report.totals.errorCount > 0 ? 1 : 0;
}

async function writeReport(report: ReturnType<typeof buildReport>, format: ReportFormat): Promise<string | string[]> {
  switch (format) {
    case 'json':
      return (await import('../report/json.js')).reportToJson(report);
    case 'md':
      return (await import('../report/markdown.js')).reportToMarkdown(report);
    case 'html':
      return (await import('../report/html.js')).reportToHtml(report);
  }
}
