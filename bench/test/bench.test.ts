// Smoke test of `npm run bench` (its `node bench/run.mjs` half; turbo builds testkit and the actions first): a short
// run (2 rounds, no minified builds, 1 phase run) must exit 0, print both tables with a row per bundled action and
// write the JSON results. Structure and finiteness only: never absolute times, never thresholds on ratios (the
// machines that run this are noisy; the numbers themselves are the bench's business, not this test's).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ROUNDS = 2;

/** Every actions/<name>/ with a dist/index.js: found here independently of bench/lib, so a discovery bug shows. */
const actions = readdirSync(path.join(ROOT, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(ROOT, 'actions', d.name, 'dist', 'index.js')))
  .map((d) => d.name)
  .sort();

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/**
 * The text table that follows the line starting with `title` (bench/lib/stats.mjs's table(): header, a dashes
 * line, rows, up to a blank line), as rows of cells keyed by header. Columns are cut at the dashes line's
 * positions, so cells with spaces ("1.05x (0.94x–1.16x)") and empty cells are read as printed.
 */
function readTable(stdout: string, title: string): Map<string, Record<string, string>> {
  const lines = stdout.split('\n');
  const at = lines.findIndex((l) => l.startsWith(title));
  if (at < 0) throw new Error(`no "${title}" table in the bench output`);
  const header = lines[at + 1] ?? '';
  const dashes = lines[at + 2] ?? '';
  if (!/^-+( {2}-+)*$/.test(dashes)) throw new Error(`"${title}": no dashes line under the header: ${JSON.stringify(dashes)}`);
  const spans: Array<[number, number]> = [];
  for (const m of dashes.matchAll(/-+/g)) spans.push([m.index, m.index + m[0].length]);
  const cut = (line: string) => spans.map(([from, to]) => line.slice(from, to).trim());
  const names = cut(header);
  const rows = new Map<string, Record<string, string>>();
  for (const line of lines.slice(at + 3)) {
    if (line.trim() === '') break;
    const cells = cut(line);
    // Duplicate headers ("÷ ref" twice in the size table): the second one becomes "÷ ref #2".
    const row: Record<string, string> = {};
    names.forEach((n, i) => (row[n in row ? `${n} #2` : n] = cells[i] ?? ''));
    rows.set(cells[0] ?? '', row);
  }
  return rows;
}

const RATIO = /^(\d+\.\d{2})x$/;
const RATIO_WITH_SPREAD = /^(\d+\.\d{2})x \((\d+\.\d{2})x–(\d+\.\d{2})x\)$/;
const MEDIAN = /^(\d+) ms$/;

/** The number in a printed ratio ("1.17x", "1.05x (0.94x–1.16x)"), which must be finite and positive. */
function ratioOf(cell: string | undefined, what: string, withSpread = false): number {
  const m = (withSpread ? RATIO_WITH_SPREAD : RATIO).exec(cell ?? '');
  expect(m, `${what}: ${JSON.stringify(cell)} is not a ratio like ${withSpread ? '"1.05x (0.94x–1.16x)"' : '"1.17x"'}`).not.toBeNull();
  const values = m!.slice(1).map(Number);
  for (const v of values) expect(Number.isFinite(v) && v > 0, `${what}: ${cell}`).toBe(true);
  return values[0]!;
}

function finitePositive(value: unknown, what: string): void {
  expect(typeof value === 'number' && Number.isFinite(value) && value > 0, `${what} = ${JSON.stringify(value)}`).toBe(true);
}

