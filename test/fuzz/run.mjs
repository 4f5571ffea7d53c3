// `npm run fuzz -- --runs N [--seed S]`: the mutation fuzzer on demand, against the built
// library. A crash prints the seed and the input to turn into a regression test.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBytes } from '../../dist/index.js';
import { mutate, random } from './mutations.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const runs = arg('runs', 10000);
const seed = arg('seed', Date.now() % 2 ** 31);
const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const seeds = readdirSync(examples).filter((f) => f.endsWith('.charter.yaml')).sort().map((f) => readFileSync(join(examples, f)));

const rand = random(seed);
const started = Date.now();
let slowest = 0;
for (let i = 0; i < runs; i++) {
  const bytes = mutate(seeds[i % seeds.length], rand);
  const t = performance.now();
  try {
    checkBytes(bytes, 'fuzz.charter.yaml', { mode: 'lint', today: '2026-01-01' });
  } catch (error) {
    const file = `fuzz-crash-${seed}-${i}.yaml`;
    writeFileSync(file, bytes);
    console.error(`case ${i} (seed ${seed}) crashed; input saved to ${file}\n${error.stack}`);
    process.exit(1);
  }
  slowest = Math.max(slowest, performance.now() - t);
  if (i % 1000 === 999) process.stderr.write(`\r${i + 1}/${runs} cases`);
}
console.error(`\n${runs} cases from seed ${seed} in ${((Date.now() - started) / 1000).toFixed(1)} s, no crash; slowest case ${slowest.toFixed(0)} ms`);
