import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv04Module from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkText } from '../../src/core/check.js';
import { formatGithub } from '../../src/formatters/github.js';
import { formatJson } from '../../src/formatters/json.js';
import { formatJunit } from '../../src/formatters/junit.js';
import { formatSarif } from '../../src/formatters/sarif.js';
import { formatStylish } from '../../src/formatters/stylish.js';
import { joinPieces } from '../../src/formatters/pieces.js';
import { renderCharter } from '../../src/render/render.js';
import { exampleData, root, TODAY, USE_CASE_EXAMPLES } from '../helpers.js';
import { expectSaneResult } from './invariants.js';

const RUNS = Number(process.env.CHARTER_PROPERTY_RUNS ?? 150);
const ajv = new Ajv04Module.default({ strict: false, unicodeRegExp: false });
const validateSarif = ajv.compile(JSON.parse(readFileSync(join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')));

const lint = (text: string, file = 'p.charter.yaml') => checkText(text, file, { mode: 'lint', today: TODAY });

/** Every formatter must turn any result into output its consumers accept. */
function expectFormatsHold(results: ReturnType<typeof lint>[]) {
  expect(() => JSON.parse(joinPieces(formatJson(results)))).not.toThrow();
  const sarif = JSON.parse(joinPieces(formatSarif(results)));
  expect(validateSarif(sarif), JSON.stringify(validateSarif.errors?.slice(0, 2))).toBe(true);
  expect(XMLValidator.validate(joinPieces(formatJunit(results)))).toBe(true);
  for (const line of joinPieces(formatGithub(results)).split('\n').filter(Boolean)) expect(line).toMatch(/^::(error|warning|notice) file=[^,\r\n]*,line=\d+[^:]*::[^\r\n]*$/);
  expect(typeof joinPieces(formatStylish(results, { color: true }))).toBe('string');
}

/** Hostile text: control characters, bidi overrides, emoji, markup, YAML syntax, long runs. */
const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('\u202e', '\u202d', '\u200f', '😀', '👩‍👩‍👧', '\u0000', '\u0007', '\t', '\r', '\n', '<', '>', '&', '"', "'", '|', '*', '_', '`', '#', ':', '%', ',', 'é', '\\', '{{', '}}', ' ', 'a', 'TODO'), maxLength: 30 }),
  fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '{{constructor.constructor("x")()}}', '__proto__', 'x'.repeat(5000), '- item', '# heading', '1. list', '| a | b |', 'javascript:alert(1)'),
);

type Mutation = (c: any, pick: (n: number) => number, s: string) => void;
const mutations: Record<string, Mutation> = {
  deleteKey: (c, pick) => {
    const keys = Object.keys(c);
    delete c[keys[pick(keys.length)]];
  },
  deletePartnerKey: (c, pick) => {
    if (!Array.isArray(c.partners) || c.partners.length === 0) return;
    const p = c.partners[pick(c.partners.length)];
    const keys = Object.keys(p);
    delete p[keys[pick(keys.length)]];
  },
  changeType: (c, pick, s) => {
    const keys = Object.keys(c);
    c[keys[pick(keys.length)]] = [s, 42, null, true, { s }][pick(5)];
  },
  duplicateId: (c, pick) => {
    const list = [c.partners, c.goals, c.metrics][pick(3)];
    if (Array.isArray(list) && list.length > 1) list[1].id = list[0].id;
  },
  swapIds: (c, pick) => {
    if (!Array.isArray(c.partners) || c.partners.length === 0) return;
    const a = pick(c.partners.length);
    const b = pick(c.partners.length);
    [c.partners[a].id, c.partners[b].id] = [c.partners[b].id, c.partners[a].id];
  },
  brokenReference: (c, pick, s) => {
    if (!Array.isArray(c.goals) || c.goals.length === 0) return;
    c.goals[pick(c.goals.length)].owner = s;
  },
  nastyText: (c, pick, s) => {
    const targets = [() => (c.title = s), () => (c.vision = s), () => (c.partners[pick(c.partners.length)].name = s), () => (c.goals[pick(c.goals.length)].title = s), () => (c.governance.confidentiality = s)];
    try {
      targets[pick(targets.length)]();
    } catch {
      // An earlier mutation removed that part of the charter.
    }
  },
  nastyKey: (c, _pick, s) => {
    if (Array.isArray(c.partners) && c.partners[0]) c.partners[0][s] = 'value';
    c[s] = { [s]: s };
  },
  deepNesting: (c, pick) => {
    let v: any = 'leaf';
    for (let i = 0; i < 50 + pick(200); i++) v = [v];
    c['x-deep'] = v;
  },
};

const mutationArb = fc.tuple(fc.constantFrom(...USE_CASE_EXAMPLES), fc.array(fc.tuple(fc.constantFrom(...Object.keys(mutations)), fc.nat(), nastyString), { minLength: 1, maxLength: 4 }));

function applyMutations(name: string, steps: [string, number, string][]) {
  const charter = exampleData(name);
  for (const [mutation, seed, s] of steps) {
    let n = seed;
    const pick = (k: number) => (k <= 0 ? 0 : (n = (n * 1103515245 + 12345) >>> 0) % k);
    mutations[mutation](charter, pick, s);
  }
  return charter;
}

describe('properties over arbitrary documents', () => {
  it('validate and lint never throw, and give sane findings, for any JSON-like document', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = stringify(value, { lineWidth: 0 });
        const result = lint(text);
        expectSaneResult(result, text);
        expect(checkText(text, 'p', { mode: 'validate', today: TODAY }).findings.every((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('lint is deterministic, findings are sane and every format holds, for mutated examples', () => {
    fc.assert(
      fc.property(mutationArb, ([name, steps]) => {
        const text = stringify(applyMutations(name, steps), { lineWidth: 0, aliasDuplicateObjects: false });
        const first = lint(text, 'a b,c:%é.charter.yaml');
        expect(lint(text, 'a b,c:%é.charter.yaml')).toEqual(first);
        expectSaneResult(first, text);
        expectFormatsHold([first]);
      }),
      { numRuns: RUNS },
    );
  });

  it('a schema-valid charter always renders, in both formats, deterministically', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...USE_CASE_EXAMPLES), fc.array(fc.tuple(fc.constantFrom('nastyText', 'brokenReference', 'duplicateId', 'swapIds'), fc.nat(), nastyString), { minLength: 1, maxLength: 5 }), async (name, steps) => {
        const charter = applyMutations(name, steps as [string, number, string][]);
        const text = stringify(charter, { lineWidth: 0 });
        if (lint(text).findings.some((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax')) return;
        for (const format of ['md', 'html'] as const) {
          const a = await renderCharter(charter as never, { format });
          expect(a).toBe(await renderCharter(structuredClone(charter) as never, { format }));
          if (format === 'html') {
            expect(a).not.toMatch(/<script|<img|<iframe|onerror=/i);
            expect(a.match(/<h1>/g)).toHaveLength(1);
          } else {
            expect(a.match(/^# /gm)).toHaveLength(1);
          }
        }
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 3)) },
    );
  });
});
