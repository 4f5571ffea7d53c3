// `npm run bench`: whole-process timings of charter next to the floor (node -e 0) and to the
// tools people would otherwise use (ajv-cli, Spectral). Writes bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLarge, generateMany, generateWide } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 10);
// --only=<name>[|<name>]: run only the benchmarks whose names start so (no RESULTS.md then).
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split('|');
const work = join(tmpdir(), `charter-bench-${process.pid}`);
const many = join(work, 'many');
const large = join(work, 'large.charter.yaml');
const half = join(work, 'half.charter.yaml');
const wide = join(work, 'wide.charter.yaml');
const out = join(work, 'out');

process.stderr.write(`Generating inputs in ${work}…\n`);
rmSync(work, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
generateMany(many, 1000);
generateLarge(large, 2000);
generateLarge(half, 1000);
generateWide(wide, 50000);
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

const loadAtStart = loadavg();
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
  { name: 'charter report --format html (1,000 files)', cmd: [...charter, 'report', many, '--out', join(out, 'report.html')], memory: true, exit: [0, 1] },
  { name: 'charter lint (2,000 partners, 2,000 goals, 4,000 metrics)', cmd: [...charter, 'lint', large], memory: true },
  { name: 'charter lint (1,000 partners, 1,000 goals, 2,000 metrics)', cmd: [...charter, 'lint', half], memory: true },
  // 6.6 MB, 350,000 findings: the report goes to a file, as CI would keep it.
  { name: 'charter lint (50,000 partners, --format json --out)', cmd: [...charter, 'lint', wide, '--format', 'json', '--out', join(out, 'wide.json')], memory: true, exit: [1], runs: Math.min(runs, 5) },
  { name: 'ajv-cli validate (1,000 files, schema only)', cmd: [bin('ajv'), 'validate', '--spec=draft2020', '-c', 'ajv-formats', '-s', join(root, 'schemas/charter.schema.json'), '-d', `${many}/*.charter.yaml`], memory: true, exit: [0, 1] },
  { name: 'Spectral lint (1,000 files, schema rule)', cmd: [bin('spectral'), 'lint', '--ruleset', ruleset, '--format', 'json', '--quiet', `${many}/*.charter.yaml`], memory: true, exit: [0, 1], runs: Math.min(runs, 5) },
].filter((b) => only === undefined || only.some((o) => b.name.startsWith(o)));

function once(b) {
  const start = process.hrtime.bigint();
  const result = spawnSync(b.cmd[0], b.cmd.slice(1), { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!(b.exit ?? [0]).includes(result.status)) throw new Error(`${b.name} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  return ms;
}

/** Peak RSS in MB, the median of three runs: the garbage collector's timing moves it by a few percent. */
function peakRss(b) {
  const samples = [];
  for (let i = 0; i < 3; i++) {
    const result = spawnSync('/usr/bin/time', ['-f', '%M', ...b.cmd], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
    const kb = Number(result.stderr.trim().split('\n').pop());
    if (Number.isFinite(kb)) samples.push(kb / 1024);
  }
  return samples.length === 0 ? undefined : median(samples);
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
const floor = get('node -e 0')?.median;
const lintOne = get('charter lint (1 example)')?.median;
const renderHtml = get('charter render --format html')?.median;
const renderMd = get('charter render --format md')?.median;
const renderDocx = get('charter render --format docx')?.median;
const lintMany = get('charter lint (1,000 files)');
const reportMany = get('charter report');
const ajv = get('ajv-cli')?.median;
const spectral = get('Spectral')?.median;
const largeRow = get('charter lint (2,000');
const halfRow = get('charter lint (1,000 partners');
const wideRow = get('charter lint (50,000');
const x = (ratio) => `${ratio.toFixed(2)}×`;
const mb = (row) => `${row.rss?.toFixed(0)} MB`;
// [target, the rows it needs, measured, met]: ratios from this one run, so that machine load hits
// both sides alike; with --only, targets whose rows did not run are left out.
const targets = [
  ['lint one file ≤ 1.3× node -e 0', [floor, lintOne], () => x(lintOne / floor), () => lintOne <= 1.3 * floor],
  ['1,000 files ≥ 40× faster than Spectral', [spectral, lintMany], () => x(spectral / lintMany.median), () => spectral >= 40 * lintMany.median],
  ['1,000 files within 1.5× of ajv-cli', [ajv, lintMany], () => x(lintMany.median / ajv), () => lintMany.median <= 1.5 * ajv],
  ['report over 1,000 files within 1.5× lint over them', [reportMany, lintMany], () => x(reportMany.median / lintMany.median), () => reportMany.median <= 1.5 * lintMany.median],
  ['2,000-partner charter ≤ 3× node -e 0', [floor, largeRow], () => x(largeRow.median / floor), () => largeRow.median <= 3 * floor],
  ['2,000-partner charter ≤ 150 MB peak RSS', [largeRow], () => mb(largeRow), () => (largeRow.rss ?? Infinity) <= 150],
  ['doubling the charter ≤ 2.1× the time', [largeRow, halfRow], () => x(largeRow.median / halfRow.median), () => largeRow.median / halfRow.median <= 2.1],
  ['render --format html ≤ 1.5× node -e 0', [floor, renderHtml], () => x(renderHtml / floor), () => renderHtml <= 1.5 * floor],
  ['render --format docx within 2× render --format md', [renderMd, renderDocx], () => x(renderDocx / renderMd), () => renderDocx <= 2 * renderMd],
  ['50,000-partner charter ≤ 400 MB peak RSS', [wideRow], () => mb(wideRow), () => (wideRow.rss ?? Infinity) <= 400],
]
  .filter(([, needs]) => needs.every((row) => row !== undefined))
  .map(([name, , measured, met]) => [name, measured(), met()]);

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const table = [
  '| benchmark | median | runs | peak RSS |',
  '| --- | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${fmt(r.median)} | ${r.n} | ${r.rss === undefined ? '' : `${r.rss.toFixed(0)} MB`} |`),
].join('\n');
const targetTable = ['| target | ratio or size | met |', '| --- | ---: | :---: |', ...targets.map(([t, m, ok]) => `| ${t} | ${m} | ${ok ? 'yes' : 'no'} |`)].join('\n');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${process.platform} ${process.arch}`;
const load = (l) => l.map((v) => v.toFixed(1)).join(', ');
const report = `# Benchmark results\n\nRun with \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}; load average ${load(loadAtStart)} at the start, ${load(loadavg())} at the end.\nWhole-process wall time, median of ${runs} interleaved runs after one warm-up (Spectral and the 50,000-partner charter: ${Math.min(runs, 5)} runs); peak RSS: median of three runs.\n\n${table}\n\n## Targets\n\n${targetTable}\n`;
process.stdout.write(report);
// The analysis of the numbers lives in bench/NOTES.md and is kept below each new table.
const notes = readFileSync(join(root, 'bench/NOTES.md'), 'utf8');
if (!process.argv.includes('--no-write') && only === undefined) writeFileSync(join(root, 'bench/RESULTS.md'), `${report}\n${notes}`);
