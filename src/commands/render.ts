import { dirname, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { analyseBytes, localToday } from '../core/check.js';
import { ConfigFinder } from '../core/config.js';
import { toDisplayPath } from '../core/files.js';
import { readCharterBytes } from '../core/run.js';
import { writeFileAtomic } from '../core/write.js';
import { formatStylish } from '../formatters/stylish.js';
import { renderCharter } from '../render/render.js';
import { findBrowser } from '../render/browser.js';
import type { Paper } from '../render/paper.js';
import { buildView } from '../render/view.js';
import { documentProperties } from '../render/properties.js';
import type { Charter } from '../generated/charter-types.js';
import type { CommandIO } from './io.js';

export interface RenderCommandOptions {
  format: 'md' | 'html' | 'docx' | 'pdf';
  out?: string;
  template?: string;
  strict?: boolean;
  today?: string;
  paper?: Paper;
  draft?: boolean;
  browser?: string;
}

/** `charter render`: refuse an invalid charter (exit 1, findings on stderr), else write the agreement. */
export async function runRender(file: string, options: RenderCommandOptions, io: CommandIO): Promise<number> {
  const binary = options.format === 'docx' || options.format === 'pdf';
  // Checked before any work: a DOCX or PDF on a terminal is garbage, and a missing browser is known at once.
  if (binary && options.out === undefined && io.stdoutIsTTY) throw new UsageError(`--format ${options.format} writes a binary file: give --out <file>, or redirect stdout`);
  if (options.format === 'docx' && options.template !== undefined) throw new UsageError('--template applies to md, html and pdf; the DOCX is built without templates');
  const browser = options.format === 'pdf' ? findBrowser(options.browser, io.env) : undefined;
  const shown = toDisplayPath(resolve(file));
  const bytes = await readCharterBytes(file);
  const settings = options.strict ? (new ConfigFinder().find(dirname(resolve(file))) ?? undefined) : undefined;
  const { result, charter } = analyseBytes(bytes, shown, { mode: options.strict ? 'lint' : 'validate', today: options.today ?? localToday(), settings });
  const errors = result.findings.filter((f) => f.severity === 'error');
  if (charter === undefined || errors.length > 0) {
    io.stderr(formatStylish([{ ...result, findings: errors }], { color: false }));
    io.stderr(`charter: not rendered: ${shown} has ${errors.length === 1 ? 'an error' : 'errors'}${options.strict ? '' : ' against the schema'}; fix ${errors.length === 1 ? 'it' : 'them'} first\n`);
    return 1;
  }
  const output = await renderAgreement(charter, options, browser);
  if (options.out === undefined) {
    if (typeof output === 'string') io.stdout(output);
    else io.stdoutBytes(output);
  } else {
    if (resolve(options.out) === resolve(file)) throw new UsageError(`--out ${options.out} is the charter itself: choose another file`);
    await writeFileAtomic(options.out, output);
  }
  return 0;
}

async function renderAgreement(charter: Charter, options: RenderCommandOptions, browser: string | undefined): Promise<string | Buffer> {
  const paper = options.paper ?? 'a4';
  const draft = options.draft || (charter.status ?? 'draft') === 'draft' ? { renderedOn: options.today ?? localToday() } : undefined;
  if (options.format === 'docx') {
    const { renderDocx } = await import('../render/docx.js');
    return renderDocx(charter, { paper, draft });
  }
  const html = await renderCharter(charter, { format: options.format === 'md' ? 'md' : 'html', templateDir: options.template });
  if (options.format !== 'pdf') return html;
  const { printPdf } = await import('../render/pdf.js');
  return printPdf(html, { browser: browser!, paper, draft, info: documentProperties(buildView(charter)) });
}
