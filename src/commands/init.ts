import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, parseDocument, visit, type YAMLMap, type YAMLSeq } from 'yaml';
import { checkText, localToday } from '../core/check.js';
import { humanPath } from '../findings.js';
import { UsageError } from '../core/errors.js';
import { packageRoot } from '../core/paths.js';
import { schema } from '../core/validate.js';
import { checkOutput, STDOUT_TARGET, writeOutput } from '../core/write.js';
import { uniqueSlug, type InitAnswers, type Sector, type UseCase } from '../init/answers.js';
import { isCharterFileName } from '../core/files.js';
import { scaffoldCharter } from '../init/scaffold.js';
import type { SectionId } from '../init/interview.js';
import type { CommandIO } from './io.js';

export interface InitCommandOptions {
  yes?: boolean;
  title?: string;
  useCase?: string;
  vision?: string;
  partner?: string[];
  template?: string;
  stdout?: boolean;
  force?: boolean;
}

const SECTORS = (schema.$defs.sector as { enum: string[] }).enum;
const USE_CASES = (schema.properties.use_case as { enum: string[] }).enum;

/** `charter init`: interview or flags → a new charter, written atomically, never over an existing file unless --force. */
export async function runInit(file: string, options: InitCommandOptions, io: CommandIO): Promise<number> {
  if (options.useCase !== undefined && !USE_CASES.includes(options.useCase)) {
    throw new UsageError(`--use-case ${options.useCase}: use one of ${USE_CASES.join(', ')}`);
  }
  if (file === STDOUT_TARGET) options = { ...options, stdout: true };
  if (!options.stdout) await checkOutput(file, { overwrite: options.force === true });
  const scripted = options.yes === true || !io.stdinIsTTY || (io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false');
  const schemaRef = schemaReference(file);

  let text: string;
  if (options.template !== undefined) text = await fromTemplate(options, schemaRef);
  else if (scripted) text = scaffoldCharter(answersFromFlags(options), schemaRef);
  else {
    const result = await interactive(io, schemaRef, file, options.stdout === true);
    if (result === undefined) return 130;
    text = result;
  }

  // The file must be what we promise: a charter that matches the schema.
  const findings = checkText(text, file, { mode: 'lint', today: localToday() }).findings;
  const invalid = findings.find((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax');
  if (invalid) throw new Error(`the scaffolded charter does not match the schema: ${invalid.message}`);

  if (options.stdout) {
    io.stdout(text);
    return 0;
  }
  await writeOutput(file, text, { overwrite: options.force === true });
  const todos = findings.filter((f) => f.ruleId === 'todo-placeholder').length;
  io.stderr(`Wrote ${file}${todos > 0 ? ` with ${todos} TODO placeholder${todos === 1 ? '' : 's'} to fill in` : ''}. Next: edit it, then run \`charter lint ${file}\`.\n`);
  if (!isCharterFileName(basename(file)) && statSync(file).isFile()) {
    const suggestion = join(dirname(file), `${basename(file).replace(/\.ya?ml$/, '')}.charter.yaml`);
    io.stderr(`Note: \`charter lint .\` looks for charter.yaml and *.charter.yaml files, so it will not find ${file}; rename it to ${suggestion} to be found.\n`);
  }
  return 0;
}

/** The TODO placeholders a scaffold still holds, as `where: text`, found by the lint rule itself. */
function todoList(text: string): string[] {
  return checkText(text, 'charter.yaml', { mode: 'lint', today: localToday() })
    .findings.filter((f) => f.ruleId === 'todo-placeholder')
    .map((f) => `${humanPath(f.path)}: ${f.message.replace(/^placeholder left to fill in: /, '')}`);
}

/** Scripted use: flags and defaults, never a question. */
function answersFromFlags(options: InitCommandOptions): InitAnswers {
  const partners = (options.partner ?? []).map((spec) => {
    const colon = spec.lastIndexOf(':');
    const name = (colon === -1 ? spec : spec.slice(0, colon)).trim();
    const sector = colon === -1 ? '' : spec.slice(colon + 1).trim();
    if (name === '' || !SECTORS.includes(sector)) {
      throw new UsageError(`--partner "${spec}": write it as "Name:sector" with a sector from ${SECTORS.join(', ')}`);
    }
    return { name, sector: sector as Sector };
  });
  if (partners.length === 1) throw new UsageError('a charter needs at least two partners: give --partner "Name:sector" once more');
  if (partners.length === 0) {
    partners.push({ name: 'TODO: first partner', sector: 'government' }, { name: 'TODO: second partner', sector: 'business' });
  }
  return {
    title: options.title,
    useCase: options.useCase as UseCase | undefined,
    vision: options.vision,
    partners,
    goals: [{ title: 'TODO: the first shared goal', partners: partners.map((_, i) => i), owner: 0 }],
    decisionRule: 'consensus',
    quorum: 0.75,
    meetingCadence: 'monthly',
    escalationLadder: true,
  };
}

/** The use cases that have an example to start from. */
async function availableTemplates(): Promise<string[]> {
  const suffix = '.charter.yaml';
  return (await readdir(new URL('examples/', packageRoot))).filter((f) => f.endsWith(suffix)).map((f) => f.slice(0, -suffix.length)).sort();
}

const DATE_VALUE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `--template <use-case>`: the example's structure and wording as guidance, with what belongs
 * to the example's partnership (partner names, people, dates, amounts, the summary) replaced
 * by TODO placeholders or removed, and a fresh version and status.
 */
async function fromTemplate(options: InitCommandOptions, schemaRef: string): Promise<string> {
  const name = options.template!;
  const available = await availableTemplates();
  if (!available.includes(name)) throw new UsageError(`--template ${name}: use one of ${available.join(', ')}`);
  const source = await readFile(new URL(`examples/${name}.charter.yaml`, packageRoot), 'utf8');
  const doc = parseDocument(source.replace(/^# yaml-language-server: \$schema=.*\n/, ''), { version: '1.2' });
  const title = options.title ?? 'TODO: name of the partnership';
  doc.set('title', title);
  doc.set('id', uniqueSlug(options.title ?? 'new partnership', new Set(), 'partnership'));
  doc.set('status', 'draft');
  doc.set('version', '0.1.0');
  doc.set('summary', 'TODO: one paragraph for the cover page: who partners, to do what');
  if (options.vision !== undefined) doc.set('vision', options.vision);

  // Partner ids and names become generic (`government-partner`); every reference follows.
  const ids = new Map<string, string>();
  const names = new Map<string, string>();
  const taken = new Set<string>();
  const partners = doc.get('partners') as YAMLSeq<YAMLMap> | undefined;
  for (const partner of partners?.items ?? []) {
    const sector = String(partner.get('sector'));
    const id = uniqueSlug(`${sector} partner`, taken, 'partner');
    ids.set(String(partner.get('id')), id);
    const oldName = String(partner.get('name'));
    names.set(oldName, `the ${sector} partner`);
    // "Lumenta A/S" is "Lumenta" in running text.
    const short = oldName.replace(/,?\s+(A\/S|AB|AG|ApS|BV|B\.V\.|GmbH|Inc\.?|LLC|Ltd\.?|NV|N\.V\.|plc|SA|S\.A\.)$/, '');
    if (short !== oldName) names.set(short, `the ${sector} partner`);
    partner.set('id', id);
    partner.set('name', `TODO: name of the ${sector} partner`);
    for (const [key, field] of [['representative', 'name'], ['signatory', 'name']] as const) {
      const person = partner.get(key) as YAMLMap | undefined;
      if (!person) continue;
      person.set(field, `TODO: ${key === 'representative' ? 'who represents this partner' : 'who signs for this partner'}`);
      person.delete('email');
      person.delete('phone');
    }
  }
  visit(doc, {
    Pair(_, pair) {
      const value = pair.value;
      // Dates, amounts and measured progress belong to the example's partnership.
      if (isScalar(pair.key) && (pair.key.value === 'current' || pair.key.value === 'history')) return visit.REMOVE;
      if (isScalar(value) && typeof value.value === 'string' && DATE_VALUE.test(value.value)) return visit.REMOVE;
      if (isMap(value) && value.has('amount') && value.has('currency')) return visit.REMOVE;
      if (isScalar(pair.key) && ids.has(String(pair.key.value))) pair.key.value = ids.get(String(pair.key.value));
      return undefined;
    },
    Scalar(_, node) {
      const text = node.value;
      if (typeof text !== 'string') return;
      if (ids.has(text)) node.value = ids.get(text);
      else node.value = [...names].reduce((value, [old, generic]) => value.split(old).join(generic), text);
    },
  });
  return `# yaml-language-server: $schema=${schemaRef}\n${doc.toString({ lineWidth: 0 })}`;
}

/** The interview with its review; undefined when the user cancels. */
async function interactive(io: CommandIO, schemaRef: string, file: string, toStdout: boolean): Promise<string | undefined> {
  const { terminalPrompts } = await import('../init/prompts.js');
  const { interview, reviewText, SECTIONS } = await import('../init/interview.js');
  // With --stdout the charter goes to stdout, so the conversation goes to stderr.
  const prompts = await terminalPrompts(toStdout || !process.stdout.isTTY ? process.stderr : process.stdout);
  prompts.say(`This interview writes a new partnership charter${toStdout ? '' : ` to ${file}`}. Press Ctrl-C at any time to stop without writing anything.\n\n`);
  let answers = await interview(prompts);
  for (;;) {
    const text = scaffoldCharter(answers, schemaRef);
    prompts.say(reviewText(answers, todoList(text)));
    const next = await prompts.select<'write' | 'edit' | 'cancel'>({
      message: toStdout ? 'Print this charter?' : `Write ${basename(file)}?`,
      choices: [
        { name: toStdout ? 'Print it' : 'Write it', value: 'write' },
        { name: 'Change some answers', value: 'edit' },
        { name: 'Cancel without writing', value: 'cancel' },
      ],
    });
    if (next === 'write') return text;
    if (next === 'cancel') {
      io.stderr('charter: cancelled, nothing written\n');
      return undefined;
    }
    const section = await prompts.select<SectionId>({ message: 'Which part do you want to change?', choices: SECTIONS.map((s) => ({ name: s.name, value: s.id })) });
    answers = await interview(prompts, answers, section);
  }
}

/**
 * Where editors find the schema: a relative path when this package is installed in the
 * project that holds the charter (node_modules), else the schema's public URL.
 */
function schemaReference(file: string): string {
  const root = fileURLToPath(packageRoot);
  const parent = dirname(root.replace(/[\\/]+$/, ''));
  const target = dirname(resolve(file));
  if (basename(parent) === 'node_modules' && !relative(dirname(parent), target).startsWith('..')) {
    return relative(target, `${root}${sep}schemas${sep}charter.schema.json`).split(sep).join('/');
  }
  return schema.$id;
}
