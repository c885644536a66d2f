// A SageMaker Model Monitor baselining job's statistics.json (deequ's KLL sketches, written by the generator in
// packages/drift/test) as the baseline, from S3 (moto), against current CSV data, through the bundled action.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { numericFeature, statisticsJson, stringFeature } from '../../../packages/drift/test/deequ-statistics.js';
import { put, runStep, startWorlds, type Worlds } from './worlds.js';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rows of income (log-normal-ish), age (normal) and segment (3 categories); `older` shifts age by +8 years. */
function rows(n: number, seed: number, older: number): Array<{ income: number; age: number; segment: string }> {
  const r = rng(seed);
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  return Array.from({ length: n }, () => ({
    income: Math.round(Math.exp(10 + 0.5 * normal()) * 100) / 100,
    age: Math.round((40 + older + 10 * normal()) * 10) / 10,
    segment: ['retail', 'sme', 'corporate'][Math.min(2, Math.floor(r() * r() * 3.5))] as string,
  }));
}

const BASELINE = rows(60_000, 1, 0);
const statistics = (): Record<string, unknown> =>
  statisticsJson(BASELINE.length, [
    numericFeature(
      'income',
      BASELINE.map((row) => row.income),
      0,
      { partitions: 3 },
    ),
    numericFeature(
      'age',
      BASELINE.map((row) => row.age),
      0,
      { partitions: 3 },
    ),
    stringFeature(
      'segment',
      BASELINE.map((row) => row.segment),
    ),
  ]) as Record<string, unknown>;
const csv = (data: ReturnType<typeof rows>): string => `income,age,segment\n${data.map((d) => `${d.income},${d.age},${d.segment}`).join('\n')}\n`;

let worlds: Worlds;
const workspace = mkdtempSync(path.join(tmpdir(), 'drift-mm-'));
beforeAll(async () => {
  worlds = await startWorlds();
  await put(worlds, 'baselining/job-1/statistics.json', JSON.stringify(statistics()));
  writeFileSync(path.join(workspace, 'older.csv'), csv(rows(3000, 2, 8)));
  writeFileSync(path.join(workspace, 'same.csv'), csv(rows(3000, 3, 0)));
});
afterAll(async () => {
  await worlds?.close();
  rmSync(workspace, { recursive: true, force: true });
});

const step = (inputs: Record<string, string>, options: { keepTemp?: boolean } = {}) => runStep(worlds, { issue: 'off', ...inputs }, { workspace, ...options });

describe('baseline: a Model Monitor statistics.json in S3', () => {
  test('an older population: age drifts, income and segment do not; columns marked as compared with a sketch and its bound', async () => {
    const result = await step({ baseline: 's3://ml-data/baselining/job-1/statistics.json', current: 'older.csv' }, { keepTemp: true });
    expect(result.errors).toEqual([]);
    expect(JSON.parse(result.outputs['drifted-features']!)).toEqual(['age']);
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8')) as { columns: Array<Record<string, unknown>>; baseline: Record<string, unknown> };
    rmSync(result.paths.root, { recursive: true, force: true });
    expect(report.baseline).toMatchObject({
      source: 's3://ml-data/baselining/job-1/statistics.json',
      profile: true,
      profileKind: 'Model Monitor statistics, KLL sketches',
    });
    const byName = Object.fromEntries(report.columns.map((c) => [c.name, c]));
    expect(byName.age).toMatchObject({ method: 'wasserstein', basis: 'sketch', drifted: true, nReference: 60_000, nCurrent: 3000 });
    expect(byName.income).toMatchObject({ method: 'wasserstein', basis: 'sketch', drifted: false });
    expect(byName.age?.errorBound).toEqual(expect.any(Number));
    expect(byName.segment).toMatchObject({ type: 'categorical', basis: 'exact', drifted: false });
    expect(result.summary).toContain('Model Monitor statistics, KLL sketches');
    expect(result.summary).toMatch(/wasserstein \(sketch ±/);
  });

  test('current data like the baseline: no column drifts', async () => {
    const result = await step({ baseline: 's3://ml-data/baselining/job-1/statistics.json', current: 'same.csv' });
    expect(result.errors).toEqual([]);
    expect(result.outputs['drift-detected']).toBe('false');
    expect(JSON.parse(result.outputs['drifted-features']!)).toEqual([]);
  });

  test('a statistics.json whose age feature lacks std_dev: one clear error naming the file, feature and field', async () => {
    const broken = statistics() as { features: Array<{ numerical_statistics?: Record<string, unknown> }> };
    delete broken.features[1]?.numerical_statistics?.std_dev;
    await put(worlds, 'baselining/broken/statistics.json', JSON.stringify(broken));
    const result = await step({ baseline: 's3://ml-data/baselining/broken/statistics.json', current: 'older.csv' });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      /^Input 'baseline': s3:\/\/ml-data\/baselining\/broken\/statistics\.json is a Model Monitor statistics\.json that cannot be used: .*feature "age": numerical_statistics\.std_dev: expected a finite number/,
    );
    expect(result.outputs['drift-detected']).toBe('');
  });

  test('columns and ignore-columns narrow the statistics.json like data: no warning about a left-out column; a selected column it lacks is the data error', async () => {
    const baseline = 's3://ml-data/baselining/job-1/statistics.json';
    const ignored = await step({ baseline, current: 'older.csv', 'ignore-columns': 'age' }, { keepTemp: true });
    expect(ignored.errors).toEqual([]);
    expect(ignored.main.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([]);
    const report = JSON.parse(readFileSync(ignored.outputs.report!, 'utf8')) as { columns: Array<{ name: string }>; missingInCurrent: string[] };
    rmSync(ignored.paths.root, { recursive: true, force: true });
    expect(report.columns.map((c) => c.name).sort()).toEqual(['income', 'segment']);
    expect(report.missingInCurrent).toEqual([]);
    // age, the one drifted column, was left out: no drift.
    expect(ignored.outputs['drifted-features']).toBe('[]');

    const chosen = await step({ baseline, current: 'older.csv', columns: 'age' });
    expect(chosen.errors).toEqual([]);
    expect(chosen.main.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    expect(chosen.outputs['drifted-features']).toBe('["age"]');
    expect(chosen.outputs['drift-share']).toBe('1');

    writeFileSync(
      path.join(workspace, 'with-height.csv'),
      `${readFileSync(path.join(workspace, 'older.csv'), 'utf8').replace(/\n/g, ',1\n').replace('segment,1', 'segment,height')}`,
    );
    const missing = await step({ baseline, current: 'with-height.csv', columns: 'age, height' });
    expect(missing.exitCode).toBe(1);
    expect(missing.errors).toEqual([
      's3://ml-data/baselining/job-1/statistics.json: column(s) not in the data: "height"\nHint: Check columns, ignore-columns and column-types against the file.',
    ]);
  });
});
