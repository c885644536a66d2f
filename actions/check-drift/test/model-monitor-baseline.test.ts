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
});
