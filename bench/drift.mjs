// Drift bench (part of `npm run bench`): 20 columns (10 numeric, 10 categorical) x 1M rows from generated CSV, end
// to end, each figure a ratio against a reference measured in the same run on the same files:
//   parse    @mlops-actions/drift readCsv (1 MiB chunks, every field parsed)  vs  DuckDB read_csv of the same file
//            (all columns, its own threads)                                       goal: rate ratio >= 0.5
//   compute  ProfileBuilder + compareProfiles on the columns already in memory vs scipy computing the same
//            statistics (Evidently's defaults at > 1000 rows: normed Wasserstein, Jensen-Shannon) on the same
//            columns in memory                                                    goal: speed ratio >= 1
//   e2e      both CSVs -> profiles -> report: rows/s and peak RSS; with 10M rows, peak RSS(10M) / RSS(1M)
//            (bounded memory: exact values up to 1M per column, then a sketch)  goal: <= 1.2
// Every job is its own child process (peak RSS per job). Generating 10M-row CSVs (2 x 1.3 GB) and running the
// references on them takes many minutes on a 2-core machine, so 10M is opt-in: BENCH_DRIFT_10M=1.
// Env: BENCH_DRIFT=0 skips; BENCH_DRIFT_ROWS=20000,50000 overrides the sizes (the smoke test uses a small one);
// BENCH_KEEP=1 keeps the temp dir. Results: <os tmpdir>/mlops-actions-bench/drift.json (or BENCH_DRIFT_JSON).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { table } from './lib/stats.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const log = (s) => process.stderr.write(`${s}\n`);
const NUMERIC = 10;
const CATEGORICAL = 10;

if (process.env.BENCH_DRIFT === '0') {
  console.log('drift bench skipped (BENCH_DRIFT=0)');
  process.exit(0);
}
const sizes = process.env.BENCH_DRIFT_ROWS
  ? process.env.BENCH_DRIFT_ROWS.split(',').map(Number)
  : [1_000_000, ...(process.env.BENCH_DRIFT_10M === '1' ? [10_000_000] : [])];

const run = (cmd, args) => {
  const outText = execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] });
  const line = outText.trim().split('\n').pop();
  return JSON.parse(line);
};
// the compute job holds both datasets' columns in memory (as scipy does): give it room at 10M rows
const worker = (...args) => run(process.execPath, ['--max-old-space-size=12288', path.join(HERE, 'lib', 'drift-worker.mjs'), ...args.map(String)]);
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : String(x));
const rate = (rows, s) => `${(rows / s / 1e6).toFixed(2)}M rows/s`;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'mlops-drift-bench-'));
const results = { sizes: {}, goals: { parseRatio: 0.5, computeRatio: 1, rssRatio10Mto1M: 1.2 } };
try {
  for (const n of sizes) {
    const ref = path.join(tmp, `${n}-ref`);
    const cur = path.join(tmp, `${n}-cur`);
    mkdirSync(ref);
    mkdirSync(cur);
    let t = performance.now();
    worker('gen', ref, n, 1, 0);
    worker('gen', cur, n, 2, 0.05);
    log(`drift: generated 2 x ${n} rows x ${NUMERIC + CATEGORICAL} columns (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    t = performance.now();
    const ours = worker('parse', path.join(ref, 'data.csv'));
    const duck = run(process.execPath, [path.join(HERE, 'lib', 'drift-duckdb.mjs'), path.join(ref, 'data.csv'), NUMERIC, CATEGORICAL]);
    if (ours.rows !== n || duck.rows !== n) throw new Error(`row counts differ: ours ${ours.rows}, duckdb ${duck.rows}, expected ${n}`);
    const compute = worker('compute', ref, cur);
    const scipy = run('python3', [path.join(HERE, 'lib', 'drift_scipy.py'), ref, cur, NUMERIC, CATEGORICAL]);
    const e2e = worker('e2e', path.join(ref, 'data.csv'), path.join(cur, 'data.csv'));
    log(
      `drift: measured ${n} rows (${((performance.now() - t) / 1000).toFixed(1)} s): parse ${(duck.seconds / ours.seconds).toFixed(2)}x DuckDB, compute ${(scipy.seconds / compute.seconds).toFixed(2)}x scipy, e2e ${e2e.seconds.toFixed(1)} s, peak RSS ${e2e.maxRssMiB.toFixed(0)} MiB`,
    );
    results.sizes[n] = {
      parse: { ours, duckdb: duck, ratio: duck.seconds / ours.seconds },
      compute: { ours: compute, scipy, ratio: scipy.seconds / compute.seconds },
      e2e,
    };
  }
  const out = [];
  out.push(`Drift engine, ${NUMERIC} numeric + ${CATEGORICAL} categorical columns (ratios: > 1 means ours is faster / uses more)`);
  const rows = [
    [
      'rows',
      'parse ours',
      'parse DuckDB',
      'parse ratio (goal >= 0.5)',
      'compute ours',
      'compute scipy',
      'compute ratio (goal >= 1)',
      'methods',
      'e2e (2 files)',
      'e2e peak RSS',
    ],
  ];
  for (const n of sizes) {
    const r = results.sizes[n];
    rows.push([
      String(n),
      rate(n, r.parse.ours.seconds),
      rate(n, r.parse.duckdb.seconds),
      `${fmt(r.parse.ratio)}x`,
      `${fmt(r.compute.ours.seconds)} s`,
      `${fmt(r.compute.scipy.seconds)} s`,
      `${fmt(r.compute.ratio)}x`,
      r.compute.ours.methods.join(' '),
      rate(2 * n, r.e2e.seconds),
      `${fmt(r.e2e.maxRssMiB, 0)} MiB (scipy ${fmt(r.compute.scipy.maxRssMiB, 0)}, DuckDB ${fmt(r.parse.duckdb.maxRssMiB, 0)})`,
    ]);
  }
  out.push(table(rows));
  if (results.sizes[1_000_000] && results.sizes[10_000_000]) {
    results.rssRatio10Mto1M = results.sizes[10_000_000].e2e.maxRssMiB / results.sizes[1_000_000].e2e.maxRssMiB;
    out.push(`peak RSS end to end, 10M / 1M rows: ${fmt(results.rssRatio10Mto1M)}x (goal <= 1.2)`);
  } else out.push('peak RSS 10M / 1M: not measured (set BENCH_DRIFT_10M=1; takes many minutes)');
  const file = process.env.BENCH_DRIFT_JSON ?? path.join(os.tmpdir(), 'mlops-actions-bench', 'drift.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  out.push(`JSON: ${file}`);
  console.log(out.join('\n'));
} finally {
  if (process.env.BENCH_KEEP) log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
