import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/core/check.js';
import { decode } from '../../src/core/load.js';
import { EXAMPLES, examplesDir, TODAY } from '../helpers.js';
import { expectSaneResult } from './invariants.js';
import { mutate, random } from './mutations.mjs';

const CASES = Number(process.env.CHARTER_FUZZ_CASES ?? 2000);
const seeds = EXAMPLES.map((name) => readFileSync(join(examplesDir, `${name}.charter.yaml`)));

describe('byte-level mutation fuzzing', () => {
  it(`survives ${CASES} mutated charters: no crash, no hang, sane positions`, () => {
    const rand = random(20261128);
    let slowest = 0;
    for (let i = 0; i < CASES; i++) {
      const bytes = mutate(seeds[i % seeds.length], rand);
      const start = performance.now();
      let result;
      try {
        result = checkBytes(bytes, 'fuzz.charter.yaml', { mode: 'lint', today: TODAY });
      } catch (error) {
        throw new Error(`case ${i} crashed: ${(error as Error).stack}\ninput (base64): ${bytes.toString('base64')}`);
      }
      slowest = Math.max(slowest, performance.now() - start);
      const text = decode(bytes);
      expectSaneResult(result, typeof text === 'string' ? text : text.text);
    }
    // A bound, not a benchmark: one mutated charter must never take seconds.
    expect(slowest).toBeLessThan(2000);
  });
});
