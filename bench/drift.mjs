// Drift bench (part of `npm run bench`): 20 columns (10 numeric, 10 categorical) x 1M rows from generated CSV, end
// to end, each figure a ratio against a reference measured in the same run on the same files:
//   parse    @mlops-actions/drift readCsv, fed as check-drift feeds a local CSV (1 MiB reused buffers), every
//            field parsed                                                     vs  DuckDB read_csv of the same file
//            (all columns, its own threads)                                       goal: rate ratio >= 0.5
//   compute  ProfileBuilder + compareProfiles on the columns already in memory vs scipy computing the same
//            statistics (Evidently's defaults at > 1000 rows: normed Wasserstein, Jensen-Shannon) on the same
//            columns in memory                                                    goal: speed ratio >= 1
//   e2e      both CSVs -> profiles -> report: rows/s and peak RSS; with 10M rows, peak RSS(10M) / RSS(1M)
//            (bounded memory: exact values up to 1M per column, then a sketch)  goal: <= 1.2
// Every job is its own child process (peak RSS per job). Parse and compute are measured in rounds, ours and the
// reference back to back in alternating order (the machine's load moves both alike), and reported as the median
// of the per-round ratios with their range. Generating 10M-row CSVs (2 x 1.3 GB) and running the references on
// them takes many minutes on a 2-core machine, so 10M is opt-in: BENCH_DRIFT_10M=1.
// Env: BENCH_DRIFT=0 skips; BENCH_DRIFT_ROWS=20000,50000 overrides the sizes (the smoke test uses a small one);
// BENCH_DRIFT_ROUNDS (default 3; 1 for sizes over 2M); BENCH_KEEP=1 keeps the temp dir. Results:
// <os tmpdir>/mlops-actions-bench/drift.json (or BENCH_DRIFT_JSON).
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
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/**
 * Rounds of ours vs a reference, back to back, the order alternating: per-round ratio reference.seconds /
 * ours.seconds (> 1: ours is faster); medians and the ratio's range.
 */
function paired(rounds, ours, reference) {
  const runs = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      const o = ours();
      runs.push({ ours: o, reference: reference() });
    } else {
      const ref = reference();
      runs.push({ ours: ours(), reference: ref });
    }
  }
  const ratios = runs.map((x) => x.reference.seconds / x.ours.seconds);
  return {
    runs,
    ours: { ...runs[0].ours, seconds: median(runs.map((x) => x.ours.seconds)), maxRssMiB: Math.max(...runs.map((x) => x.ours.maxRssMiB)) },
    reference: { ...runs[0].reference, seconds: median(runs.map((x) => x.reference.seconds)), maxRssMiB: Math.max(...runs.map((x) => x.reference.maxRssMiB)) },
    ratio: median(ratios),
    ratioRange: [Math.min(...ratios), Math.max(...ratios)],
  };
}
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
    const rounds = Number(process.env.BENCH_DRIFT_ROUNDS ?? (n > 2_000_000 ? 1 : 3));
    const parse = paired(
      rounds,
      () => worker('parse', path.join(ref, 'data.csv')),
      () => run(process.execPath, [path.join(HERE, 'lib', 'drift-duckdb.mjs'), path.join(ref, 'data.csv'), NUMERIC, CATEGORICAL]),
    );
    for (const { ours, reference } of parse.runs)
      if (ours.rows !== n || reference.rows !== n) throw new Error(`row counts differ: ours ${ours.rows}, duckdb ${reference.rows}, expected ${n}`);
    const compute = paired(
      rounds,
      () => worker('compute', ref, cur),
      () => run('python3', [path.join(HERE, 'lib', 'drift_scipy.py'), ref, cur, NUMERIC, CATEGORICAL]),
    );
    const codesRatios = compute.runs.map((x) => x.reference.secondsCodes / x.ours.seconds);
    const e2e = worker('e2e', path.join(ref, 'data.csv'), path.join(cur, 'data.csv'));
    log(
      `drift: measured ${n} rows, ${rounds} round(s) (${((performance.now() - t) / 1000).toFixed(1)} s): parse ${fmt(parse.ratio)}x DuckDB, compute ${fmt(compute.ratio)}x scipy, e2e ${e2e.seconds.toFixed(1)} s, peak RSS ${e2e.maxRssMiB.toFixed(0)} MiB`,
    );
    results.sizes[n] = {
      rounds,
      parse: { ours: parse.ours, duckdb: parse.reference, ratio: parse.ratio, ratioRange: parse.ratioRange, runs: parse.runs },
      compute: {
        ours: compute.ours,
        scipy: compute.reference,
        ratio: compute.ratio,
        ratioRange: compute.ratioRange,
        ratioToCodesFloor: median(codesRatios),
        runs: compute.runs,
      },
      e2e,
    };
  }
  const out = [];
  out.push(`Drift engine, ${NUMERIC} numeric + ${CATEGORICAL} categorical columns (ratios: > 1 means ours is faster / uses more)`);
  out.push('(parse/compute: median of per-round ratios, ours and the reference back to back in alternating order; range in brackets)');
  const rows = [
    [
      'rows',
      'parse ours',
      'parse DuckDB',
      'parse ratio (goal >= 0.5)',
      'compute ours',
      'compute scipy',
      'compute ratio (goal >= 1)',
      'vs scipy on codes',
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
      `${fmt(r.parse.ratio)}x (${fmt(r.parse.ratioRange[0])}-${fmt(r.parse.ratioRange[1])}, ${r.rounds} rounds)`,
      `${fmt(r.compute.ours.seconds)} s`,
      `${fmt(r.compute.scipy.seconds)} s`,
      `${fmt(r.compute.ratio)}x (${fmt(r.compute.ratioRange[0])}-${fmt(r.compute.ratioRange[1])})`,
      `${fmt(r.compute.ratioToCodesFloor)}x`,
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
