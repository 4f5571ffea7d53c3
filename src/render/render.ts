import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import Handlebars from 'handlebars/runtime';
import builtInTemplates from '../generated/templates.js';
import type { Charter } from '../generated/charter-types.js';
import { localToday } from '../core/check.js';
import { UsageError } from '../core/errors.js';
import { describeFsError, readBounded } from '../core/read.js';
import { escapeMarkdown, mapStrings, replaceControlCharacters } from './escape.js';
import { clauseNumber, SECTION_KEYS, type ClauseNumbering } from './numbering.js';
import { showPlaceholders } from './placeholders.js';
import { buildView, type Paper } from './view.js';

export type RenderFormat = 'md' | 'html';

export interface RenderOptions {
  format: RenderFormat;
  /** A directory of the user's templates and partials, overriding the built-in ones by name. */
  templateDir?: string;
  /** Mark the agreement as a draft whatever the charter's status. */
  draft?: boolean;
  /** YYYY-MM-DD: the date a draft says it was rendered on (default: today). */
  renderedOn?: string;
  /** The paper HTML prints on: A4 unless told. */
  paper?: Paper;
}

type Template = (context: unknown, options?: object) => string;
type Environment = typeof Handlebars;

/** Renders a schema-valid charter as an agreement. Deterministic: same charter, same bytes. */
export async function renderCharter(charter: Charter, options: RenderOptions): Promise<string> {
  const view = buildView(charter, { draft: options.draft, renderedOn: options.renderedOn ?? localToday(), paper: options.paper });
  const main = options.templateDir === undefined ? instantiate(Handlebars.create(), options.format, view.clauses) : await withOverrides(options.format, options.templateDir, view.clauses);
  let output: string;
  try {
    output = main(mapStrings(view, options.format === 'md' ? escapeMarkdown : replaceControlCharacters));
  } catch (error) {
    const where = options.templateDir ? ` (templates from ${options.templateDir})` : '';
    throw new UsageError(`template error${where}: ${(error as Error).message.split('\n')[0]}`);
  }
  output = showPlaceholders(output, options.format);
  return options.format === 'md' ? output.replace(/\n{3,}/g, '\n\n').trimEnd() + '\n' : output;
}

/** `a; b` but `a. b`: a list item that ends in punctuation is not given a second mark. */
export function joinItems(items: readonly string[]): string {
  return items.reduce((text, item, index) => (index === 0 ? item : `${text}${/[.;:!?,…]$/u.test(text) ? ' ' : '; '}${item}`), '');
}

/** Registers the helpers and the precompiled built-in partials of one format in `env`; returns the main template. */
function instantiate(env: Environment, format: RenderFormat, clauses: ClauseNumbering): Template {
  // An empty table cell reads as an omission; a dash says "none".
  env.registerHelper('cell', (value: unknown) => (value === undefined || value === null || value === '' ? '—' : value));
  // {{list items}}: items joined with "; ", but an item that already ends in punctuation gets no second mark.
  env.registerHelper('list', (items: unknown) => joinItems(Array.isArray(items) ? items.map(String) : []));
  // {{indent level}}: two spaces a level, for nested Markdown lists.
  env.registerHelper('indent', (level: unknown) => '  '.repeat(typeof level === 'number' ? level : 0));
  // {{clause "governance"}} → 7, {{clause "goals" id}} → 4.2: empty when the charter lacks the clause.
  env.registerHelper('clause', (...args: unknown[]) => {
    const [section, part] = args.slice(0, -1);
    if (typeof section !== 'string' || !SECTION_KEYS.includes(section)) {
      throw new Error(`{{clause}}: unknown section ${JSON.stringify(section)}; the sections are ${SECTION_KEYS.join(', ')}`);
    }
    return clauseNumber(clauses, section, part === undefined ? undefined : String(part)) ?? '';
  });
  const prefix = `${format}/partials/`;
  for (const [name, spec] of Object.entries(builtInTemplates)) {
    if (name.startsWith(prefix)) env.registerPartial(name.slice(prefix.length), env.template(spec as never));
  }
  return env.template(builtInTemplates[`${format}/agreement`] as never) as Template;
}

