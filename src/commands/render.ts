import { dirname, resolve } from 'node:path';
import { analyseBytes, localToday } from '../core/check.js';
import { ConfigFinder } from '../core/config.js';
import { showControls } from '../core/controls.js';
import { toDisplayPath } from '../core/files.js';
import { findPlaceholders, placeholderMessage } from '../core/placeholders.js';
import { readCharterBytes } from '../core/read.js';
import { checkOutput, STDOUT_TARGET, writeOutput } from '../core/write.js';
import { humanPath, sortFindings, type Finding } from '../findings.js';
import { formatStylish } from '../formatters/stylish.js';
import { renderCharter } from '../render/render.js';
import { findBrowser } from '../render/browser.js';
import { buildView, type Paper } from '../render/view.js';
import { documentProperties } from '../render/properties.js';
import type { Charter } from '../generated/charter-types.js';
import { UsageError } from '../core/errors.js';
import type { CommandIO } from './io.js';

export interface RenderCommandOptions {
  format: 'md' | 'html' | 'docx' | 'pdf';
  out?: string;
  template?: string;
  strict?: boolean;
  today?: string;
  draft?: boolean;
  paper?: Paper;
  browser?: string;
}

/** How many placeholder locations the warning shows before pointing at `charter lint`. */
const SHOWN_PLACEHOLDERS = 5;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `charter render`: refuse an invalid charter (exit 1, findings on stderr), and with --strict
 * one with lint errors or TODO placeholders; else write the agreement, warning about
 * placeholders (which the agreement shows highlighted).
 */
export async function runRender(file: string, options: RenderCommandOptions, io: CommandIO): Promise<number> {
  const binary = options.format === 'docx' || options.format === 'pdf';
  // Checked before any work: a DOCX or PDF on a terminal is garbage, and a missing browser is known at once.
  if (binary && (options.out === undefined || options.out === STDOUT_TARGET) && io.stdoutIsTTY) throw new UsageError(`--format ${options.format} writes a binary file: give --out <file>, or redirect stdout`);
  if (options.format === 'docx' && options.template !== undefined) throw new UsageError('--template applies to md, html and pdf; the DOCX is built without templates');
  const browser = options.format === 'pdf' ? findBrowser(options.browser, io.env) : undefined;
  const shown = toDisplayPath(resolve(file));
  if (options.out !== undefined) await checkOutput(options.out, { protect: [file] });
  const bytes = await readCharterBytes(file);
  const today = options.today ?? localToday();
  const configs = new ConfigFinder();
  const settings = options.strict ? (configs.find(dirname(resolve(file))) ?? undefined) : undefined;
  const { result, charter, locate } = analyseBytes(bytes, shown, { mode: options.strict ? 'lint' : 'validate', today, settings });
  const placeholders: Finding[] =
    charter === undefined || locate === undefined
      ? []
      : findPlaceholders(charter).map((p) => ({ ruleId: 'todo-placeholder', severity: options.strict ? 'error' : 'warning', message: placeholderMessage(p.text), path: p.path, ...locate(p.path) }));
  // With --strict every placeholder is an error, whatever the configuration says of the rule.
  const errors = result.findings.filter((f) => f.severity === 'error' && !(options.strict && f.ruleId === 'todo-placeholder'));
  const refused = options.strict ? sortFindings([...errors, ...placeholders]) : errors;
  if (charter === undefined || refused.length > 0) {
    for (const piece of formatStylish([{ ...result, findings: refused }], { color: false })) io.stderr(piece);
    io.stderr(`charter: not rendered: ${showControls(shown)} has ${refusalReason(errors.length, options.strict ? placeholders.length : 0, options.strict === true)}\n`);
    return 1;
  }
  if (placeholders.length > 0) io.stderr(showControls(placeholderWarning(shown, placeholders), { keepTabAndLineFeed: true }));
  const output = await renderAgreement(charter, { ...options, today }, browser);
  if (options.out === undefined) io.stdout(output);
  else await writeOutput(options.out, output, { protect: [file, ...configs.files], stdout: io.stdout });
  return 0;
}

/** Markdown and HTML from the templates; DOCX built from the same view; PDF printed from the HTML. */
async function renderAgreement(charter: Charter, options: RenderCommandOptions & { today: string }, browser: string | undefined): Promise<string | Uint8Array> {
  const common = { draft: options.draft, renderedOn: options.today, paper: options.paper };
  if (options.format === 'docx') {
    const { renderDocx } = await import('../render/docx.js');
    return renderDocx(charter, common);
  }
  const html = await renderCharter(charter, { format: options.format === 'md' ? 'md' : 'html', templateDir: options.template, ...common });
  if (options.format !== 'pdf') return html;
  const { printPdf } = await import('../render/pdf.js');
  const view = buildView(charter, common);
  return printPdf(html, { browser: browser!, paper: options.paper ?? 'a4', info: documentProperties(view), draft: view.draft });
}

function refusalReason(errors: number, placeholders: number, strict: boolean): string {
  if (placeholders === 0) return `${errors === 1 ? 'an error' : 'errors'}${strict ? '' : ' against the schema'}; fix ${errors === 1 ? 'it' : 'them'} first`;
  const todo = `${plural(placeholders, 'TODO placeholder')}`;
  return errors === 0 ? `${todo}, which --strict refuses; fill ${placeholders === 1 ? 'it' : 'them'} in first` : `${plural(errors, 'error')} and ${todo}; fix them first`;
}

/** The count and the first places of the placeholders, on stderr: the agreement is not ready to sign. */
function placeholderWarning(shown: string, placeholders: readonly Finding[]): string {
  const lines = [`charter: warning: ${shown} has ${plural(placeholders.length, 'TODO placeholder')}, marked in the agreement:`];
  for (const p of placeholders.slice(0, SHOWN_PLACEHOLDERS)) lines.push(`  ${shown}:${p.line}:${p.column}  ${humanPath(p.path)}: ${p.message.replace(/^placeholder left to fill in: /, '')}`);
  const more = placeholders.length - SHOWN_PLACEHOLDERS;
  lines.push(`  ${more > 0 ? `and ${more} more; ` : ''}\`charter lint ${shown}\` lists them, and \`--strict\` refuses to render them`);
  return lines.join('\n') + '\n';
}
