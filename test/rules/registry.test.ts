import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRuleMeta, rules } from '../../src/rules/index.js';
import { root } from '../helpers.js';

const catalogue = allRuleMeta.map((r) => r.id);

/** ESLint's checkRuleFiles: every rule has its file, registry entry, docs page and tests. */
describe('the rule registry', () => {
  const srcRules = readdirSync(join(root, 'src/rules'))
    .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts', 'helpers.ts', 'references.ts', 'contributions.ts', 'bodies.ts'].includes(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();

  it('registers every rule file, in files named after the rule id', () => {
    expect(rules.map((r) => r.meta.id).sort()).toEqual(srcRules);
  });

  it('has unique ids', () => {
    expect(new Set(catalogue).size).toBe(catalogue.length);
  });

  it.each(allRuleMeta.map((r) => [r.id, r] as const))('%s has metadata, a docs page and a test table', (id, meta) => {
    expect(meta.description).toMatch(/\.$/);
    expect(meta.challenge.length).toBeGreaterThan(10);
    expect(['error', 'warning', 'info']).toContain(meta.severity);
    const docs = join(root, 'docs/rules', `${id}.md`);
    expect(existsSync(docs), `docs/rules/${id}.md`).toBe(true);
    const page = readFileSync(docs, 'utf8');
    expect(page).toMatch(new RegExp(`^# ${id}\\n`));
    for (const section of ['## What it checks', '## Why', '## Example', '## How to fix it']) expect(page).toContain(section);
    expect(page).toContain(`| Default severity | ${meta.severity} |`);
    expect(existsSync(join(root, 'test/rules', `${id}.test.ts`)) || existsSync(join(root, 'test/cli', `${id}.test.ts`)), `test for ${id}`).toBe(true);
  });

  it('has no docs page or test table without a rule', () => {
    const ids = new Set(allRuleMeta.map((r) => r.id));
    const pages = readdirSync(join(root, 'docs/rules')).map((f) => f.replace(/\.md$/, ''));
    const tables = readdirSync(join(root, 'test/rules'))
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => f.replace(/\.test\.ts$/, ''))
      .filter((f) => !['registry', 'base', 'challenges', 'combination'].includes(f));
    expect(pages.filter((p) => !ids.has(p))).toEqual([]);
    expect(tables.filter((t) => !ids.has(t))).toEqual([]);
  });
});

describe('the README', () => {
  it('lists every rule with its default severity', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const rule of allRuleMeta) expect(readme).toContain(`| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${rule.severity} | ${rule.description} |`);
  });

  it('lists no rule the registry does not have, so its count is the registry\'s', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme.match(/^\| \[`[a-z-]+`\]\(docs\/rules\//gm)).toHaveLength(allRuleMeta.length);
  });
});