/**
 * Built-in templates overridden by a user's: `<dir>/<format>/` if it exists, else `<dir>/`;
 * `agreement.hbs` replaces the main template, any other `<name>.hbs` (also under
 * `partials/`) replaces or adds the partial `<name>`.
 */
async function withOverrides(format: RenderFormat, dir: string, clauses: ClauseNumbering): Promise<Template> {
  const { default: FullHandlebars } = await import('handlebars');
  let root = dir;
  try {
    if (!(await stat(dir)).isDirectory()) throw new UsageError(`--template ${dir}: not a directory`);
    if (await stat(join(dir, format)).then((s) => s.isDirectory(), () => false)) root = join(dir, format);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--template ${dir}: no such directory`);
  }
  const env = FullHandlebars.create() as unknown as Environment & { compile: (source: string, options: object) => Template };
  let main = instantiate(env, format, clauses);
  const files = await templateFiles(root, dir);
  if (files.length === 0) throw new UsageError(`--template ${dir}: no .hbs templates found`);
  for (const file of files) {
    const path = join(root, file);
    const shown = relative(process.cwd(), path) || path;
    const source = readBounded(path, { what: 'template', regularOnly: true, shown }).toString('utf8');
    let template: Template;
    try {
      // Parse now, so that a syntax error names its file and line before anything renders.
      FullHandlebars.parse(source);
      template = env.compile(source, { noEscape: format === 'md', preventIndent: true, strict: false }) as Template;
    } catch (error) {
      const message = (error as Error).message;
      const line = /line (\d+)/.exec(message)?.[1];
      throw new UsageError(`template error in ${shown}${line ? `:${line}` : ''}: ${message.split('\n').filter(Boolean).pop()}`);
    }
    const name = file.replace(/\\/g, '/').replace(/\.hbs$/, '').replace(/^partials\//, '');
    // A partial named like an Object property (`__proto__`, `toString`) would reach the prototype.
    if (name in Object.prototype) throw new UsageError(`--template ${dir}: ${shown} cannot be used: '${name}' is not allowed as a partial name`);
    if (name === 'agreement') main = template;
    else env.registerPartial(name, template);
  }
  return main;
}

/**
 * The `.hbs` files below a template directory, relative to it and sorted. Only regular files
 * whose real path lies inside the directory count; a link out of it, a loop, or a `.hbs`
 * that is a directory, FIFO or device is refused in one line (exit 2).
 */
async function templateFiles(root: string, dir: string): Promise<string[]> {
  const rootReal = await realpath(root);
  const files: string[] = [];
  const refuse = (path: string, why: string) => new UsageError(`--template ${dir}: ${relative(process.cwd(), path) || path} ${why}`);
  const visit = async (relativeDir: string): Promise<void> => {
    const entries = await readdir(join(root, relativeDir), { withFileTypes: true }).catch((error) => {
      throw new UsageError(`--template ${dir}: ${describeFsError(error, join(root, relativeDir))}`);
    });
    for (const entry of entries) {
      const rel = join(relativeDir, entry.name);
      const path = join(root, rel);
      let real: string;
      try {
        real = await realpath(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw refuse(path, code === 'ELOOP' ? 'is a loop of symbolic links' : code === 'ENOENT' ? 'is a symbolic link to nothing' : 'cannot be read');
      }
      if (real !== rootReal && !real.startsWith(rootReal + sep)) throw refuse(path, 'links outside the template directory: templates are read only from inside it');
      const info = entry.isSymbolicLink() ? await stat(real) : await lstat(path);
      if (entry.name.endsWith('.hbs')) {
        if (!info.isFile()) throw refuse(path, 'is not a regular file: a template must be one');
        files.push(rel);
        // A linked directory inside the template directory is visited under its own name already.
      } else if (info.isDirectory() && !entry.isSymbolicLink()) await visit(rel);
    }
  };
  await visit('');
  return files.sort();
}
