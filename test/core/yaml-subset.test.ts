// The differential test of the two parsers. `yaml` is the reference for everything: data,
// positions and every error message. The fast parser (src/core/yaml-subset.ts) may decline a
// document, but a document it accepts must give exactly the reference's data, key order and
// positions, for every node and for the places where a node is missing.
import fc from 'fast-check';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify, type ToStringOptions } from 'yaml';
import { generateLarge } from '../../bench/generate.mjs';
import { parseWithSubset, parseWithYaml } from '../../src/core/load.js';
import { pointer } from '../../src/findings.js';
import { exampleData, examplesDir, root, tempDir, USE_CASE_EXAMPLES } from '../helpers.js';
import { mutate, random } from '../fuzz/mutations.mjs';

const CASES = Number(process.env.CHARTER_FUZZ_CASES ?? 2000);

/** Every JSON Pointer into `value`, with a missing key and a missing index below each collection. */
function pointers(value: unknown, segments: (string | number)[] = [], out: string[] = []): string[] {
  out.push(pointer(...segments));
  if (Array.isArray(value)) {
    value.forEach((item, i) => pointers(item, [...segments, i], out));
    out.push(pointer(...segments, value.length), pointer(...segments, 'x'));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) pointers((value as Record<string, unknown>)[key], [...segments, key], out);
    out.push(pointer(...segments, 'no such key'), pointer(...segments, 'no such key', 0));
  }
  return out;
}

/** Whether the fast parser accepted `text`; when it did, it must agree with the reference. */
function agreesWithReference(text: string): boolean {
  const fast = parseWithSubset(text);
  if (!fast) return false;
  const reference = parseWithYaml(text);
  if (!reference.ok) throw new Error(`the fast parser accepted a document that yaml refuses (${reference.findings[0]?.message}):\n${text}`);
  expect(fast.data).toEqual(reference.data);
  // Same key order (rules and output follow it).
  expect(JSON.stringify(fast.data)).toBe(JSON.stringify(reference.data));
  for (const path of pointers(reference.data)) {
    const [a, b] = [fast.locate(path), reference.locate(path)];
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`positions differ at '${path}': fast ${JSON.stringify(a)}, yaml ${JSON.stringify(b)}\n${text}`);
  }
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f));
}

describe('the fast parser against the reference (yaml)', () => {
  it('reads every example and every test fixture as yaml does', () => {
    const files = [...yamlFiles(examplesDir), ...yamlFiles(join(root, 'test/fixtures'))];
    const accepted = files.filter((file) => agreesWithReference(readFileSync(file, 'utf8')));
    // The examples are the typical charter: the fast parser must take every one of them.
    expect(accepted).toEqual(expect.arrayContaining(yamlFiles(examplesDir)));
  });

  it('reads the benchmark charter as yaml does', () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'large.charter.yaml');
      generateLarge(file, 40);
      expect(agreesWithReference(readFileSync(file, 'utf8'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it(`agrees on ${CASES / 2} byte-mutated examples`, () => {
    const rand = random(20261201);
    const seeds = USE_CASE_EXAMPLES.map((name) => readFileSync(join(examplesDir, `${name}.charter.yaml`)));
    let accepted = 0;
    for (let i = 0; i < CASES / 2; i++) {
      const text = new TextDecoder().decode(mutate(seeds[i % seeds.length], rand));
      if (agreesWithReference(text)) accepted++;
    }
    // Not vacuous: many mutants stay inside the subset.
    expect(accepted).toBeGreaterThan(CASES / 20);
  });

  const styles: fc.Arbitrary<ToStringOptions> = fc.record({
    indent: fc.constantFrom(2, 3, 4),
    indentSeq: fc.boolean(),
    lineWidth: fc.constantFrom(0, 20, 80),
    minContentWidth: fc.constantFrom(0, 20),
    defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL'),
    defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_SINGLE'),
    collectionStyle: fc.constantFrom('any', 'block', 'flow'),
    flowCollectionPadding: fc.boolean(),
  }) as fc.Arbitrary<ToStringOptions>;

  it('agrees on arbitrary JSON-like documents in every writing style', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 4 }), { minKeys: 1 }), styles, (value, style) => {
        if (agreesWithReference(stringify(value, style))) accepted++;
      }),
      { numRuns: CASES / 2 },
    );
    expect(accepted).toBeGreaterThan(CASES / 20);
  });

  it('agrees on the examples in every writing style', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom(...USE_CASE_EXAMPLES), styles, (name, style) => {
        if (agreesWithReference(stringify(exampleData(name), style))) accepted++;
      }),
      { numRuns: CASES / 10 },
    );
    expect(accepted).toBeGreaterThan(CASES / 100);
  });

  // Lines that probe the edges of the subset: indentation, comments, empty values, block
  // scalars, flow collections, quotes, core-schema scalars and keys, colons in values.
  const fragments = [
    'a: b', 'a:', 'b: 1', 'c: x # note', '- x', '-', '- a: 1', '- [1, 2]', '- "q"', 'k: [x, y ,z]', 'k: []', 'k: {}',
    'm: {p: q, r: [1, 2], s: {t: u}}', "s: 'it''s'", 'd: "double"', 'f: |', 'g: >-', 'h: >', 'i: |-', 'text here', 'more text',
    '# comment', '', '   ', 'n: null', 'o: 0o17', 'x: 0x1F', 'y: 1e3', 'z: .inf', 'w: -.5', 't: True', 'u: ~', 'v: 007',
    '"quoted key": 1', "'single': 2", 'a: b: c', 'p: -1', 'q: - x', '1: one', 'true: yes', 'dup: 1', 'dup: 2', 'url: http://x.example/a#b',
    'r: a #b', 'e: [a: b]', 'l: [a, [b, {c: d}]]', 'ws: trailing   ', '--- ', '...', '? k', 'j: &a x', 'j2: *a', 'tag: !!str 1', 'e2: "a\\"b"',
    'c2: {a: 1, a: 2}', 'k2: [a,]', 'k3: x:y', 'k4: -x', 'k5: :x', 'k6: ?x', 'k7: a, b', 'k8: {a: }', '- - x', 'key with spaces: v',
  ];
  it(`agrees on ${CASES} documents assembled from edge-case lines`, () => {
    const rand = random(17);
    let accepted = 0;
    for (let i = 0; i < CASES; i++) {
      const lines: string[] = [];
      for (let n = 1 + Math.floor(rand() * 12); n > 0; n--) {
        lines.push(' '.repeat(Math.floor(rand() * 3) * 2 + (rand() < 0.1 ? 1 : 0)) + fragments[Math.floor(rand() * fragments.length)]);
      }
      if (rand() < 0.7) lines[0] = lines[0].trimStart();
      if (agreesWithReference(lines.join('\n') + (rand() < 0.8 ? '\n' : ''))) accepted++;
    }
    expect(accepted).toBeGreaterThan(CASES / 40);
  });
});
