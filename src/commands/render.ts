import { dirname, resolve } from 'node:path';
import { analyseBytes, localToday } from '../core/check.js';
import { ConfigFinder } from '../core/config.js';
import { toDisplayPath } from '../core/files.js';
import { readCharterBytes } from '../core/run.js';
import { checkOutput, writeOutput } from '../core/write.js';
import { formatStylish } from '../formatters/stylish.js';
import { renderCharter, type RenderFormat } from '../render/render.js';
import type { CommandIO } from './io.js';

export interface RenderCommandOptions {
  format: RenderFormat;
  out?: string;
  template?: string;
  strict?: boolean;
  today?: string;
}

/** `charter render`: refuse an invalid charter (exit 1, findings on stderr), else write the agreement. */
export async function runRender(file: string, options: RenderCommandOptions, io: CommandIO): Promise<number> {
  const shown = toDisplayPath(resolve(file));
  if (options.out !== undefined) await checkOutput(options.out, { protect: [file] });
  const bytes = await readCharterBytes(file);
  const configs = new ConfigFinder();
  const settings = options.strict ? (configs.find(dirname(resolve(file))) ?? undefined) : undefined;
  const { result, charter } = analyseBytes(bytes, shown, { mode: options.strict ? 'lint' : 'validate', today: options.today ?? localToday(), settings });
  const errors = result.findings.filter((f) => f.severity === 'error');
  if (charter === undefined || errors.length > 0) {
    io.stderr(formatStylish([{ ...result, findings: errors }], { color: false }));
    io.stderr(`charter: not rendered: ${shown} has ${errors.length === 1 ? 'an error' : 'errors'}${options.strict ? '' : ' against the schema'}; fix ${errors.length === 1 ? 'it' : 'them'} first\n`);
    return 1;
  }
  const output = await renderCharter(charter, { format: options.format, templateDir: options.template });
  if (options.out === undefined) io.stdout(output);
  else await writeOutput(options.out, output, { protect: [file, ...configs.files], stdout: io.stdout });
  return 0;
}
