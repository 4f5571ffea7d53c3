import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkText } from '../../src/core/check.js';
import { renderCharter } from '../../src/render/render.js';
import { baseCharter } from '../rules/table.js';
import { runCli, tempDir, TODAY, toYaml } from '../helpers.js';

const lint = (text: string) => checkText(text, 'h.charter.yaml', { mode: 'lint', today: TODAY }).findings;

describe('hostile inputs', () => {
  it('__proto__, constructor and prototype as keys never reach a prototype', async () => {
    const text = toYaml(baseCharter()).replace('charter: 1\n', 'charter: 1\n__proto__:\n  polluted: yes\nconstructor: {prototype: {polluted: yes}}\nprototype: x\n') + 'x-extra:\n  __proto__: {polluted: yes}\n';
    const findings = lint(text);
    expect(({} as any).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(findings.map((f) => f.message)).toEqual([
      "unknown key '__proto__' in the charter: allowed keys are charter, id, title, status, form, version, use_case, summary, vision, challenge, term, agreement, sectors, partners, goals, roles, raci, governance, metrics, commitments, risks; prefix your own keys with x-",
      expect.stringMatching(/^unknown key 'constructor' in the charter/),
      expect.stringMatching(/^unknown key 'prototype' in the charter/),
    ]);
  });

  it('constructor and prototype as ids and alignment keys are ordinary ids', async () => {
    const c = baseCharter();
    c.partners[0].id = 'constructor';
    c.partners[1].id = 'prototype';
    for (const g of c.goals) {
      g.partners = g.partners.map((p: string) => ({ city: 'constructor', movo: 'prototype' })[p] ?? p);
      g.owner = ({ city: 'constructor', movo: 'prototype' } as Record<string, string>)[g.owner] ?? g.owner;
      g.alignment = Object.fromEntries(g.partners.map((p: string) => [p, 'why']));
    }
    const text = toYaml(c);
    const findings = lint(text);
    expect(findings.filter((f) => f.ruleId === 'unknown-reference').map((f) => f.path).length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.ruleId === 'goal-alignment-missing')).toEqual([]);
    const html = await renderCharter(c as never, { format: 'html' });
    expect(html).toContain('City of Riverside');
  });

  it.each([
    ['!!js/function', 'vision: !!js/function "function () { return process.exit(1) }"', []],
    ['!!python/object', 'vision: !!python/object:os.system "rm -rf /"', []],
    ['!!binary', 'vision: !!binary aGVsbG8=', ['vision must be a string, not binary data (!!binary)']],
  ])('treats the custom tag %s as data, never code', (_tag, line, messages) => {
    const text = toYaml(baseCharter()).replace(/^vision: .*$/m, line);
    expect(lint(text).map((f) => f.message)).toEqual(messages);
  });

  it('refuses 10,000-deep nesting with a finding, not a crash', () => {
    for (const text of [`charter: 1\nx-deep: ${'['.repeat(10000)}${']'.repeat(10000)}\n`, `charter: 1\nx-deep:\n${Array.from({ length: 10000 }, (_, i) => `${' '.repeat(i)}- `).join('\n')}x\n`]) {
      const findings = lint(text);
      expect(findings.length).toBeGreaterThan(0);
      expect(findings[0].ruleId).toMatch(/^(yaml-syntax|schema)$/);
    }
  });

  it('refuses a 100 MB file quickly with exit 2, without reading it', () => {
    const dir = tempDir();
    const file = join(dir, 'huge.charter.yaml');
    execFileSync('truncate', ['-s', '100M', file]);
    const { code, stderr } = runCli(['lint', file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/is 100\.0 MB; charter files over 10 MB are refused/);
  });

  it('lints and renders NUL (escaped), right-to-left overrides and emoji correctly', async () => {
    const c = baseCharter();
    c.title = 'Bridge \u202Eegdirb\u202C 🌉 partners';
    c.vision = 'Zero\u0000byte and \u200F rtl mark 👩‍👩‍👧';
    c.partners[0].name = 'Ville de Montréal 🍁';
    const text = stringify(c, { lineWidth: 0 });
    expect(text).toContain('\\0');
    expect(lint(text)).toEqual([]);
    const md = await renderCharter(c as never, { format: 'md' });
    expect(md).toContain('# Bridge \u202Eegdirb\u202C 🌉 partners');
    expect(md).toContain('Zero\uFFFDbyte');
    expect(md).toContain('Ville de Montréal 🍁');
    const html = await renderCharter(c as never, { format: 'html' });
    expect(html).not.toContain('\u0000');
    expect(html).toContain('<h1>Bridge \u202Eegdirb\u202C 🌉 partners</h1>');
  });

  describe('file names with spaces, unicode, commas, colons and percent signs', () => {
    const dir = tempDir();
    const name = 'our partner, ship: 100% démo 🚢.charter.yaml';
    const c = baseCharter();
    delete c.goals[0].owner;
    writeFileSync(join(dir, name), toYaml(c));

    it.each(['stylish', 'json', 'sarif', 'junit', 'github'])('work in the %s format', (format) => {
      const { code, stdout } = runCli(['lint', name, '--format', format, '--today', TODAY], { cwd: dir });
      expect(code).toBe(1);
      if (format === 'json') expect(JSON.parse(stdout)[0].file).toBe(name);
      if (format === 'sarif') expect(decodeURIComponent(JSON.parse(stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri)).toBe(name);
      if (format === 'junit') {
        expect(XMLValidator.validate(stdout)).toBe(true);
        expect(stdout).toContain(`classname="${name}"`);
      }
      if (format === 'github') expect(stdout).toContain('::error file=our partner%2C ship%3A 100%25 démo 🚢.charter.yaml,line=');
      if (format === 'stylish') expect(stdout.split('\n')[0]).toBe(name);
    });

    it('work for render --out', () => {
      const out = join(dir, 'agreement, v1: 100%.html');
      expect(runCli(['render', name, '--format', 'html', '--out', out], { cwd: dir }).code).toBe(0);
      expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    });
  });
});
