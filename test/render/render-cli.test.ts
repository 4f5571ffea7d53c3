import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseCharter } from '../rules/table.js';
import { exampleData, readExample, root, runCli, tempDir, toYaml } from '../helpers.js';
import { renderCharter } from '../../src/render/render.js';
import { buildView } from '../../src/render/view.js';
import type { Charter } from '../../src/generated/charter-types.js';

describe('charter render', () => {
  it('prints Markdown by default, byte-identical across runs', () => {
    const a = runCli(['render', 'examples/education.charter.yaml']);
    const b = runCli(['render', 'examples/education.charter.yaml']);
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    expect(a.stdout.startsWith('# Code for Every Classroom\n')).toBe(true);
    expect(a.stdout).toBe(b.stdout);
  });

  it('writes --out atomically, leaving no temporary file behind', () => {
    const dir = tempDir();
    const out = join(dir, 'agreement.html');
    writeFileSync(out, 'old');
    const { code, stdout } = runCli(['render', 'examples/digital-health.charter.yaml', '--format', 'html', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readdirSync(dir)).toEqual(['agreement.html']);
  });

  it('refuses a schema-invalid charter with exit 1 and the findings, writing nothing', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.charter.yaml'), readExample('smart-city').replace('sector: government', 'sector: city-hall'));
    const { code, stdout, stderr } = runCli(['render', 'bad.charter.yaml', '--out', 'x.md'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain("the sector of the 1st partner (partners[0].sector) 'city-hall' is not one of");
    expect(stderr).toContain('charter: not rendered: bad.charter.yaml has an error against the schema; fix it first');
    expect(existsSync(join(dir, 'x.md'))).toBe(false);
  });

  it('renders a charter with lint errors, and refuses it with --strict', () => {
    const dir = tempDir();
    const c = baseCharter();
    delete c.goals[0].owner;
    writeFileSync(join(dir, 'x.charter.yaml'), toYaml(c));
    expect(runCli(['render', 'x.charter.yaml'], { cwd: dir }).code).toBe(0);
    const strict = runCli(['render', 'x.charter.yaml', '--strict'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('goal-without-owner');
  });

  it('names the lead partner in the decision clause, in both formats', async () => {
    const c = baseCharter();
    c.governance.decision_making = { rule: 'lead-partner', lead: 'city' };
    const lead = c.partners.find((p: { id: string }) => p.id === 'city').name;
    expect(await renderCharter(c as Charter, { format: 'md' })).toContain(`- The lead partner is ${lead}.\n`);
    expect(await renderCharter(c as Charter, { format: 'html' })).toContain(`<li>The lead partner is ${lead}.</li>`);
  });

  it('exits 2 for a missing charter, a missing output directory and a bad format', () => {
    expect(runCli(['render', 'nope.yaml']).stderr).toBe('charter: nope.yaml: no such file\n');
    const r = runCli(['render', 'examples/education.charter.yaml', '--out', '/nonexistent-dir/x.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write .*the directory \/nonexistent-dir does not exist/);
    expect(runCli(['render', 'examples/education.charter.yaml', '--format', 'rtf']).code).toBe(2);
  });

  describe('TODO placeholders', () => {
    function charterWithPlaceholders(count: number): string {
      const dir = tempDir();
      const c = baseCharter();
      c.status = 'active';
      c.vision = 'TODO: the vision';
      c.partners.forEach((p: { signatory: { name: string } }, i: number) => (p.signatory.name = `TODO: who signs ${i}`));
      for (let i = 0; i < count - 1 - c.partners.length; i++) c.roles[0].responsibilities.push(`TODO: task ${i}`);
      writeFileSync(join(dir, 'x.charter.yaml'), toYaml(c));
      return dir;
    }

    it('warns with the count and the first locations, and marks each one in the output', () => {
      const dir = charterWithPlaceholders(9);
      const { code, stdout, stderr } = runCli(['render', 'x.charter.yaml'], { cwd: dir });
      expect(code).toBe(0);
      const lines = stderr.trimEnd().split('\n');
      expect(lines[0]).toBe('charter: warning: x.charter.yaml has 9 TODO placeholders, marked in the agreement:');
      expect(lines[1]).toMatch(/^  x\.charter\.yaml:\d+:\d+  vision: "TODO: the vision"$/);
      expect(lines.slice(1, 6).every((l) => /^  x\.charter\.yaml:\d+:\d+  \S+: "TODO/.test(l))).toBe(true);
      expect(lines[6]).toBe('  and 4 more; `charter lint x.charter.yaml` lists them, and `--strict` refuses to render them');
      expect(lines).toHaveLength(7);
      expect(stdout.match(/⚠ \*\*TODO/g)).toHaveLength(9);
      expect(stdout).toMatch(/^Name: ⚠ \*\*TODO\\?: who signs 0\*\*$/m);
    });

    it('are refused by --strict: exit 1, every one listed, nothing written', () => {
      const dir = charterWithPlaceholders(9);
      const { code, stdout, stderr } = runCli(['render', 'x.charter.yaml', '--strict', '--out', 'agreement.md'], { cwd: dir });
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.match(/error {4}placeholder left to fill in: "TODO/g)).toHaveLength(9);
      expect(stderr).toContain('charter: not rendered: x.charter.yaml has 9 TODO placeholders, which --strict refuses; fill them in first\n');
      expect(existsSync(join(dir, 'agreement.md'))).toBe(false);
    });

    it('are refused by --strict even where a config turns the rule off', () => {
      const dir = charterWithPlaceholders(4);
      writeFileSync(join(dir, 'charter.config.yaml'), 'rules:\n  todo-placeholder: off\n');
      const { code, stderr } = runCli(['render', 'x.charter.yaml', '--strict'], { cwd: dir });
      expect(code).toBe(1);
      expect(stderr).toContain('has 4 TODO placeholders');
    });
  });

  describe('--draft and --paper', () => {
    it('notes a draft at the top of Markdown with the render date, for status draft or --draft', () => {
      const dir = tempDir();
      const c = baseCharter();
      c.status = 'draft';
      writeFileSync(join(dir, 'draft.charter.yaml'), toYaml(c));
      const draft = runCli(['render', 'draft.charter.yaml', '--today', '2026-12-01'], { cwd: dir });
      const note = '> **DRAFT**, rendered on 1 December 2026. Not for signature: the partners have not yet agreed this text.';
      expect(draft.stdout.split('\n').slice(0, 6)).toContain(note);
      const active = runCli(['render', 'examples/education.charter.yaml', '--today', '2026-12-01']);
      expect(active.stdout).not.toContain('DRAFT');
      const forced = runCli(['render', 'examples/education.charter.yaml', '--draft', '--today', '2026-12-01']);
      expect(forced.stdout).toContain(note);
    });

    it('prints HTML on the paper asked for, A4 by default, and refuses another size', () => {
      expect(runCli(['render', 'examples/education.charter.yaml', '--format', 'html']).stdout).toContain('@page { size: A4;');
      expect(runCli(['render', 'examples/education.charter.yaml', '--format', 'html', '--paper', 'letter']).stdout).toContain('@page { size: letter;');
      const bad = runCli(['render', 'examples/education.charter.yaml', '--paper', 'a5']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/^charter: .*a5/);
    });
  });

  describe('--template', () => {
    it('overrides built-in partials by name and keeps the rest', () => {
      const dir = tempDir();
      mkdirSync(join(dir, 'md/partials'), { recursive: true });
      writeFileSync(join(dir, 'md/partials/vision.hbs'), '## Our shared vision\n\n{{vision}}\n\n');
      const { code, stdout } = runCli(['render', 'examples/education.charter.yaml', '--template', dir]);
      expect(code).toBe(0);
      expect(stdout).toContain('## Our shared vision');
      expect(stdout).not.toContain('## Vision\n');
      expect(stdout).toContain('## Signatures');
    });

    it('escapes charter values in a custom template too', async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'cover.hbs'), '<h1>{{title}}</h1>\n');
      const charter = exampleData('education');
      charter.title = '<script>x</script>';
      const html = await renderCharter(charter as never, { format: 'html', templateDir: dir });
      expect(html).toContain('<h1>&lt;script&gt;x&lt;/script&gt;</h1>');
    });

    it('gives custom templates the clause numbers, and names an unknown section', async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'exit.hbs'), '## {{clause "exit"}}. Leaving\n\nSee clause {{clause "governance" "decisions"}} and clause {{clause "goals" "safety"}}.{{clause "challenge"}}\n\n');
      const charter = baseCharter();
      const markdown = await renderCharter(charter as never, { format: 'md', templateDir: dir });
      const numbers = buildView(charter as never).clauses.numbers;
      expect(markdown).toContain(`## ${numbers.exit}. Leaving\n\nSee clause ${numbers['governance/decisions']} and clause ${numbers['goals/safety']}.\n`);
      writeFileSync(join(dir, 'exit.hbs'), '{{clause "exits"}}\n');
      await expect(renderCharter(charter as never, { format: 'md', templateDir: dir })).rejects.toThrow(/template error .*unknown section "exits"; the sections are definitions, parties/);
    });

    it('names the template file and line of a syntax error, exit 2', () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'agreement.hbs'), '# {{title}}\n\n{{#if vision}}\n{{vision}}\n');
      const { code, stderr } = runCli(['render', join(root, 'examples/education.charter.yaml'), '--template', dir], { cwd: dir });
      expect(code).toBe(2);
      expect(stderr).toMatch(/^charter: template error in agreement\.hbs:\d+: /);
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  });
});
