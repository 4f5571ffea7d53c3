import { Command, CommanderError, Option } from 'commander';
import { showControls } from './core/controls.js';
import { UsageError } from './core/errors.js';
import { processIO } from './commands/io.js';
import { version } from './version.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Builds the command tree. Each action imports its command module only when it runs. */
export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('charter')
    .description('Keep a cross-sector partnership charter as one YAML file: scaffold it, check it, render the agreement.')
    .version(version, '-v, --version', 'print the version')
    .option('--no-color', 'never colour the output (NO_COLOR works too)')
    .option('--debug', 'show stack traces for internal errors (or CHARTER_DEBUG=1)')
    .exitOverride()
    // commander's own parse errors in the one style of every error line, control characters shown.
    .configureOutput({ outputError: (text, write) => write(showControls(text.replace(/^error: /, 'charter: '), { keepTabAndLineFeed: true })) })
    .showHelpAfterError('charter: run with --help for usage')
    .configureHelp({ sortSubcommands: false, showGlobalOptions: true })
    .addHelpText(
      'after',
      `
Examples:
  $ npx charter init                         interview on a terminal, writes charter.yaml
  $ charter lint examples/                   check every charter below a directory
  $ charter render charter.yaml --format html --out agreement.html
  $ charter diff --base main charter.yaml    what an amendment changes and which approval it needs

Exit codes: 0 success, 1 the charter has errors, 2 the command could not do its job.
Docs: https://github.com/charter-cli/charter#readme`,
    );

  const io = () => processIO({ color: program.opts().color });

  const checkOptions = (cmd: Command) =>
    cmd
      .addOption(new Option('-f, --format <format>', 'output format, repeatable: stylish, json, sarif, junit, github').argParser(collect))
      .addOption(new Option('-o, --out <file>', 'write to a file instead of stdout (- is stdout); with several formats: <format>=<file> (repeatable)').argParser(collect))
      .addOption(new Option('--output <file>', 'the older name of --out').argParser(collect).hideHelp())
      .option('--max-warnings <n>', 'exit 1 when there are more than n warnings');

  checkOptions(
    program
      .command('validate')
      .description('check charters against the JSON Schema (syntax and shape only)')
      .argument('<paths...>', 'charter files, directories (every *.charter.yaml and charter.yaml below) or globs'),
  )
    .addHelpText('after', '\nExamples:\n  $ charter validate charter.yaml\n  $ charter validate examples/ --format json')
    .action(async (paths: string[], options) => {
      const { runCheck } = await import('./commands/check.js');
      setExitCode(await runCheck('validate', paths, options, io()));
    });

  checkOptions(
    program
      .command('lint')
      .description('check charters against the schema and the partnership rules (run `charter rules` to list them)')
      .argument('<paths...>', 'charter files, directories (every *.charter.yaml and charter.yaml below) or globs'),
  )
    .option('-q, --quiet', 'report errors only')
    .addOption(new Option('-r, --rule <id=severity>', 'set a rule to off, info, warning or error (repeatable)').argParser(collect))
    .option('-c, --config <file>', 'use this config instead of the nearest charter.config.yaml')
    .option('--today <YYYY-MM-DD>', 'the date that date rules compare against (default: today)')
    .addHelpText(
      'after',
      `
Examples:
  $ charter lint charter.yaml
  $ charter lint examples/ --max-warnings 0
  $ charter lint . --rule representative-missing=off --quiet
  $ charter lint . --format stylish --format sarif --out sarif=charter.sarif`,
    )
    .action(async (paths: string[], options) => {
      const { runCheck } = await import('./commands/check.js');
      setExitCode(await runCheck('lint', paths, options, io()));
    });

  program
    .command('init')
    .description('write a new charter: an interview on a terminal, or from flags in scripts')
    .argument('[file]', 'where to write it (default: charter.yaml; - prints it)')
    .option('-o, --out <file>', 'where to write it, like [file]')
    .option('-y, --yes', 'ask nothing: use flags and defaults (also without a TTY or with CI set)')
    .option('--title <title>', 'name of the partnership')
    .option('--use-case <use-case>', 'kind of partnership, e.g. smart-city (see `charter schema`)')
    .option('--vision <text>', 'the mutual vision')
    .addOption(new Option('--partner <name:sector>', 'a partner and its sector (repeatable)').argParser(collect))
    .option('--template <use-case>', 'start from the realistic example of this use case')
    .option('--stdout', 'print the charter instead of writing a file')
    .option('--force', 'overwrite an existing file')
    .addHelpText(
      'after',
      `
Examples:
  $ npx charter init
  $ charter init --yes --title "Riverside Smart Mobility" --partner "City of Riverside:government" --partner "Movo Ltd:business" riverside.charter.yaml
  $ charter init --template smart-city --title "Our City Lab" --stdout`,
    )
    .action(async (file: string | undefined, options) => {
      if (file !== undefined && options.out !== undefined && file !== options.out) {
        throw new UsageError(`init: give the file once, either as ${file} or as --out ${options.out}`);
      }
      const { runInit } = await import('./commands/init.js');
      setExitCode(await runInit(file ?? options.out ?? 'charter.yaml', options, io()));
    });

  program
    .command('render')
    .description('draft the agreement as Markdown, HTML, Word (DOCX) or PDF')
    .argument('<file>', 'the charter')
    .addOption(new Option('--format <format>', 'md, html, docx or pdf').choices(['md', 'html', 'docx', 'pdf']).default('md'))
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout; - is stdout (docx and pdf never go to a terminal)')
    .option('--template <dir>', 'your own templates and partials, overriding the built-in ones by name')
    .option('--strict', 'refuse a charter with lint errors or TODO placeholders too')
    .option('--draft', "mark the agreement as a draft (always done when the charter's status is draft)")
    .addOption(new Option('--paper <size>', 'the paper it prints on: a4 or letter').choices(['a4', 'letter']).default('a4'))
    .option('--today <YYYY-MM-DD>', 'the date that date rules compare against (with --strict) and a draft is dated')
    .option('--browser <path>', 'Chrome, Chromium or Edge to print the PDF with (or CHARTER_BROWSER; default: found in the usual places)')
    .addHelpText(
      'after',
      `
Examples:
  $ charter render charter.yaml > agreement.md
  $ charter render charter.yaml --format html --out agreement.html
  $ charter render charter.yaml --format html --paper letter --draft --out review-copy.html
  $ charter render charter.yaml --strict --out signing-copy.md   # refuses lint errors and TODOs
  $ charter render charter.yaml --format docx --out agreement.docx
  $ charter render charter.yaml --format pdf --paper letter --out agreement.pdf
  $ charter render charter.yaml --format pdf --browser /usr/bin/google-chrome --out agreement.pdf`,
    )
    .action(async (file: string, options) => {
      const { runRender } = await import('./commands/render.js');
      setExitCode(await runRender(file, options, io()));
    });

  program
    .command('report')
    .description('one page about many charters: portfolio table, health per challenge area, charts, shared partners, what to do first')
    .argument('<paths...>', 'charter files, directories (every *.charter.yaml and charter.yaml below) or globs')
    .addOption(new Option('-f, --format <format>', 'html (one self-contained page), json or md').choices(['html', 'json', 'md']).default('html'))
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout; - is stdout')
    .addOption(new Option('-r, --rule <id=severity>', 'set a rule to off, info, warning or error (repeatable)').argParser(collect))
    .option('-c, --config <file>', 'use this config instead of the nearest charter.config.yaml')
    .option('--today <YYYY-MM-DD>', 'the date that due dates, terms and stale metrics compare against (default: today)')
    .addHelpText(
      'after',
      `
Examples:
  $ charter report examples/ --out report.html
  $ charter report 'partnerships/**/*.charter.yaml' --format md --out portfolio.md
  $ charter report . --format json | jq '.actions'

Exit codes: 0 written, 1 written but some charter has errors, 2 nothing to report or a file could not be read.`,
    )
    .action(async (paths: string[], options) => {
      const { runReport } = await import('./commands/report.js');
      setExitCode(await runReport(paths, options, io()));
    });

  program
    .command('diff')
    .description('what an amendment changes: the changes by class, the version to give it, the approval it needs, the lint delta')
    .argument('<charters...>', '<old> <new>, each a file or <rev>:<path>; with --base, just the file')
    .option('-b, --base <rev>', 'compare the file with its version at this git revision')
    .addOption(new Option('-f, --format <format>', 'stylish, json, markdown (a pull-request comment) or amendment (a record to sign)').choices(['stylish', 'json', 'markdown', 'amendment']).default('stylish'))
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
    .addOption(new Option('--fail-on <condition>', 'exit 1 when the amendment introduces lint errors').choices(['new-errors']))
    .option('--number <n>', 'the amendment number, for --format amendment')
    .option('-c, --config <file>', 'lint both with this config instead of the nearest charter.config.yaml')
    .option('--today <YYYY-MM-DD>', 'the date that date rules compare against (default: today)')
    .addHelpText(
      'after',
      `
Examples:
  $ charter diff old.charter.yaml charter.yaml
  $ charter diff --base main charter.yaml --fail-on new-errors
  $ charter diff HEAD~1:charter.yaml charter.yaml --format markdown >> "$GITHUB_STEP_SUMMARY"
  $ charter diff v1.0.0:charter.yaml charter.yaml --format amendment --number 3 --out amendment-3.md

Exit codes: 0 compared (whatever changed), 1 only with --fail-on and its condition met,
2 could not compare (unreadable file, unknown revision, either side not a valid charter).`,
    )
    .action(async (charters: string[], options) => {
      const { runDiff } = await import('./commands/diff.js');
      setExitCode(await runDiff(charters, options, io()));
    });

  program
    .command('rules')
    .description('list the lint rules, or print the documentation of one')
    .argument('[id]', 'a rule id')
    .option('--markdown', "print the rule's page as Markdown, as in docs/rules/, instead of formatted for a terminal")
    .addHelpText('after', '\nExamples:\n  $ charter rules\n  $ charter rules goal-without-owner\n  $ charter rules goal-without-owner --markdown > goal-without-owner.md')
    .action(async (id: string | undefined, options: { markdown?: boolean }) => {
      const { runRules } = await import('./commands/rules.js');
      setExitCode(await runRules(id, io(), options));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the charter format (for editors and other tools)')
    .addHelpText('after', '\nExamples:\n  $ charter schema > charter.schema.json')
    .action(async () => {
      const { runSchema } = await import('./commands/schema.js');
      setExitCode(await runSchema(io()));
    });

  return program;
}

/** Runs the CLI; every error becomes an exit code here, and only here. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  const debug = argv.includes('--debug') || process.env.CHARTER_DEBUG === '1';
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; every other parse failure is a usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`charter: ${showControls(error.message)}\n`);
      return 2;
    }
    if ((error as { name?: string })?.name === 'ExitPromptError') {
      process.stderr.write('\ncharter: cancelled, nothing written\n');
      return 130;
    }
    process.stderr.write(`charter: internal error: ${showControls((error as Error)?.message ?? String(error))}\n`);
    if (debug) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    else process.stderr.write('charter: run again with --debug for details, and report it at https://github.com/charter-cli/charter/issues\n');
    return 2;
  }
}

// A reader that stops early (`charter lint . | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const code = await main(process.argv);
process.exitCode = code;
