import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lint } from 'markdownlint/sync';
import { analyseText } from '../../src/core/check.js';
import { compareCharters } from '../../src/diff/compare.js';
import { diffCharters } from '../../src/diff/report.js';
import { formatAmendment } from '../../src/formatters/diff/amendment.js';
import { formatDiffMarkdown } from '../../src/formatters/diff/markdown.js';
import { formatDiffStylish } from '../../src/formatters/diff/stylish.js';
import { exampleData, readExample, TODAY, toYaml, USE_CASE_EXAMPLES } from '../helpers.js';

const RUNS = Number(process.env.CHARTER_PROPERTY_RUNS ?? 150);

/** Strings that try to break out of Markdown or move a terminal's cursor. */
const hostile = fc.string({ unit: fc.constantFrom('\u001b', '\u0007', '\u202e', '\n', '<', '>', '|', '*', '_', '`', '#', '[', ']', '(', ')', ':', '\\', '1.', '- ', 'a', ' '), maxLength: 24 });
const value = fc.oneof(fc.string({ maxLength: 20 }), hostile, fc.integer({ min: -5, max: 500 }), fc.boolean(), fc.constantFrom('majority', 'consensus', '2030-01-01', 'city'));

/** Edits anywhere in a charter: set, delete or add a value at a random place, push or drop a list item. */
const edit = fc.record({ where: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), what: fc.constantFrom('set', 'delete', 'add', 'push', 'drop'), value });
type Edit = { where: number[]; what: string; value: unknown };

function applyEdit(root: Record<string, any>, { where, what, value: v }: Edit): void {
  let node: any = root;
  for (const [depth, n] of where.entries()) {
    const keys = Array.isArray(node) ? node.map((_: unknown, i: number) => i) : Object.keys(node);
    if (keys.length === 0) return;
    const key = keys[n % keys.length];
    const child = node[key];
    const last = depth === where.length - 1 || child === null || typeof child !== 'object';
    if (!last) {
      node = child;
      continue;
    }
    if (what === 'delete') Array.isArray(node) ? node.splice(Number(key), 1) : delete node[key];
    else if (what === 'add' && !Array.isArray(node)) node[`x-${n}`] = v;
    else if (what === 'push' && Array.isArray(child)) child.push(typeof child[0] === 'object' && child[0] !== null ? { ...child[0], id: `new-${n}` } : v);
    else if (what === 'drop' && Array.isArray(child)) child.pop();
    else node[key] = v;
    return;
  }
}

const amended = fc.record({ name: fc.constantFrom(...USE_CASE_EXAMPLES), edits: fc.array(edit, { minLength: 1, maxLength: 5 }) }).map(({ name, edits }) => {
  const before = exampleData(name);
  const after = structuredClone(before);
  for (const e of edits) applyEdit(after, e);
  return { before, after };
});

/** Reorders every list whose items are matched by id or key, and every key, at every level. */
function shuffled(value: unknown, order: number[], keyed: (path: string) => boolean, path = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => shuffled(v, order, keyed, `${path}/*`));
    if (!keyed(path)) return items;
    const rotation = order[path.length % order.length] % Math.max(items.length, 1);
    return [...items.slice(rotation), ...items.slice(0, rotation)];
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, shuffled(v, order, keyed, `${path}/${k}`)] as const);
    return Object.fromEntries(order[path.length % order.length] % 2 === 0 ? entries.reverse() : entries);
  }
  return value;
}

describe('diff properties', () => {
  it('a charter compared with itself has no changes', () => {
    fc.assert(
      fc.property(amended, ({ after }) => {
        expect(compareCharters(after, structuredClone(after))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('diff(a, b) and diff(b, a) list the same paths and classes, with before and after swapped', () => {
    const flip: Record<string, string> = { added: 'removed', removed: 'added', changed: 'changed' };
    fc.assert(
      fc.property(amended, ({ before, after }) => {
        const forward = compareCharters(before, after);
        const backward = compareCharters(after, before);
        const key = (c: { path: string }) => c.path;
        const sort = <T extends { path: string }>(list: T[]) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
        expect(sort(backward).map((c) => ({ path: c.path, class: c.class, kind: c.kind, before: c.before, after: c.after }))).toEqual(
          sort(forward).map((c) => ({ path: c.path, class: c.class, kind: flip[c.kind], before: c.after, after: c.before })),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('every format holds for any schema-valid amendment: markdownlint-clean Markdown, no raw control characters on a terminal', () => {
    const check = (data: unknown) => analyseText(toYaml(data), 'c.charter.yaml', { mode: 'lint', today: TODAY });
    fc.assert(
      fc.property(amended, ({ before, after }) => {
        const from = check(before);
        const to = check(after);
        fc.pre(to.charter !== undefined);
        const report = diffCharters({ file: 'old.charter.yaml', charter: from.charter!, findings: from.result.findings }, { file: 'new.charter.yaml', charter: to.charter!, findings: to.result.findings });
        for (const markdown of [formatDiffMarkdown(report), formatAmendment(report, { number: '2', signatories: new Map() })]) {
          expect(lint({ strings: { doc: markdown }, config: { default: true, MD013: false } }).doc).toEqual([]);
        }
        expect(formatDiffStylish(report, { color: true }).replace(/\u001b\[\d+m/g, '')).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u202E]/);
      }),
      { numRuns: Math.min(RUNS, 80) },
    );
  });

  it('reordering matched lists and keys, and rewriting the YAML without comments, changes nothing', () => {
    // Lists matched by id or key, and lists of plain values; escalation steps keep their order.
    const keyed = (path: string) => !path.endsWith('/conflict_resolution/steps');
    fc.assert(
      fc.property(fc.constantFrom(...USE_CASE_EXAMPLES), fc.array(fc.nat({ max: 50 }), { minLength: 1, maxLength: 8 }), (name, order) => {
        const original = parse(readExample(name));
        const rewritten = parse(toYaml(shuffled(original, order, keyed)));
        expect(compareCharters(original, rewritten)).toEqual([]);
      }),
      { numRuns: Math.min(RUNS, 60) },
    );
  });
});