let tmp: string;
let run: Run;
beforeAll(async () => {
  // run.mjs writes its results (and its scratch dir) under os.tmpdir(): a TMPDIR of our own keeps this run from
  // colliding with a developer's `npm run bench` or with another test run.
  tmp = mkdtempSync(path.join(os.tmpdir(), 'mlops-bench-test-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BENCH_ROUNDS: String(ROUNDS),
    BENCH_MINIFY: '0',
    BENCH_ECR_ROUNDS: '1',
    BENCH_PHASE_RUNS: '1',
    TMPDIR: tmp,
    NO_COLOR: '1',
  };
  delete env.BENCH_KEEP;
  run = await runNode([path.join('bench', 'run.mjs')], env);
}, 180_000);
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('npm run bench (node bench/run.mjs, short run)', () => {
  test('there is at least one bundled action to measure', () => {
    expect(actions.length).toBeGreaterThan(0);
  });

  test('exits 0 and says where the JSON went', () => {
    expect(run.signal, run.stderr).toBeNull();
    expect(run.code, `stdout:\n${run.stdout}\nstderr:\n${run.stderr}`).toBe(0);
    expect(run.stdout).not.toContain('WARNING');
    expect(run.stdout).toContain(`JSON: ${path.join(tmp, 'mlops-actions-bench', 'latest.json')}`);
    expect(run.stdout).toMatch(/^bench took \d+\.\d s$/m);
  });

  test('size table: a row per action with its ratios to the reference bundle, and the reference row', () => {
    const rows = readTable(run.stdout, 'Bundle size');
    for (const name of actions) {
      const row = rows.get(`${name} (dist)`);
      expect(row, `no "${name} (dist)" row in:\n${run.stdout}`).toBeDefined();
      ratioOf(row!['÷ ref'], `${name} dist/ ÷ ref`);
      ratioOf(row!['÷ ref #2'], `${name} dist/index.js ÷ ref`);
      expect(Number(row!.files)).toBeGreaterThan(0);
    }
    const reference = rows.get('reference (temp)');
    expect(reference, `no reference row in:\n${run.stdout}`).toBeDefined();
    expect(reference!['÷ ref']).toBe('1.00x');
    expect(reference!['÷ ref #2']).toBe('1.00x');
    const ecr = rows.get('ecr-login-shaped ref (temp)');
    expect(ecr, `no ecr-login-shaped reference row in:\n${run.stdout}`).toBeDefined();
    ratioOf(ecr!['÷ ref'], 'ecr-login-shaped ref dist/ ÷ ref');
  });

  test('cold-start table: a measured row per action, the reference bundle, the ecr-login-shaped reference and the node floor', () => {
    expect(run.stdout).toContain(`${ROUNDS} interleaved rounds`);
    const rows = readTable(run.stdout, 'Cold start:');
    const measured = (label: string) => {
      const row = rows.get(label);
      expect(row, `no "${label}" row in:\n${run.stdout}`).toBeDefined();
      const median = MEDIAN.exec(row!.median ?? '');
      expect(
        median,
        `"${label}" has no finite median (n/a: it never reached the AWS world; does it have a scenario in bench/lib/scenarios.mjs?):\n${run.stdout}`,
      ).not.toBeNull();
      expect(row!['first request']).toMatch(/^\w+$/);
      return row!;
    };
    for (const name of actions) {
      const row = measured(`${name} (dist)`);
      ratioOf(row['÷ reference bundle'], `${name} ÷ reference bundle`, true);
      ratioOf(row['÷ ecr-login ref'], `${name} ÷ ecr-login ref`, true);
      ratioOf(row['÷ node floor'], `${name} ÷ node floor`, true);
      // The headline of issue 7's goal, with the paired spread and the number of rounds it rests on.
      expect(run.stdout).toMatch(
        new RegExp(
          `^  vs amazon-ecr-login \\(${name}\\): \\d+\\.\\d\\dx of its cold start \\(paired p10–p90 \\d+\\.\\d\\dx–\\d+\\.\\d\\dx, ${ROUNDS} rounds\\); (within|OVER) the goal of 0\\.80x$`,
          'm',
        ),
      );
    }
    const ecr = measured('ecr-login-shaped ref');
    expect(ecr['first request']).toBe('GetAuthorizationToken');
    expect(ecr['÷ ecr-login ref']).toBe('1.00x');
    ratioOf(ecr['÷ reference bundle'], 'ecr-login-shaped ref ÷ reference bundle', true);
    const reference = measured('reference bundle');
    expect(reference['÷ reference bundle']).toBe('1.00x');
    ratioOf(reference['÷ ecr-login ref'], 'reference ÷ ecr-login ref', true);
    ratioOf(reference['÷ node floor'], 'reference ÷ node floor', true);
    const floor = measured('node -e (floor)');
    expect(floor['÷ node floor']).toBe('1.00x');
    ratioOf(floor['÷ reference bundle'], 'node floor ÷ reference bundle', true);
  });

  test('build-push-ecr re-run: the second run pushed 0 bytes and kept the digest; the ratio is finite', () => {
    if (!actions.includes('build-push-ecr')) return;
    const results = JSON.parse(readFileSync(path.join(tmp, 'mlops-actions-bench', 'latest.json'), 'utf8'));
    const rebuild = results.ecrRebuild;
    expect(rebuild?.rounds).toHaveLength(1);
    const [round] = rebuild.rounds;
    expect(round.first.pushed).toBe('true');
    expect(round.first.bytesPushed).toBeGreaterThan(0);
    expect(round.second).toMatchObject({ pushed: 'false', bytesPushed: 0 });
    expect(round.sameDigest).toBe(true);
    finitePositive(rebuild.ratioMedian, 'ecrRebuild.ratioMedian');
    expect(run.stdout).toMatch(/second ÷ first wall time: \d+\.\d\dx/);
  });

  test('the JSON results: size ratios and cold-start samples of every action and of both references', () => {
    const results = JSON.parse(readFileSync(path.join(tmp, 'mlops-actions-bench', 'latest.json'), 'utf8'));
    expect(results.rounds).toBe(ROUNDS);
    expect(results.node).toBe(process.version);
    expect(typeof results.references?.bundle).toBe('string');
    expect(typeof results.references?.nodeFloor).toBe('string');
    finitePositive(results.size?.reference?.total, 'size.reference.total');
    finitePositive(results.size?.reference?.index, 'size.reference.index');
    expect(Object.keys(results.size?.actions ?? {}).sort()).toEqual(actions);

    const samples = (key: string) => {
      const cs = results.coldStart?.[key];
      expect(cs, `coldStart.${key}`).toBeDefined();
      expect(cs.unmeasured, `coldStart.${key}.unmeasured`).toBeUndefined();
      expect(cs.samplesMs).toHaveLength(ROUNDS);
      cs.samplesMs.forEach((v: unknown, i: number) => finitePositive(v, `coldStart.${key}.samplesMs[${i}]`));
      finitePositive(cs.median, `coldStart.${key}.median`);
      finitePositive(cs.ratioToReference, `coldStart.${key}.ratioToReference`);
      finitePositive(cs.ratioToNodeFloor, `coldStart.${key}.ratioToNodeFloor`);
      finitePositive(cs.ratioToEcrLogin, `coldStart.${key}.ratioToEcrLogin`);
      cs.ratioToEcrLoginPairedP10P90.forEach((v: unknown, i: number) => finitePositive(v, `coldStart.${key}.ratioToEcrLoginPairedP10P90[${i}]`));
      return cs;
    };
    for (const name of actions) {
      const dist = results.size.actions[name].dist;
      finitePositive(dist.ratioTotal, `size.actions.${name}.dist.ratioTotal`);
      finitePositive(dist.ratioIndex, `size.actions.${name}.dist.ratioIndex`);
      expect(samples(name).label).toBe(`${name} (dist)`);
    }
    expect(samples('reference').ratioToReference).toBe(1);
    expect(samples('ecr-login-reference').ratioToEcrLogin).toBe(1);
    finitePositive(results.size?.ecrLoginReference?.index, 'size.ecrLoginReference.index');
    expect(samples('node-floor').ratioToNodeFloor).toBe(1);
  });

  test('polling: a simulated 2-hour wait makes at most 150 AWS calls an hour and sees every change within the poll interval', () => {
    // Counts of calls and virtual time (bench/lib/polling.mjs), so exact: the same on every machine and run.
    const { polling } = JSON.parse(readFileSync(path.join(tmp, 'mlops-actions-bench', 'latest.json'), 'utf8'));
    expect(polling.pollIntervalMs).toBe(30_000); // the action's default poll-interval
    expect(polling.runs).toHaveLength(polling.seeds);
    for (const r of polling.runs) {
      expect(r.status).toBe('Succeeded');
      expect(r.virtualMs).toBeGreaterThanOrEqual(2 * 3_600_000 - 60_000); // the whole simulated execution was waited for
      expect(r.calls).toBe(r.lists + r.describes);
      expect(r.callsPerHour, `seed run ${JSON.stringify(r)}`).toBeLessThanOrEqual(150);
      expect(r.maxLatencyMs, `seed run ${JSON.stringify(r)}`).toBeLessThanOrEqual(polling.pollIntervalMs);
      expect(r.finishedLine).toBe(`Finished after ${r.checks} status checks.`);
    }
    expect(run.stdout).toMatch(
      /^ {2}calls per hour of waiting: \d+\.\d \(worst \d+\.\d\), every change seen within \d+\.\d s; within the goal of 150\/h seen within 30 s$/m,
    );
  });

  test('removes its scratch dir (no BENCH_KEEP)', () => {
    expect(readdirSync(tmp).filter((f) => f.startsWith('mlops-bench-'))).toEqual([]);
  });
});
