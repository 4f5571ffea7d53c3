// Issue 16, rows 11, 14 and 16: templates are read only as regular files inside their
// directory; the schema bounds numbers; odd configs and partial names give one line.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { renderCharter } from '../../src/render/render.js';
import { baseCharter } from '../rules/table.js';
import { root, runCli, TODAY, toYaml } from '../helpers.js';
import { BOUNDED_RUN, mkfifo, scratchDir } from './scratch.js';

const EXAMPLE = join(root, 'examples/education.charter.yaml');
const bounded = BOUNDED_RUN;

describe('row 11: --template reads only regular files inside the template directory', () => {
  function templates(add: (dir: string) => void) {
    const dir = scratchDir();
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'partials/vision.hbs'), '## Our vision\n\n{{vision}}\n');
    add(dir);
    return dir;
  }
  const render = (dir: string) => runCli(['render', EXAMPLE, '--template', dir], { ...bounded, cwd: dir });

  it.each([
    ['a partial linking to a file outside', (dir: string, outside: string) => symlinkSync(join(outside, 'secret.txt'), join(dir, 'partials/cover.hbs')), 'partials/cover.hbs links outside the template directory: templates are read only from inside it'],
    ['a link to the root directory', (dir: string) => symlinkSync('/', join(dir, 'root')), 'root links outside the template directory: templates are read only from inside it'],
    ['a loop of links', (dir: string) => symlinkSync('loop.hbs', join(dir, 'loop.hbs')), 'loop.hbs is a loop of symbolic links'],
    ['a directory named cover.hbs', (dir: string) => mkdirSync(join(dir, 'cover.hbs')), 'cover.hbs is not a regular file: a template must be one'],
    ['a FIFO named cover.hbs', (dir: string) => mkfifo(join(dir, 'cover.hbs')), 'cover.hbs is not a regular file: a template must be one'],
  ])('%s: one line, exit 2, nothing rendered', (_case, add, message) => {
    const outside = scratchDir();
    writeFileSync(join(outside, 'secret.txt'), 'TOP SECRET');
    const dir = templates((d) => add(d, outside));
    const { code, stdout, stderr } = render(dir);
    expect(stdout).toBe('');
    expect(stderr).toBe(`charter: --template ${dir}: ${message}\n`);
    expect(code).toBe(2);
  });

  it('a link to a template inside the directory is read', () => {
    const dir = templates((d) => symlinkSync('partials/vision.hbs', join(d, 'challenge.hbs')));
    const { code, stdout } = render(dir);
    expect(stdout).toContain('## Our vision');
    expect(code).toBe(0);
  });

  it('a template over 10 MB is refused', () => {
    const dir = templates((d) => writeFileSync(join(d, 'cover.hbs'), 'x'.repeat(10 * 1024 * 1024 + 1)));
    const { code, stderr } = render(dir);
    expect(stderr).toBe('charter: cover.hbs is 10.0 MB; templates over 10 MB are refused (is this really a template?)\n');
    expect(code).toBe(2);
  });
});

describe('row 16: one line or nothing for tricks in configs and partial names', () => {
  it.each(['__proto__', 'toString', 'constructor', 'hasOwnProperty'])('a partial named %s is refused in one line, with no Handlebars warning', async (name) => {
    const dir = scratchDir();
    writeFileSync(join(dir, `${name}.hbs`), 'x');
    const { code, stdout, stderr } = runCli(['render', EXAMPLE, '--template', dir], { cwd: dir });
    expect(stdout).toBe('');
    expect(stderr).toBe(`charter: --template ${dir}: ${name}.hbs cannot be used: '${name}' is not allowed as a partial name\n`);
    expect(code).toBe(2);
  });

  it('rules: !!js/function in a config gives one charter: line and no YAML warning', () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'charter.config.yaml'), 'rules: !!js/function "function () { return 1 }"\n');
    writeFileSync(join(dir, 'a.charter.yaml'), toYaml(baseCharter()));
    const { code, stderr } = runCli(['lint', 'a.charter.yaml', '--today', TODAY], { cwd: dir });
    expect(stderr).toBe("charter: charter.config.yaml: 'rules' must map rule ids to off, info, warning or error\n");
    expect(code).toBe(2);
  });
});

describe('row 14: the schema bounds money, day counts and e-mail addresses', () => {
  const lint = (mutate: (c: Record<string, any>) => void) => {
    const c = baseCharter();
    mutate(c);
    return checkText(toYaml(c), 'b.charter.yaml', { mode: 'validate', today: TODAY }).findings.map((f) => `${f.path}: ${f.message}`);
  };

  it.each([
    ['money', (c: any) => (c.partners[0].contributions[0].value = { amount: 1e25, currency: 'EUR' }), '/partners/0/contributions/0/value/amount'],
    ['notice days', (c: any) => (c.governance.exit = { notice_days: 1e29 }), '/governance/exit/notice_days'],
    ['days of an escalation step', (c: any) => (c.governance.conflict_resolution.steps[0].within_days = 100000), '/governance/conflict_resolution/steps/0/within_days'],
    ['breach notice hours', (c: any) => (c.governance.data_sharing = { breach_notice_hours: 1e9 }), '/governance/data_sharing/breach_notice_hours'],
    ['fractional notice days', (c: any) => (c.governance.exit = { notice_days: 30.5 }), '/governance/exit/notice_days'],
    ['an e-mail with a query', (c: any) => (c.partners[0].representative.email = 'legal?bcc=attacker@evil.example'), '/partners/0/representative/email'],
    ['an e-mail with a space', (c: any) => (c.partners[0].representative.email = 'a b@example.org'), '/partners/0/representative/email'],
    ['an e-mail with an ampersand', (c: any) => (c.partners[0].representative.email = 'a&cc=b@example.org'), '/partners/0/representative/email'],
  ])('refuses %s out of range', (_case, mutate, path) => {
    const findings = lint(mutate);
    expect(findings.length, findings.join('\n')).toBeGreaterThan(0);
    expect(findings.every((f) => f.startsWith(`${path}: `)), findings.join('\n')).toBe(true);
  });

  it('accepts sane values and renders money with grouping and cents only when there are any', async () => {
    const c = baseCharter();
    c.partners[0].contributions[0].value = { amount: 999_999_999_999_999, currency: 'EUR' };
    c.partners[1].contributions[0].value = { amount: 1234.5, currency: 'USD' };
    c.partners[0].representative.email = 'j.doe+charter@example.org';
    expect(lint(() => Object.assign(c, {}))).toEqual([]);
    const markdown = await renderCharter(c as never, { format: 'md' });
    expect(markdown).toContain('(EUR 999,999,999,999,999)');
    expect(markdown).toContain('(USD 1,234.50)');
  });
});
