import { dirname, resolve } from 'node:path';
import { showControls } from '../core/controls.js';
import { UsageError } from '../core/errors.js';
import { analyseBytes, localToday } from '../core/check.js';
import { ConfigFinder } from '../core/config.js';
import { toDisplayPath } from '../core/files.js';
import { readCharterBytes } from '../core/read.js';
import { writeFileAtomic } from '../core/write.js';
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
  const bytes = await readCharterBytes(file);
  const settings = options.strict ? (new ConfigFinder().find(dirname(resolve(file))) ?? undefined) : undefined;
  const { result, charter } = analyseBytes(bytes, shown, { mode: options.strict ? 'lint' : 'validate', today: options.today ?? localToday(), settings });
  const errors = result.findings.filter((f) => f.severity === 'error');
  if (charter === undefined || errors.length > 0) {
    formatStylish([{ ...result, findings: errors }], { color: false }).forEach((piece) => io.stderr(piece));
    io.stderr(`charter: not rendered: ${showControls(shown)} has ${errors.length === 1 ? 'an error' : 'errors'}${options.strict ? '' : ' against the schema'}; fix ${errors.length === 1 ? 'it' : 'them'} first\n`);
    return 1;
  }
  const output = await renderCharter(charter, { format: options.format, templateDir: options.template });
  if (options.out === undefined) io.stdout(output);
  else {
    if (resolve(options.out) === resolve(file)) throw new UsageError(`--out ${options.out} is the charter itself: choose another file`);
    await writeFileAtomic(options.out, output);
  }
  return 0;
}
