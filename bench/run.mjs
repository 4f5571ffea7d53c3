// `npm run bench`: whole-process timings of charter next to the floor (node -e 0) and to the
// tools people would otherwise use (ajv-cli, Spectral). Writes bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLarge, generateMany } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 10);
const work = join(tmpdir(), `charter-bench-${process.pid}`);
const many = join(work, 'many');
const large = join(work, 'large.charter.yaml');
const half = join(work, 'half.charter.yaml');
const out = join(work, 'out');

process.stderr.write(`Generating inputs in ${work}…\n`);
rmSync(work, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
generateMany(many, 1000);
generateLarge(large, 2000);
generateLarge(half, 1000);
// Spectral applies our JSON Schema through its core `schema` function.
const ruleset = join(work, 'spectral-ruleset.json');
writeFileSync(
  ruleset,
  JSON.stringify({
    rules: {
      'charter-schema': {
        given: '$',
        severity: 'error',
        then: { function: 'schema', functionOptions: { schema: JSON.parse(readFileSync(join(root, 'schemas/charter.schema.json'), 'utf8')), dialect: 'draft2020-12', allErrors: true } },
      },
    },
  }),
);

const node = process.execPath;
const charter = [node, join(root, 'bin/charter.js')];
const bin = (name) => join(root, 'node_modules/.bin', name);
const example = join(root, 'examples/digital-health.charter.yaml');

const benchmarks = [
  { name: 'node -e 0 (the floor)', cmd: [node, '-e', '0'] },
  { name: 'charter --version', cmd: [...charter, '--version'] },
  { name: 'charter validate (1 example)', cmd: [...charter, 'validate', example] },
  { name: 'charter lint (1 example)', cmd: [...charter, 'lint', example] },
  { name: 'charter render --format md (1 example)', cmd: [...charter, 'render', example, '--format', 'md', '--out', join(out, 'a.md')] },
  { name: 'charter render --format html (1 example)', cmd: [...charter, 'render', example, '--format', 'html', '--out', join(out, 'a.html')] },
  { name: 'charter render --format docx (1 example)', cmd: [...charter, 'render', example, '--format', 'docx', '--out', join(out, 'a.docx')] },
  // Dominated by the browser's start, so fewer runs.
  { name: 'charter render --format pdf (1 example)', cmd: [...charter, 'render', example, '--format', 'pdf', '--out', join(out, 'a.pdf')], runs: Math.min(runs, 3) },
  { name: 'charter lint (1,000 files)', cmd: [...charter, 'lint', many], memory: true, exit: [0, 1] },
  { name: 'charter lint (2,000 partners, 2,000 goals, 4,000 metrics)', cmd: [...charter, 'lint', large], memory: true },
  { name: 'charter lint (1,000 partners, 1,000 goals, 2,000 metrics)', cmd: [...charter, 'lint', half], memory: true },
  { name: 'ajv-cli validate (1,000 files, schema only)', cmd: [bin('ajv'), 'validate', '--spec=draft2020', '-c', 'ajv-formats', '-s', join(root, 'schemas/charter.schema.json'), '-d', `${many}/*.charter.yaml`], memory: true, exit: [0, 1] },
  { name: 'Spectral lint (1,000 files, schema rule)', cmd: [bin('spectral'), 'lint', '--ruleset', ruleset, '--format', 'json', '--quiet', `${many}/*.charter.yaml`], memory: true, exit: [0, 1], runs: Math.min(runs, 5) },
];

function once(b) {
  const start = process.hrtime.bigint();
  const result = spawnSync(b.cmd[0], b.cmd.slice(1), { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!(b.exit ?? [0]).includes(result.status)) throw new Error(`${b.name} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  return ms;
}

function peakRss(b) {
  const result = spawnSync('/usr/bin/time', ['-f', '%M', ...b.cmd], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const kb = Number(result.stderr.trim().split('\n').pop());
  return Number.isFinite(kb) ? kb / 1024 : undefined;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

process.stderr.write('Warming up…\n');
for (const b of benchmarks) once(b);
const times = new Map(benchmarks.map((b) => [b.name, []]));
for (let r = 0; r < runs; r++) {
  process.stderr.write(`\rRound ${r + 1}/${runs}`);
  // Interleaved: each round runs every benchmark once, so drift hits all of them alike.
  for (const b of benchmarks) if (r < (b.runs ?? runs)) times.get(b.name).push(once(b));
}
process.stderr.write('\rMeasuring peak memory…\n');
const rows = benchmarks.map((b) => ({ name: b.name, median: median(times.get(b.name)), n: times.get(b.name).length, rss: b.memory ? peakRss(b) : undefined }));
rmSync(work, { recursive: true, force: true });

const get = (prefix) => rows.find((r) => r.name.startsWith(prefix));
const floor = get('node -e 0').median;
const lintOne = get('charter lint (1 example)').median;
const lintMany = get('charter lint (1,000 files)');
const spectral = get('Spectral').median;
const largeRow = get('charter lint (2,000');
const halfRow = get('charter lint (1,000 partners');
const renderMd = get('charter render --format md').median;
const renderDocx = get('charter render --format docx').median;
const targets = [
  ['render --format docx within 2× render --format md', `${(renderDocx / renderMd).toFixed(2)}×`, renderDocx <= 2 * renderMd],
  ['lint one file within 1.5× node -e 0', `${(lintOne / floor).toFixed(2)}×`, lintOne <= 1.5 * floor],
  ['1,000 files under 2 s', `${(lintMany.median / 1000).toFixed(2)} s`, lintMany.median < 2000],
  ['1,000 files at least 5× faster than Spectral', `${(spectral / lintMany.median).toFixed(1)}×`, spectral >= 5 * lintMany.median],
  ['2,000-partner charter under 1 s', `${(largeRow.median / 1000).toFixed(2)} s`, largeRow.median < 1000],
  ['2,000-partner charter under 250 MB peak RSS', `${largeRow.rss?.toFixed(0)} MB`, (largeRow.rss ?? Infinity) < 250],
  ['doubling the charter at most ~2.2× the time', `${(largeRow.median / halfRow.median).toFixed(2)}×`, largeRow.median / halfRow.median <= 2.2],
];

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const table = [
  '| benchmark | median | runs | peak RSS |',
  '| --- | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${fmt(r.median)} | ${r.n} | ${r.rss === undefined ? '' : `${r.rss.toFixed(0)} MB`} |`),
].join('\n');
const targetTable = ['| target | measured | met |', '| --- | ---: | :---: |', ...targets.map(([t, m, ok]) => `| ${t} | ${m} | ${ok ? 'yes' : 'no'} |`)].join('\n');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${process.platform} ${process.arch}`;
const report = `# Benchmark results\n\nRun with \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}.\nWhole-process wall time, median of ${runs} interleaved runs after one warm-up (Spectral: ${Math.min(runs, 5)} runs).\n\n${table}\n\n## Targets\n\n${targetTable}\n`;
process.stdout.write(report);
// The analysis of the numbers lives in bench/NOTES.md and is kept below each new table.
const notes = readFileSync(join(root, 'bench/NOTES.md'), 'utf8');
if (!process.argv.includes('--no-write')) writeFileSync(join(root, 'bench/RESULTS.md'), `${report}\n${notes}`);
