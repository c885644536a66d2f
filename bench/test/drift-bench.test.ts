// Smoke test of bench/drift.mjs (the drift half of `npm run bench`): a tiny size must run every job (generator,
// our parser, DuckDB, our compute, scipy, end to end), exit 0 and print one table row with finite ratios and the
// JSON. Structure only: never absolute times, never thresholds on ratios.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

test('drift bench: one small size end to end, ratios against DuckDB and scipy printed', { timeout: 600_000 }, async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'drift-bench-test-'));
  const json = path.join(dir, 'drift.json');
  const child = spawn(process.execPath, ['bench/drift.mjs'], {
    cwd: ROOT,
    env: { ...process.env, BENCH_DRIFT_ROWS: '5000', BENCH_DRIFT_ROUNDS: '2', BENCH_DRIFT_JSON: json },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(code, stderr).toBe(0);
  const row = stdout.split('\n').find((l) => l.startsWith('5000 '));
  expect(row, stdout).toBeDefined();
  const ratios = [...(row as string).matchAll(/(\d+\.\d{2})x/g)].map((m) => Number(m[1]));
  expect(ratios).toHaveLength(3); // parse vs DuckDB, compute vs scipy, compute vs scipy's floor on category codes
  for (const r of ratios) expect(Number.isFinite(r) && r > 0).toBe(true);
  expect(row).toMatch(/wasserstein\/exact/);
  expect(row).toMatch(/jensenshannon\/exact/);
  expect(existsSync(json)).toBe(true);
  const results = JSON.parse(readFileSync(json, 'utf8'));
  expect(results.sizes['5000'].parse.duckdb.rows).toBe(5000);
  expect(results.sizes['5000'].compute.ours.rows).toBe(5000);
  // two rounds, ours and the reference in alternating order
  expect(results.sizes['5000'].parse.runs).toHaveLength(2);
  expect(results.sizes['5000'].compute.runs).toHaveLength(2);
  rmSync(dir, { recursive: true, force: true });
});
